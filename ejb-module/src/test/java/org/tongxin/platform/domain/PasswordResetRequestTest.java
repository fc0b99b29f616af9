package org.tongxin.platform.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;

class PasswordResetRequestTest {

    private static final Instant NOW = Instant.parse("2026-12-02T09:00:00Z");

    @Test
    void theRequesterCanNeverApproveTheirOwnRequest() {
        PasswordResetRequest r = new PasswordResetRequest(7, "admin", NOW);
        Problem p = assertThrows(Problem.class, () -> r.approve("admin", "auditor", "sealed", NOW));
        assertEquals(Problem.Kind.FORBIDDEN, p.kind());
        assertEquals(PasswordResetRequest.State.PENDING, r.state());
    }

    @Test
    void theAccountsOwnerCannotApproveTheResetOfTheirPassword() {
        PasswordResetRequest r = new PasswordResetRequest(7, "admin", NOW);
        assertThrows(Problem.class, () -> r.approve("security", "security", "sealed", NOW));
    }

    @Test
    void theRequestersHalfIsGivenOutOnceAndOnlyToTheRequester() {
        PasswordResetRequest r = new PasswordResetRequest(7, "admin", NOW);
        assertEquals(Optional.empty(), r.takeRequesterHalf("admin", NOW), "nothing before approval");
        r.approve("security", "auditor", "sealed-half", NOW);
        assertEquals("security", r.approvedBy());
        assertEquals(Optional.empty(), r.takeRequesterHalf("security", NOW));
        assertTrue(r.requesterHalfWaiting());
        assertEquals(Optional.of("sealed-half"), r.takeRequesterHalf("admin", NOW));
        assertFalse(r.requesterHalfWaiting());
        assertEquals(Optional.empty(), r.takeRequesterHalf("admin", NOW));
    }

    @Test
    void anApprovedRequestCannotBeApprovedAgain() {
        PasswordResetRequest r = new PasswordResetRequest(7, "admin", NOW);
        r.approve("security", "auditor", "sealed", NOW);
        assertEquals(
                "no-reset-request",
                assertThrows(Problem.class, () -> r.approve("security2", "auditor", "x", NOW))
                        .code());
    }
}
