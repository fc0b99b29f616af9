package org.tongxin.platform.domain;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PasswordHasherTest {

    // a low cost keeps the test fast; the format and the checks are the same at any cost
    private final PasswordHasher hasher = new PasswordHasher(1_000);

    @Test
    void theRightPasswordVerifiesAndAWrongOneDoesNot() {
        String hash = hasher.hash("Tongxin-Demo-2026");
        assertTrue(hasher.verify("Tongxin-Demo-2026", hash));
        assertFalse(hasher.verify("Tongxin-Demo-2027", hash));
    }

    @Test
    void eachHashHasItsOwnSalt() {
        assertNotEquals(hasher.hash("same password"), hasher.hash("same password"));
    }

    @Test
    void theStoredFormNamesItsCostSoOldHashesStillVerifyAndAreFlaggedForUpgrade() {
        String old = hasher.hash("secret password");
        PasswordHasher stronger = new PasswordHasher(2_000);
        assertTrue(stronger.verify("secret password", old));
        assertTrue(stronger.needsRehash(old));
        assertFalse(hasher.needsRehash(old));
    }

    @Test
    void aMalformedHashNeverMatches() {
        assertFalse(hasher.verify("x", "plain-text"));
        assertFalse(hasher.verify("x", "pbkdf2-sha256$abc$$"));
        assertFalse(hasher.verify(null, hasher.hash("x")));
    }

    @Test
    void theProductionCostIsAtLeastOwaspsFloorForPbkdf2Sha256() {
        assertTrue(PasswordHasher.ITERATIONS >= 210_000);
    }
}
