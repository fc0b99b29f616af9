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
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.tongxin.platform.kernel.Problem;

/**
 * An activity held in a booking and open for sign-up: its kind, how many seats (the space's capacity or
 * fewer), the sign-up deadline and the check-in code. Seats go in order of sign-up; when all are taken,
 * members queue on the waiting list and move up, in order, as seats free.
 */
@Entity
@Table(name = "sh_activity")
public class Activity {

    private static final char[] CODE_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789".toCharArray();
    private static final SecureRandom RANDOM = new SecureRandom();

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_activity_seq")
    @SequenceGenerator(name = "sh_activity_seq", sequenceName = "sh_activity_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "booking_id", nullable = false, updatable = false)
    private Long bookingId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ActivityKind kind;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "signup_deadline", nullable = false)
    private Instant signupDeadline;

    @Column(name = "checkin_code", nullable = false, length = 12, updatable = false)
    private String checkinCode;

    @Column(name = "reading_group_id")
    private Long readingGroupId;

    @Column(name = "completed_at")
    private Instant completedAt;

    protected Activity() {}

    public Activity(Booking booking, int spaceCapacity, ActivityKind kind, int capacity, Instant signupDeadline) {
        if (kind == null) {
            throw Problem.field("kind", "required", "problem.required");
        }
        if (capacity < 1 || capacity > spaceCapacity) {
            throw Problem.field("capacity", "invalid-capacity", "problem.activity.capacity", spaceCapacity);
        }
        if (signupDeadline == null || signupDeadline.isAfter(booking.startsAt())) {
            throw Problem.field("signupDeadline", "invalid-deadline", "problem.activity.deadline");
        }
        this.bookingId = booking.id();
        this.kind = kind;
        this.capacity = capacity;
        this.signupDeadline = signupDeadline;
        this.checkinCode = newCode();
    }

    static String newCode() {
        char[] code = new char[8];
        for (int i = 0; i < code.length; i++) {
            code[i] = CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)];
        }
        return new String(code);
    }

    /** Where a new sign-up goes: a seat while there is one, else the waiting list. */
    public RegistrationStatus admit(long seatsTaken, Booking booking, Instant now) {
        if (booking.status() != BookingStatus.CONFIRMED) {
            throw Problem.conflict("not-open", "problem.activity.not-open");
        }
        if (now.isAfter(signupDeadline)) {
            throw Problem.conflict("deadline-passed", "problem.activity.deadline-passed");
        }
        return seatsTaken < capacity ? RegistrationStatus.REGISTERED : RegistrationStatus.WAITLISTED;
    }

    /**
     * Moves the first of the waiting list (given in queue order) into the seats that are free; answers
     * whom it moved. Nobody moves up once the activity has begun.
     */
    public List<Registration> promote(
            List<Registration> waitingInOrder, long seatsTaken, Booking booking, Instant now) {
        List<Registration> moved = new ArrayList<>();
        if (!now.isBefore(booking.startsAt()) || booking.status() != BookingStatus.CONFIRMED) {
            return moved;
        }
        long free = capacity - seatsTaken;
        for (Registration r : waitingInOrder) {
            if (free <= 0) {
                break;
            }
            if (r.status() == RegistrationStatus.WAITLISTED) {
                r.promote();
                moved.add(r);
                free--;
            }
        }
        return moved;
    }

    public void changeCapacity(int newCapacity, int spaceCapacity, long seatsTaken) {
        if (newCapacity < 1 || newCapacity > spaceCapacity) {
            throw Problem.field("capacity", "invalid-capacity", "problem.activity.capacity", spaceCapacity);
        }
        if (newCapacity < seatsTaken) {
            throw Problem.field("capacity", "invalid-capacity", "problem.activity.capacity-below-seats", seatsTaken);
        }
        this.capacity = newCapacity;
    }

    /** The booking moved: sign-up closes no later than the new start. */
    public void followBooking(Booking booking) {
        if (signupDeadline.isAfter(booking.startsAt())) {
            signupDeadline = booking.startsAt();
        }
    }

    public void linkReadingGroup(Long groupId) {
        this.readingGroupId = groupId;
    }

    public boolean completed() {
        return completedAt != null;
    }

    public void complete(Booking booking, Instant now) {
        if (completedAt != null) {
            throw Problem.conflict("already-completed", "problem.activity.completed");
        }
        if (now.isBefore(booking.startsAt())) {
            throw Problem.conflict("not-started", "problem.activity.not-started");
        }
        completedAt = now;
    }

    public Long id() {
        return id;
    }

    public Long bookingId() {
        return bookingId;
    }

    public ActivityKind kind() {
        return kind;
    }

    public int capacity() {
        return capacity;
    }

    public Instant signupDeadline() {
        return signupDeadline;
    }

    public String checkinCode() {
        return checkinCode;
    }

    public Long readingGroupId() {
        return readingGroupId;
    }

    public Instant completedAt() {
        return completedAt;
    }
}
