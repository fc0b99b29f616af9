package org.tongxin.platform.application;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class VerifiedCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private final VerifiedCredentials verified = new VerifiedCredentials();

    @Test
    void aRememberedPasswordMatchesTheSameStoredHashOnly() {
        verified.remember("editor", "Tongxin-Demo-2026", "hash-1", NOW);
        assertTrue(verified.matches("editor", "Tongxin-Demo-2026", "hash-1", NOW.plusSeconds(10)));
        assertFalse(verified.matches("editor", "Tongxin-Demo-2027", "hash-1", NOW.plusSeconds(10)));
        assertFalse(
                verified.matches("editor", "Tongxin-Demo-2026", "hash-2", NOW.plusSeconds(10)),
                "a changed password (new stored hash) must be verified again");
        assertFalse(verified.matches("office", "Tongxin-Demo-2026", "hash-1", NOW.plusSeconds(10)));
    }

    @Test
    void anEntryExpires() {
        verified.remember("editor", "pw-pw-pw-pw-pw", "hash-1", NOW);
        assertTrue(verified.matches(
                "editor",
                "pw-pw-pw-pw-pw",
                "hash-1",
                NOW.plus(VerifiedCredentials.LIFETIME).minusSeconds(1)));
        assertFalse(verified.matches("editor", "pw-pw-pw-pw-pw", "hash-1", NOW.plus(VerifiedCredentials.LIFETIME)));
    }

    @Test
    void aFailedAttemptForgetsTheEntry() {
        verified.remember("editor", "pw-pw-pw-pw-pw", "hash-1", NOW);
        verified.forget("editor");
        assertFalse(verified.matches("editor", "pw-pw-pw-pw-pw", "hash-1", NOW));
    }
}
