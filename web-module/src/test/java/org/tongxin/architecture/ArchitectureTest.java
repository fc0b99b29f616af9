package org.tongxin.architecture;

import static org.junit.jupiter.api.Assertions.assertFalse;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
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
        assertHolds(ArchitectureRules.contextsMeetThroughApplication(), tree);
    }

    @Test
    void domainsArePlain() {
        assertHolds(ArchitectureRules.domainIsPlain(), tree);
    }

    @Test
    void theWebModuleHoldsNoPersistence() {
        assertHolds(ArchitectureRules.webHasNoPersistence(), web);
        assertHolds(ArchitectureRules.webInjectsNoPersistenceContext(), web);
    }

    @Test
    void noCyclesBetweenContexts() {
        assertHolds(ArchitectureRules.noCyclesBetweenContexts(), tree);
    }

    @Test
    void layersWithinContexts() {
        assertHolds(ArchitectureRules.layersWithinContexts(), tree);
    }

    @Test
    void oneCalendar() {
        assertHolds(ArchitectureRules.oneCalendar(), tree);
    }

    @Test
    void oneJsonProvider() {
        assertHolds(ArchitectureRules.oneJsonProvider(), tree);
    }

    /** The rule finds no violation in these classes (and there are classes to look at); the report names each one. */
    private static void assertHolds(ArchRule rule, JavaClasses classes) {
        assertFalse(classes.isEmpty(), "no classes imported: the rule would hold vacuously");
        EvaluationResult result = rule.evaluate(classes);
        assertFalse(result.hasViolation(), () -> result.getFailureReport().toString());
    }
}
