package org.tongxin.studyhall.domain;

import jakarta.persistence.Cacheable;
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
import java.util.Set;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * A bookable space of an organisation's academy, with the terms its bookings must keep: capacity,
 * opening hours, shortest and longest booking, how far ahead, approval, who may book, cancellation notice.
 */
@Entity
@Cacheable // named on every booking a list shows (issue 22); changed by keepers through JPA (which updates the cache)
@Table(name = "sh_space")
public class Space implements OrganisationOwned {

    /** The terms of a space as keepers edit them. */
    public record Terms(
            String name,
            Zone zone,
            int capacity,
            OpeningHours openingHours,
            int minMinutes,
            int maxMinutes,
            int advanceDays,
            boolean needsApproval,
            boolean membersMayBook,
            int cancelNoticeHours,
            boolean active) {

        public Terms {
            name = name == null ? "" : name.strip();
            if (name.isEmpty() || name.length() > 100) {
                throw Problem.field("name", "required", "problem.required");
            }
            if (zone == null) {
                throw Problem.field("zone", "required", "problem.required");
            }
            if (openingHours == null) {
                throw Problem.field("openingHours", "invalid-hours", "problem.space.hours");
            }
            if (capacity < 1 || capacity > 10_000) {
                throw Problem.field("capacity", "invalid-capacity", "problem.space.capacity");
            }
            if (minMinutes < 15 || maxMinutes < minMinutes || maxMinutes > 1440) {
                throw Problem.field("minMinutes", "invalid-length", "problem.space.length");
            }
            if (advanceDays < 0 || advanceDays > 730) {
                throw Problem.field("advanceDays", "invalid-advance", "problem.space.advance");
            }
            if (cancelNoticeHours < 0 || cancelNoticeHours > 720) {
                throw Problem.field("cancelNoticeHours", "invalid-notice", "problem.space.notice");
            }
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "sh_space_seq")
    @SequenceGenerator(name = "sh_space_seq", sequenceName = "sh_space_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Zone zone;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "opening_hours", nullable = false, length = 120)
    private String openingHours;

    @Column(name = "min_minutes", nullable = false)
    private int minMinutes;

    @Column(name = "max_minutes", nullable = false)
    private int maxMinutes;

    @Column(name = "advance_days", nullable = false)
    private int advanceDays;

    @Column(name = "needs_approval", nullable = false)
    private boolean needsApproval;

    @Column(name = "members_may_book", nullable = false)
    private boolean membersMayBook;

    @Column(name = "cancel_notice_hours", nullable = false)
    private int cancelNoticeHours;

    @Column(nullable = false)
    private boolean active;

    protected Space() {}

    public Space(long organisationId, Terms terms) {
        this.organisationId = organisationId;
        change(terms);
    }

    public void change(Terms t) {
        this.name = t.name();
        this.zone = t.zone();
        this.capacity = t.capacity();
        this.openingHours = t.openingHours().toString();
        this.minMinutes = t.minMinutes();
        this.maxMinutes = t.maxMinutes();
        this.advanceDays = t.advanceDays();
        this.needsApproval = t.needsApproval();
        this.membersMayBook = t.membersMayBook();
        this.cancelNoticeHours = t.cancelNoticeHours();
        this.active = t.active();
    }

    /**
     * Refuses a booking of this space by someone holding these roles: an inactive space takes no booking,
     * and a space members may not book takes only office staff's and hall keepers'.
     */
    public void requireBookableBy(Set<Role> roles) {
        if (!active) {
            throw Problem.field("space", "space-inactive", "problem.booking.space-inactive");
        }
        if (!membersMayBook && !roles.contains(Role.OFFICE_STAFF) && !roles.contains(Role.HALL_KEEPER)) {
            throw new Problem(Problem.Kind.FORBIDDEN, "staff-only", "problem.booking.staff-only");
        }
    }

    /** Whether a booking (or move) by someone holding these roles waits for approval: a hall keeper's never does. */
    public boolean bookingNeedsApprovalFrom(Set<Role> roles) {
        return needsApproval && !roles.contains(Role.HALL_KEEPER);
    }

    public Terms terms() {
        return new Terms(
                name,
                zone,
                capacity,
                openingHours(),
                minMinutes,
                maxMinutes,
                advanceDays,
                needsApproval,
                membersMayBook,
                cancelNoticeHours,
                active);
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public Zone zone() {
        return zone;
    }

    public int capacity() {
        return capacity;
    }

    public OpeningHours openingHours() {
        return OpeningHours.parse(openingHours);
    }

    public int minMinutes() {
        return minMinutes;
    }

    public int maxMinutes() {
        return maxMinutes;
    }

    public int advanceDays() {
        return advanceDays;
    }

    public boolean needsApproval() {
        return needsApproval;
    }

    public boolean membersMayBook() {
        return membersMayBook;
    }

    public int cancelNoticeHours() {
        return cancelNoticeHours;
    }

    public boolean active() {
        return active;
    }

    public int version() {
        return version;
    }
}
