package org.tongxin.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment helper of the integration tests: the real EAR that this module built, so that
 * tests run against exactly what ships. In-container tests add their classes to the web module,
 * where they can inject the EJBs and the persistence unit.
 */
public final class Deployments {

    private Deployments() {}

    /** The EAR as built ({@code target/tongxin.ear}), for tests that talk to it over HTTP. */
    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("tongxin.ear", "target/tongxin.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("build the EAR first: " + file.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /**
     * The EAR with test classes (and their helpers) inside the web module, for in-container tests.
     * Arquillian reaches them through its servlet runner, which the application's "everything needs
     * a login" constraint would send to the login page: the test copy of web.xml lists it as public.
     */
    public static EnterpriseArchive earWith(Class<?>... classes) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, "web-module.war");
        war.addClasses(classes);
        String webXml;
        try (InputStream in = war.get("WEB-INF/web.xml").getAsset().openStream()) {
            webXml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String publicPattern = "<url-pattern>/login.xhtml</url-pattern>";
        if (!webXml.contains(publicPattern)) {
            throw new IllegalStateException("web.xml no longer has the public collection this helper extends");
        }
        war.setWebXML(
                new StringAsset(
                        webXml.replace(
                                publicPattern,
                                publicPattern
                                        + "<url-pattern>/ArquillianServletRunner</url-pattern><url-pattern>/ArquillianServletRunnerEE9</url-pattern>")));
        return ear;
    }
}
