package org.tongxin.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

class AccountTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private final Organisation city = Organisation.root("SX", "山西省政协", NOW).addChild("SX-DT", "大同市政协", NOW);

    private Account account() {
        return new Account("Member1", "张伟明", city, "hash", NOW);
    }

    @Test
    void usernamesAreStoredInLowerCase() {
        assertEquals("member1", account().username());
    }

    @Test
    void aMalformedUsernameIsRefused() {
        Problem p = assertThrows(Problem.class, () -> new Account("1 bad", "x", city, "hash", NOW));
        assertEquals("invalid-username", p.code());
        assertTrue(p.fieldKeys().containsKey("username"));
    }

    @Test
    void fourFailuresDoNotLockButTheFifthLocksForFifteenMinutes() {
        Account a = account();
        for (int i = 0; i < 4; i++) {
            a.recordFailedLogin(NOW, SecurityPolicy.DEFAULT);
        }
        assertFalse(a.isLocked(NOW));
        a.recordFailedLogin(NOW, SecurityPolicy.DEFAULT);
        assertTrue(a.isLocked(NOW));
        assertTrue(a.isLocked(NOW.plus(Duration.ofMinutes(14))));
        assertFalse(a.isLocked(NOW.plus(Duration.ofMinutes(15))));
    }

    @Test
    void anExpiredLockStartsAFreshCount() {
        Account a = account();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(NOW, SecurityPolicy.DEFAULT);
        }
        Instant later = NOW.plus(Duration.ofMinutes(16));
        a.recordFailedLogin(later, SecurityPolicy.DEFAULT);
        assertEquals(1, a.failedLogins());
        assertFalse(a.isLocked(later));
    }

    @Test
    void aSuccessfulLoginClearsTheFailures() {
        Account a = account();
        a.recordFailedLogin(NOW, SecurityPolicy.DEFAULT);
        a.recordSuccessfulLogin(NOW);
        assertEquals(0, a.failedLogins());
        assertEquals(NOW, a.lastLoginAt());
    }

    @Test
    void theLastLoginTimeIsKeptToTheMinuteSoApiCallsDoNotRewriteTheRow() {
        Account a = account();
        a.recordSuccessfulLogin(NOW);
        a.recordSuccessfulLogin(NOW.plusSeconds(30));
        assertEquals(NOW, a.lastLoginAt());
        a.recordSuccessfulLogin(NOW.plusSeconds(61));
        assertEquals(NOW.plusSeconds(61), a.lastLoginAt());
    }

    @Test
    void noAccountHoldsTwoAdministratorRoles() {
        Problem p =
                assertThrows(Problem.class, () -> account().assignRoles(EnumSet.of(Role.SYS_ADMIN, Role.AUDIT_ADMIN)));
        assertEquals("separation-of-duties", p.code());
        assertThrows(Problem.class, () -> account().assignRoles(EnumSet.of(Role.SECURITY_ADMIN, Role.AUDIT_ADMIN)));
    }

    @Test
    void anAdministratorHoldsNoBusinessRole() {
        assertThrows(Problem.class, () -> account().assignRoles(EnumSet.of(Role.SYS_ADMIN, Role.MEMBER)));
    }

    @Test
    void businessRolesCombine() {
        Account a = account();
        a.assignRoles(EnumSet.of(Role.MEMBER, Role.LEADER));
        assertEquals(EnumSet.of(Role.MEMBER, Role.LEADER), a.roles());
        a.assignRoles(Set.of(Role.AUDIT_ADMIN));
        assertEquals(EnumSet.of(Role.AUDIT_ADMIN), a.roles());
    }

    @Test
    void aResetPasswordMustBeChangedAndUnlocksTheAccount() {
        Account a = account();
        for (int i = 0; i < 5; i++) {
            a.recordFailedLogin(NOW, SecurityPolicy.DEFAULT);
        }
        a.resetPassword("new-hash", NOW);
        assertTrue(a.mustChangePassword());
        assertFalse(a.isLocked(NOW));
        a.changePassword("own-hash", NOW);
        assertFalse(a.mustChangePassword());
    }

    @Test
    void everyPasswordChangeAdvancesTheCredentialsStamp() {
        Account a = account();
        long before = a.credentialsStamp();
        a.changePassword("h2", NOW);
        assertTrue(a.credentialsStamp() > before);
        long afterChange = a.credentialsStamp();
        a.resetPassword("h3", NOW);
        assertTrue(a.credentialsStamp() > afterChange);
        long afterReset = a.credentialsStamp();
        a.rehash("h3-stronger");
        assertEquals(afterReset, a.credentialsStamp(), "a rehash is the same password");
    }

    @Test
    void grantingAnAdministratorRoleRevokesAPasswordAnAdministratorMayKnow() {
        Account a = account(); // opened by an administrator with an initial password
        a.changePassword("chosen-after-the-initial-one", NOW); // whoever knew the initial one could have chosen it
        long stamp = a.credentialsStamp();
        assertTrue(a.assignRoles(Set.of(Role.AUDIT_ADMIN), () -> "revoked", NOW));
        assertEquals("revoked", a.passwordHash());
        assertTrue(a.mustChangePassword());
        assertTrue(a.credentialsStamp() > stamp, "sessions signed in before end");
    }

    @Test
    void aPasswordNoAdministratorAloneKnowsSurvivesTheGrant() {
        Account a = account();
        a.resetPasswordUnderDualControl("split", NOW);
        a.changePassword("own", NOW);
        assertFalse(a.assignRoles(Set.of(Role.SECURITY_ADMIN), () -> "revoked", NOW));
        assertEquals("own", a.passwordHash());
        Account b = account();
        assertFalse(
                b.assignRoles(Set.of(Role.MEMBER), () -> "revoked", NOW), "business roles leave the password alone");
        assertEquals("hash", b.passwordHash());
    }

    @Test
    void aSingleResetMakesThePasswordKnownToAnAdministratorAgain() {
        Account a = account();
        a.resetPasswordUnderDualControl("split", NOW);
        a.resetPassword("single", NOW);
        assertTrue(a.assignRoles(Set.of(Role.SYS_ADMIN), () -> "revoked", NOW));
    }

    @Test
    void wrongCodesBetweenRightPasswordsStillLockTheAccount() {
        Account a = account();
        a.enrolSecondFactor("sealed", 10, java.util.List.of(), NOW);
        for (int i = 0; i < SecurityPolicy.DEFAULT.maxFailures() - 1; i++) {
            a.recordRightPassword(NOW);
            a.recordFailedCode(NOW, SecurityPolicy.DEFAULT);
        }
        a.recordRightPassword(NOW);
        assertFalse(a.isLocked(NOW));
        a.recordFailedCode(NOW, SecurityPolicy.DEFAULT);
        assertTrue(a.isLocked(NOW), "the right passwords did not clear the wrong codes");
    }

    @Test
    void aRightPasswordStillClearsWrongPasswordsWhenNoCodeFailed() {
        Account a = account();
        a.enrolSecondFactor("sealed", 10, java.util.List.of(), NOW);
        a.recordFailedLogin(NOW, SecurityPolicy.DEFAULT);
        a.recordRightPassword(NOW);
        assertEquals(0, a.failedLogins());
    }

    @Test
    void aTimeStepIsAcceptedOnceAndNeverAnEarlierOne() {
        Account a = account();
        a.enrolSecondFactor("sealed", 10, java.util.List.of(), NOW);
        a.acceptTotpStep(11);
        assertThrows(IllegalArgumentException.class, () -> a.acceptTotpStep(11));
        assertThrows(IllegalArgumentException.class, () -> a.acceptTotpStep(10));
        assertEquals(11, a.totpLastStep());
    }

    @Test
    void aRecoveryCodeIsUsedOnce() {
        Account a = account();
        a.enrolSecondFactor("sealed", 10, java.util.List.of("h1", "h2", "h3"), NOW);
        assertTrue(a.useRecoveryCode("h2"));
        assertFalse(a.useRecoveryCode("h2"));
        assertEquals(2, a.recoveryCodesLeft());
        assertFalse(a.useRecoveryCode("nope"));
    }

    @Test
    void aResetRemovesTheSecondFactorAndEndsTheSessions() {
        Account a = account();
        a.enrolSecondFactor("sealed", 10, java.util.List.of("h1"), NOW);
        long stamp = a.credentialsStamp();
        a.resetSecondFactor();
        assertFalse(a.hasSecondFactor());
        assertEquals(0, a.recoveryCodesLeft());
        assertTrue(a.credentialsStamp() > stamp);
    }

    // --- accounts a directory or a provider vouches for (issue 15) ---

    private Account directoryAccount() {
        return Account.external(AccountSource.LDAP, "uid=zhangwei,ou=people", "zhangwei", "张伟", city, "x", NOW);
    }

    @Test
    void anExternalAccountNeverHadACredentialAnAdministratorKnew() {
        Account a = directoryAccount();
        assertTrue(a.isExternal());
        assertFalse(a.credentialAdminKnown());
        assertFalse(a.mustChangePassword());
        // so making it an administrator does not revoke anything: it has no local password to revoke
        assertFalse(a.assignRoles(Set.of(Role.SECURITY_ADMIN), () -> "revoked", NOW));
    }

    @Test
    void aLocalSourceIsNotExternal() {
        assertThrows(
                IllegalArgumentException.class,
                () -> Account.external(AccountSource.LOCAL, "s", "someone", "某人", city, "x", NOW));
    }

    @Test
    void theSourceNeverGrantsAnAdministratorRole() {
        Account a = directoryAccount();
        a.refreshFromSource("张伟", city, Set.of(Role.SYS_ADMIN, Role.INFO_EDITOR));
        assertEquals(Set.of(Role.INFO_EDITOR), a.roles());
    }

    @Test
    void eachLoginReplacesTheBusinessRolesWithTheSources() {
        Account a = directoryAccount();
        assertTrue(a.refreshFromSource("张伟", city, Set.of(Role.MEMBER, Role.INFO_EDITOR)));
        assertTrue(a.refreshFromSource("张伟（新）", city, Set.of(Role.MEMBER)));
        assertFalse(a.refreshFromSource("张伟（新）", city, Set.of(Role.MEMBER)));
        assertEquals(Set.of(Role.MEMBER), a.roles());
        assertEquals("张伟（新）", a.displayName());
    }

    @Test
    void anAdministratorRoleTheSecurityAdministratorGaveStaysAndNoBusinessRoleJoinsIt() {
        Account a = directoryAccount();
        a.assignRoles(Set.of(Role.AUDIT_ADMIN));
        assertFalse(a.refreshFromSource("张伟", city, Set.of(Role.MEMBER)));
        assertEquals(Set.of(Role.AUDIT_ADMIN), a.roles());
    }
}
