package org.tongxin.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The architecture rules ({@link ArchitectureRules}) over the built classes. It lives in the web module because
 * this module sees both: its own classes ({@code target/classes}) and the EJB module's (a dependency), so the
 * whole tree {@code org.tongxin..} is checked at once, tests left out.
 */
class ArchitectureTest {

    /** Every production class of both modules. */
    static JavaClasses tree;
    /** The web module's own classes. */
    static JavaClasses web;

    @BeforeAll
    static void importClasses() {
        tree = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.tongxin");
        web = new ClassFileImporter().importPath(Path.of("target", "classes"));
    }

    @Test
    void contextsMeetThroughTheirApplicationPackages() {
        ArchitectureRules.contextsMeetThroughApplication().check(tree);
    }

    @Test
    void domainsArePlain() {
        ArchitectureRules.domainIsPlain().check(tree);
    }

    @Test
    void theWebModuleHoldsNoPersistence() {
        ArchitectureRules.webHasNoPersistence().check(web);
        ArchitectureRules.webInjectsNoPersistenceContext().check(web);
    }

    @Test
    void noCyclesBetweenContexts() {
        ArchitectureRules.noCyclesBetweenContexts().check(tree);
    }

    @Test
    void layersWithinContexts() {
        ArchitectureRules.layersWithinContexts().check(tree);
    }

    @Test
    void oneCalendar() {
        ArchitectureRules.oneCalendar().check(tree);
    }
}
