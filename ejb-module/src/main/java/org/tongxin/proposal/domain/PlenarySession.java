package org.tongxin.proposal.domain;

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
import java.util.regex.Pattern;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/**
 * A plenary session (全体会议) of a committee, e.g. 政协第十五届大同市委员会第三次会议: its opening and closing days and
 * the window in which its proposals (大会提案) are filed and submitted, from {@code filingOpensOn} (default: thirty days
 * before the opening, since members hand in plenary proposals before the session) to the proposal deadline (提案截止日,
 * default: the closing day, never before the opening). Its {@code code} (e.g. {@code 15-3}: 15th committee, 3rd session)
 * starts the numbers (案号) of its accepted proposals. Retired: kept on the proposals that name it, never chosen again.
 */
@Entity
@Table(name = "pp_plenary_session")
public class PlenarySession implements OrganisationOwned {

    public static final int MAX_NAME = 100;

    /** How many days before the opening plenary proposals may be filed, unless the office says otherwise. */
    public static final int DEFAULT_FILING_DAYS_BEFORE = 30;

    /** A code: the committee's term and the session's ordinal, digits, e.g. {@code 15-3}. */
    private static final Pattern CODE = Pattern.compile("[0-9]{1,3}-[0-9]{1,3}");

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "pp_plenary_session_seq")
    @SequenceGenerator(name = "pp_plenary_session_seq", sequenceName = "pp_plenary_session_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    @Column(nullable = false, length = MAX_NAME)
    private String name;

    @Column(nullable = false, length = 16)
    private String code;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "filing_opens_on", nullable = false)
    private LocalDate filingOpensOn;

    @Column(nullable = false)
    private LocalDate deadline;

    @Column(nullable = false)
    private boolean retired;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64, updatable = false)
    private String createdBy;

    protected PlenarySession() {}

    public PlenarySession(long organisationId, Terms terms, String by, Instant at) {
        this.organisationId = organisationId;
        this.createdBy = by;
        this.createdAt = at;
        change(terms);
    }

    /**
     * What the office gives: name, code, opening and closing days; the filing window's first day and the deadline may
     * be null (the defaults).
     */
    public record Terms(
            String name,
            String code,
            LocalDate opensOn,
            LocalDate closesOn,
            LocalDate filingOpensOn,
            LocalDate deadline)
            implements java.io.Serializable {}

    /** Changes the terms (also of a session in use: a deadline may be extended). */
    public void change(Terms terms) {
        Terms t = terms == null ? new Terms(null, null, null, null, null, null) : terms;
        String n = t.name() == null ? "" : t.name().strip();
        if (n.isEmpty() || n.length() > MAX_NAME || n.contains("\n") || n.contains("\r")) {
            throw Problem.field("name", "invalid-input", "problem.session.name", MAX_NAME);
        }
        String c = t.code() == null ? "" : t.code().strip();
        if (!CODE.matcher(c).matches()) {
            throw Problem.field("code", "invalid-input", "problem.session.code");
        }
        if (t.opensOn() == null) {
            throw Problem.field("opensOn", "required", "problem.required");
        }
        if (t.closesOn() == null) {
            throw Problem.field("closesOn", "required", "problem.required");
        }
        if (t.closesOn().isBefore(t.opensOn())) {
            throw Problem.field("closesOn", "invalid-input", "problem.session.closes-before-opening");
        }
        LocalDate from =
                t.filingOpensOn() == null ? t.opensOn().minusDays(DEFAULT_FILING_DAYS_BEFORE) : t.filingOpensOn();
        LocalDate until = t.deadline() == null ? t.closesOn() : t.deadline();
        if (until.isBefore(t.opensOn())) {
            throw Problem.field("deadline", "invalid-input", "problem.session.deadline-before-opening");
        }
        if (until.isBefore(from)) {
            throw Problem.field("filingOpensOn", "invalid-input", "problem.session.window");
        }
        this.name = n;
        this.code = c;
        this.opensOn = t.opensOn();
        this.closesOn = t.closesOn();
        this.filingOpensOn = from;
        this.deadline = until;
    }

    /** Whether plenary proposals may be filed and submitted for it on the day: not retired, within the window. */
    public boolean openOn(LocalDate day) {
        return !retired && !day.isBefore(filingOpensOn) && !day.isAfter(deadline);
    }

    /** Whether the deadline has passed on the day. */
    public boolean deadlinePassed(LocalDate day) {
        return day.isAfter(deadline);
    }

    /** Retired (never chosen again, kept on its proposals) or back in use. */
    public void retire(boolean retire) {
        this.retired = retire;
    }

    public Long id() {
        return id;
    }

    public int version() {
        return version;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public String name() {
        return name;
    }

    public String code() {
        return code;
    }

    public LocalDate opensOn() {
        return opensOn;
    }

    public LocalDate closesOn() {
        return closesOn;
    }

    public LocalDate filingOpensOn() {
        return filingOpensOn;
    }

    public LocalDate deadline() {
        return deadline;
    }

    public boolean retired() {
        return retired;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String createdBy() {
        return createdBy;
    }
}
