package org.tongxin.architecture;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each architecture rule finds the break it is written for, in two small contexts of test classes
 * ({@code org.tongxin.fixturealpha}, {@code org.tongxin.fixturebeta}) that break every rule once: a rule that
 * stopped finding anything would fail here, not pass silently in {@link ArchitectureTest}.
 */
class ArchitectureRulesTest {

    static JavaClasses fixtures;

    @BeforeAll
    static void importFixtures() {
        fixtures = new ClassFileImporter().importPackages("org.tongxin.fixturealpha", "org.tongxin.fixturebeta");
    }

    private static void finds(ArchRule rule, String offender) {
        EvaluationResult result = rule.evaluate(fixtures);
        assertTrue(result.hasViolation(), rule.getDescription());
        assertTrue(
                result.getFailureReport().getDetails().stream().anyMatch(d -> d.contains(offender)),
                () -> "expected " + offender + " in "
                        + result.getFailureReport().getDetails());
    }

    @Test
    void anotherContextsDomainIsOutOfReach() {
        finds(ArchitectureRules.contextsMeetThroughApplication(), "fixturebeta.domain.BetaSecret");
    }

    @Test
    void aDomainUsesNoEjbNorInfrastructure() {
        finds(ArchitectureRules.domainIsPlain(), "jakarta.ejb.Stateless");
        finds(ArchitectureRules.domainIsPlain(), "fixturealpha.infrastructure.AlphaStore");
    }

    @Test
    void aPageHoldsNoEntityManager() {
        finds(ArchitectureRules.webHasNoPersistence(), "AlphaPage");
        finds(ArchitectureRules.webInjectsNoPersistenceContext(), "AlphaPage.em");
    }

    @Test
    void contextsFormNoCycle() {
        finds(ArchitectureRules.noCyclesBetweenContexts(), "fixturealpha");
    }

    @Test
    void aDomainDoesNotReachUp() {
        finds(ArchitectureRules.layersWithinContexts(), "fixturealpha.infrastructure.AlphaStore");
    }

    @Test
    void nobodyReadsTheSystemClock() {
        finds(ArchitectureRules.oneCalendar(), "LocalDate.now");
    }

    @Test
    void nobodyLooksUpTheJsonProviderPerCall() {
        finds(ArchitectureRules.oneJsonProvider(), "Json.createObjectBuilder");
    }
}
