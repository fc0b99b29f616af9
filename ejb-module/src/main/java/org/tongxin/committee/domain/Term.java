package org.tongxin.committee.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/**
 * 届: one term of an organisation's committee, from its first day on; opened once (换届), with how many
 * members continued, left and joined. A term number is unique per organisation (the database's key), so
 * two offices opening the same term at once cannot both succeed.
 */
@Entity
@Table(name = "cm_term")
public class Term implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_term_seq")
    @SequenceGenerator(name = "cm_term_seq", sequenceName = "cm_term_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    @Column(name = "term_no", nullable = false)
    private int number;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "continuing", nullable = false)
    private int continuing;

    @Column(name = "leaving", nullable = false)
    private int leaving;

    @Column(name = "joining", nullable = false)
    private int joining;

    @Column(name = "opened_by", nullable = false, length = 64)
    private String openedBy;

    @Column(name = "opened_at", nullable = false)
    private Instant openedAt;

    protected Term() {}

    public Term(
            long organisationId,
            int number,
            LocalDate startsOn,
            int continuing,
            int leaving,
            int joining,
            String openedBy,
            Instant openedAt) {
        if (number < 1 || number > 99) {
            throw Problem.field("number", "invalid-term", "problem.member.term");
        }
        this.organisationId = organisationId;
        this.number = number;
        this.startsOn = Objects.requireNonNull(startsOn);
        this.continuing = continuing;
        this.leaving = leaving;
        this.joining = joining;
        this.openedBy = openedBy;
        this.openedAt = openedAt;
    }

    /**
     * Refuses a new term that does not follow the current one: its number must be above it, its first day
     * after the current term's first day.
     */
    public static void requireNext(int currentNumber, LocalDate currentStart, int number, LocalDate startsOn) {
        if (startsOn == null) {
            throw Problem.field("startsOn", "invalid-input", "problem.term.start-required");
        }
        if (number <= currentNumber) {
            throw Problem.field("number", "term-not-next", "problem.term.not-next", currentNumber);
        }
        if (number > 99) {
            throw Problem.field("number", "invalid-term", "problem.member.term");
        }
        if (currentStart != null && !startsOn.isAfter(currentStart)) {
            throw Problem.field("startsOn", "start-not-after", "problem.term.start-not-after", currentStart.toString());
        }
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public int number() {
        return number;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public int continuing() {
        return continuing;
    }

    public int leaving() {
        return leaving;
    }

    public int joining() {
        return joining;
    }

    public String openedBy() {
        return openedBy;
    }

    public Instant openedAt() {
        return openedAt;
    }
}
