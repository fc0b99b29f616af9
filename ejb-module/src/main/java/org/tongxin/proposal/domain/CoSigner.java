package org.tongxin.proposal.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/** A member invited to co-sign a joint proposal (联名), and when they confirmed (null: not yet). */
@Embeddable
public class CoSigner {

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "confirmed_at")
    private Instant confirmedAt;

    protected CoSigner() {}

    CoSigner(long memberId) {
        this.memberId = memberId;
    }

    void confirm(Instant at) {
        if (confirmedAt == null) {
            confirmedAt = at;
        }
    }

    public long memberId() {
        return memberId;
    }

    public Instant confirmedAt() {
        return confirmedAt;
    }

    public boolean confirmed() {
        return confirmedAt != null;
    }
}
