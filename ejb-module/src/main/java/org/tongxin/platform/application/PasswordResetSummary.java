package org.tongxin.platform.application;

import java.time.Instant;
import org.tongxin.platform.domain.PasswordResetRequest;

/**
 * A dual-controlled password reset as the administrators see it (never a password):
 * {@code state} PENDING (waiting for approval) or APPROVED; {@code requesterHalfWaiting} while the
 * requester has not yet been shown their half.
 */
public record PasswordResetSummary(
        long id,
        long accountId,
        String username,
        String requestedBy,
        Instant requestedAt,
        String state,
        String approvedBy,
        Instant approvedAt,
        boolean requesterHalfWaiting)
        implements java.io.Serializable {

    static PasswordResetSummary of(PasswordResetRequest r, String username) {
        return new PasswordResetSummary(
                r.id(),
                r.accountId(),
                username,
                r.requestedBy(),
                r.requestedAt(),
                r.state().name(),
                r.approvedBy(),
                r.decidedAt(),
                r.requesterHalfWaiting());
    }
}
