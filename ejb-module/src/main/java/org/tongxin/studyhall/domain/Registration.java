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
import java.time.Instant;
import org.tongxin.platform.kernel.Problem;

/**
 * A member's sign-up to an activity (or a member a keeper ticked in without one: no account then). While it stands, {@code liveMember} carries the member's id so that a
 * unique key refuses a second live sign-up of the same member; withdrawing clears it.
 */
@Entity
@Table(name = "sh_registration")
public class Registration {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_registration_seq")
    @SequenceGenerator(name = "sh_registration_seq", sequenceName = "sh_registration_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "activity_id", nullable = false, updatable = false)
    private Long activityId;

    @Column(name = "member_id", nullable = false, updatable = false)
    private Long memberId;

    @Column(name = "account_id", updatable = false)
    private Long accountId;

    @Column(name = "member_name", nullable = false, length = 100, updatable = false)
    private String memberName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private RegistrationStatus status;

    @Column(name = "queued_at", nullable = false, updatable = false)
    private Instant queuedAt;

    @Column(name = "queue_order", nullable = false, updatable = false)
    private long queueOrder;

    @Column(name = "live_member")
    private Long liveMember;

    @Column(name = "checked_in_at")
    private Instant checkedInAt;

    @Column(name = "checked_in_by", length = 64)
    private String checkedInBy;

    protected Registration() {}

    public Registration(
            Activity activity,
            long memberId,
            Long accountId,
            String memberName,
            RegistrationStatus status,
            long queueOrder,
            Instant now) {
        if (status == RegistrationStatus.WITHDRAWN) {
            throw new IllegalArgumentException("a new registration is a seat or a place in the queue");
        }
        this.activityId = activity.id();
        this.memberId = memberId;
        this.accountId = accountId;
        this.memberName = memberName;
        this.status = status;
        this.queueOrder = queueOrder;
        this.queuedAt = now;
        this.liveMember = memberId;
    }

    void promote() {
        status = RegistrationStatus.REGISTERED;
    }

    /** Gives up the seat or the place in the queue, before the activity begins. */
    public void withdraw(Booking booking, Instant now) {
        if (status == RegistrationStatus.WITHDRAWN) {
            throw Problem.conflict("wrong-status", "problem.registration.withdrawn");
        }
        if (!now.isBefore(booking.startsAt())) {
            throw Problem.conflict("too-late", "problem.registration.too-late");
        }
        status = RegistrationStatus.WITHDRAWN;
        liveMember = null;
        checkedInAt = null;
        checkedInBy = null;
    }

    public void checkIn(String by, Instant now) {
        if (status != RegistrationStatus.REGISTERED) {
            throw Problem.conflict("not-registered", "problem.registration.not-registered");
        }
        if (checkedInAt == null) {
            checkedInAt = now;
            checkedInBy = by;
        }
    }

    public void undoCheckIn() {
        checkedInAt = null;
        checkedInBy = null;
    }

    public boolean heldBy(long account) {
        return accountId != null && accountId == account;
    }

    public boolean attended() {
        return checkedInAt != null;
    }

    public Long id() {
        return id;
    }

    public Long activityId() {
        return activityId;
    }

    public Long memberId() {
        return memberId;
    }

    public Long accountId() {
        return accountId;
    }

    public String memberName() {
        return memberName;
    }

    public RegistrationStatus status() {
        return status;
    }

    public long queueOrder() {
        return queueOrder;
    }

    public Instant queuedAt() {
        return queuedAt;
    }

    public Instant checkedInAt() {
        return checkedInAt;
    }
}
