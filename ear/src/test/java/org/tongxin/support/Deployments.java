package org.tongxin.support;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
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

    /** The file name of the EAR, which is also the name the server deploys it under. */
    public static final String EAR_NAME = "tongxin.ear";

    /**
     * Every in-container test class. They share one deployment (see {@link SharedDeployment}), so it holds
     * all of them; a new in-container test adds itself here.
     */
    private static final List<String> IN_CONTAINER = List.of(
            "org.tongxin.committee.MemberLoginsIT",
            "org.tongxin.committee.RosterImportIT",
            "org.tongxin.committee.TermIT",
            "org.tongxin.duty.DutyLedgerIT",
            "org.tongxin.home.DashboardStatementsIT",
            "org.tongxin.inforeport.ReportIndexLateCommitIT",
            "org.tongxin.inforeport.RouteAddressIT",
            "org.tongxin.platform.CommandQueueIT",
            "org.tongxin.platform.ClusterJobsIT",
            "org.tongxin.platform.IntegrationEventsIT",
            "org.tongxin.platform.PlatformPersistenceIT",
            "org.tongxin.platform.RetiredOrganisationIT",
            "org.tongxin.studyhall.StudyHallIT");

    /** The support classes the in-container tests call inside the server, deployed with them. */
    private static final Class<?>[] HELPERS = {RosterWorkbook.class};

    private Deployments() {}

    /** The EAR as built ({@code target/tongxin.ear}), for tests that talk to it over HTTP. */
    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("tongxin.ear", "target/" + EAR_NAME));
        if (!file.isFile()) {
            throw new IllegalStateException("build the EAR first: " + file.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /**
     * The EAR with every in-container test class inside the web module, for the in-container test {@code test}
     * (which must be one of them): one archive for all, so that it is deployed once.
     */
    public static EnterpriseArchive inContainer(Class<?> test) {
        if (!IN_CONTAINER.contains(test.getName())) {
            throw new IllegalStateException("add " + test.getName() + " to Deployments.IN_CONTAINER");
        }
        ClassLoader loader = test.getClassLoader();
        return earWith(IN_CONTAINER.stream()
                .map(name -> {
                    try {
                        return Class.forName(name, false, loader);
                    } catch (ClassNotFoundException e) {
                        throw new IllegalStateException("Deployments.IN_CONTAINER names a missing class", e);
                    }
                })
                .toArray(Class<?>[]::new));
    }

    /**
     * The EAR with test classes (and their helpers) inside the web module, for in-container tests.
     * Arquillian reaches them through its servlet runner, which the application's "everything needs
     * a login" constraint would send to the login page: the test copy of web.xml lists it as public.
     */
    private static EnterpriseArchive earWith(Class<?>... classes) {
        EnterpriseArchive ear = ear();
        WebArchive war = ear.getAsType(WebArchive.class, "web-module.war");
        war.addClasses(classes);
        war.addClasses(HELPERS);
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
