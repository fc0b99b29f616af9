package org.tongxin.support;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment helper of the integration tests: the real EAR that this module built, so that
 * tests run against exactly what ships. In-container tests add their classes to the web module,
 * where they can inject the EJBs and the persistence unit.
 */
public final class Deployments {

    private Deployments() {
    }

    /** The EAR as built ({@code target/tongxin.ear}), for tests that talk to it over HTTP. */
    public static EnterpriseArchive ear() {
        File file = new File(System.getProperty("tongxin.ear", "target/tongxin.ear"));
        if (!file.isFile()) {
            throw new IllegalStateException("build the EAR first: " + file.getAbsolutePath() + " is missing");
        }
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, file);
    }

    /** The EAR with test classes (and their helpers) inside the web module, for in-container tests. */
    public static EnterpriseArchive earWith(Class<?>... classes) {
        EnterpriseArchive ear = ear();
        ear.getAsType(WebArchive.class, "web-module.war").addClasses(classes);
        return ear;
    }
}
