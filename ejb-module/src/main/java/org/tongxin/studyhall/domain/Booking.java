package org.tongxin.studyhall.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/**
 * A space held for a time: title, purpose, expected attendees, who booked it, and its status. Whether
 * the slot is free is decided by the service under the space's lock (and on PostgreSQL by an exclusion
 * constraint); the booking itself guards its own transitions.
 */
@Entity
@Table(name = "sh_booking")
public class Booking implements OrganisationOwned {

    /** What a booker asks for. */
    public record Request(String title, String purpose, int attendees) {
        public Request {
            title = title == null ? "" : title.strip();
            purpose = purpose == null || purpose.isBlank() ? null : purpose.strip();
            if (title.isEmpty()) {
                throw Problem.field("title", "required", "problem.required");
            }
            if (title.length() > 200) {
                throw Problem.field("title", "too-long", "problem.booking.title-length");
            }
            if (purpose != null && purpose.length() > 1000) {
                throw Problem.field("purpose", "too-long", "problem.booking.purpose-length");
            }
            if (attendees < 1) {
                throw Problem.field("attendees", "invalid-attendees", "problem.booking.attendees");
            }
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_booking_seq")
    @SequenceGenerator(name = "sh_booking_seq", sequenceName = "sh_booking_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(name = "space_id", nullable = false, updatable = false)
    private Long spaceId;

    @Column(name = "series_id", updatable = false)
    private Long seriesId;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "ends_at", nullable = false)
    private Instant endsAt;

    @Column(nullable = false, length = 200)
    private String title;

    @Column(length = 1000)
    private String purpose;

    @Column(nullable = false)
    private int attendees;

    @Column(name = "booker_account_id", nullable = false, updatable = false)
    private Long bookerAccountId;

    @Column(name = "booker_name", nullable = false, length = 100, updatable = false)
    private String bookerName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private BookingStatus status;

    @Column(name = "decided_by", length = 64)
    private String decidedBy;

    @Column(name = "decision_reason", length = 500)
    private String decisionReason;

    /**
     * The record of another context the booking is held for (e.g. {@code consultation:activity:12}): that record's
     * office may cancel or move it, whichever of its clerks booked it.
     */
    @Column(name = "held_for", length = 100)
    private String heldFor;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected Booking() {}

    public Booking(
            Space space,
            Long seriesId,
            Instant startsAt,
            Instant endsAt,
            Request request,
            long bookerAccountId,
            String bookerName,
            boolean needsApproval,
            Instant now) {
        this.organisationId = space.organisationId();
        this.spaceId = space.id();
        this.seriesId = seriesId;
        this.startsAt = startsAt;
        this.endsAt = endsAt;
        this.title = request.title();
        this.purpose = request.purpose();
        this.attendees = request.attendees();
        this.bookerAccountId = bookerAccountId;
        this.bookerName = bookerName;
        this.status = needsApproval ? BookingStatus.PENDING : BookingStatus.CONFIRMED;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void approve(String keeper, Instant now) {
        requireStatus(BookingStatus.PENDING);
        status = BookingStatus.CONFIRMED;
        decidedBy = keeper;
        decisionReason = null;
        updatedAt = now;
    }

    public void reject(String keeper, String reason, Instant now) {
        requireStatus(BookingStatus.PENDING);
        String why = reason(reason);
        status = BookingStatus.REJECTED;
        decidedBy = keeper;
        decisionReason = why;
        updatedAt = now;
    }

    /**
     * The booker cancels up to the space's notice before the start; a keeper cancels any time, with a
     * reason. A booking that has ended cannot be cancelled.
     */
    public void cancel(String by, boolean asKeeper, String reason, Duration notice, Instant now) {
        if (status != BookingStatus.PENDING && status != BookingStatus.CONFIRMED) {
            throw Problem.conflict("wrong-status", "problem.booking.wrong-status");
        }
        if (!now.isBefore(endsAt)) {
            throw Problem.conflict("wrong-status", "problem.booking.over");
        }
        if (asKeeper) {
            decisionReason = reason(reason);
        } else {
            if (now.plus(notice).isAfter(startsAt)) {
                throw Problem.rule("too-late", "problem.booking.cancel-too-late", notice.toHours());
            }
            decisionReason = reason == null || reason.isBlank() ? null : reason(reason);
        }
        status = BookingStatus.CANCELLED;
        decidedBy = by;
        updatedAt = now;
    }

    /**
     * Moved to another time; the slot rules and the overlap check are the service's. A move that needs the
     * keeper's approval again puts the booking back to pending.
     */
    public void move(Instant newStart, Instant newEnd, boolean needsApproval, Instant now) {
        if (status != BookingStatus.PENDING && status != BookingStatus.CONFIRMED) {
            throw Problem.conflict("wrong-status", "problem.booking.wrong-status");
        }
        if (needsApproval) {
            status = BookingStatus.PENDING;
            decidedBy = null;
        }
        this.startsAt = newStart;
        this.endsAt = newEnd;
        this.updatedAt = now;
    }

    public void complete(Instant now) {
        if (status == BookingStatus.CONFIRMED && !now.isBefore(endsAt)) {
            status = BookingStatus.COMPLETED;
            updatedAt = now;
        }
    }

    private void requireStatus(BookingStatus wanted) {
        if (status != wanted) {
            throw Problem.conflict("wrong-status", "problem.booking.wrong-status");
        }
    }

    private static String reason(String reason) {
        String r = reason == null ? "" : reason.strip();
        if (r.isEmpty()) {
            throw Problem.field("reason", "required", "problem.booking.reason");
        }
        if (r.length() > 500) {
            throw Problem.field("reason", "too-long", "problem.booking.reason-length");
        }
        return r;
    }

    public boolean overlaps(Instant from, Instant to) {
        return startsAt.isBefore(to) && from.isBefore(endsAt);
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public Long spaceId() {
        return spaceId;
    }

    public Long seriesId() {
        return seriesId;
    }

    public Instant startsAt() {
        return startsAt;
    }

    public Instant endsAt() {
        return endsAt;
    }

    public String title() {
        return title;
    }

    public String purpose() {
        return purpose;
    }

    public int attendees() {
        return attendees;
    }

    public Long bookerAccountId() {
        return bookerAccountId;
    }

    /** Held for a record of another context, once (a booking's holder never changes). */
    public void holdFor(String ref) {
        if (ref == null || ref.isBlank() || ref.length() > 100) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        if (heldFor != null && !heldFor.equals(ref)) {
            throw Problem.conflict("booking-held", "problem.booking.held");
        }
        heldFor = ref;
    }

    public boolean heldFor(String ref) {
        return heldFor != null && heldFor.equals(ref);
    }

    public String bookerName() {
        return bookerName;
    }

    public BookingStatus status() {
        return status;
    }

    public String decidedBy() {
        return decidedBy;
    }

    public String decisionReason() {
        return decisionReason;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public int version() {
        return version;
    }
}
