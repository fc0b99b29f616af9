package org.tongxin.studyhall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import org.tongxin.platform.kernel.Problem;

/** A space closed for a while (maintenance, an exhibition being hung): no booking may touch it. */
@Entity
@Table(name = "sh_closure")
public class Closure {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_closure_seq")
    @SequenceGenerator(name = "sh_closure_seq", sequenceName = "sh_closure_seq", allocationSize = 50)
    private Long id;

    @Column(name = "space_id", nullable = false, updatable = false)
    private Long spaceId;

    @Column(name = "starts_at", nullable = false, updatable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false, updatable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 200, updatable = false)
    private String reason;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    protected Closure() {}

    public Closure(long spaceId, Instant startsAt, Instant endsAt, String reason, String createdBy) {
        if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
            throw Problem.field("end", "end-before-start", "problem.booking.end-before-start");
        }
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty() || r.length() > 200) {
            throw Problem.field("reason", "required", "problem.required");
        }
        this.spaceId = spaceId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.reason = r;
        this.createdBy = createdBy;
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    public Long id() {
        return id;
    }

    public Long spaceId() {
        return spaceId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String reason() {
        return reason;
    }
}
