package org.tongxin.committee.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.Party;
import org.tongxin.committee.application.Position;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.Problem;

/**
 * 委员: a member of one organisation's committee. Committee, position and status change by dated
 * acts that append to the member's history; nothing is overwritten without a trace.
 */
@Entity
@Table(name = "cm_member")
public class Member implements OrganisationOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "cm_member_seq")
    @SequenceGenerator(name = "cm_member_seq", sequenceName = "cm_member_seq", allocationSize = 50)
    private Long id;

    @Version
    private int version;

    @Column(name = "organisation_id", nullable = false)
    private Long organisationId;

    /** Stable key of the office's roster (matches re-imports). */
    @Column(name = "roster_key", nullable = false, length = 40)
    private String rosterKey;

    @Column(nullable = false, length = 50)
    private String name;

    @Column(name = "name_pinyin", nullable = false, length = 200)
    private String namePinyin;

    @Column(name = "name_initials", nullable = false, length = 50)
    private String nameInitials;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 1)
    private Gender gender;

    @Column(nullable = false, length = 20)
    private String ethnicity;

    @Column(name = "birth_date")
    private LocalDate birthDate;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Party party;

    @Column(name = "sector_id")
    private Long sectorId;

    @Column(name = "term_no", nullable = false)
    private int term;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private Position position;

    @Column(name = "committee_id")
    private Long committeeId;

    @Column(length = 100)
    private String workplace;

    @Column(length = 100)
    private String title;

    @Column(length = 30)
    private String phone;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private MemberStatus status;

    @Column(name = "status_since", nullable = false)
    private LocalDate statusSince;

    @Column(name = "account_id")
    private Long accountId;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @OneToMany(cascade = CascadeType.PERSIST, fetch = FetchType.LAZY)
    @JoinColumn(name = "member_id", nullable = false)
    @OrderBy("effectiveOn, id")
    private List<MemberChange> changes = new ArrayList<>();

    protected Member() {}

    /** The facts of a member as the roster records them. */
    public record Facts(
            String rosterKey,
            String name,
            Gender gender,
            String ethnicity,
            LocalDate birthDate,
            Party party,
            Long sectorId,
            int term,
            Position position,
            String workplace,
            String title,
            String phone) {}

    public Member(long organisationId, Facts facts, NameIndex names, LocalDate since, Instant now) {
        this.organisationId = organisationId;
        this.createdAt = now;
        this.status = MemberStatus.ACTIVE;
        this.statusSince = Objects.requireNonNull(since);
        update(facts, names);
    }

    /** Replaces the descriptive facts (not committee, position history or status). */
    public void update(Facts f, NameIndex names) {
        String n = f.name() == null ? "" : f.name().strip();
        if (n.isEmpty() || n.length() > 50) {
            throw Problem.field("name", "invalid-name", "problem.member.name");
        }
        if (f.rosterKey() == null || f.rosterKey().isBlank() || f.rosterKey().length() > 40) {
            throw Problem.field("rosterKey", "invalid-key", "problem.member.roster-key");
        }
        if (f.term() < 1 || f.term() > 99) {
            throw Problem.field("term", "invalid-term", "problem.member.term");
        }
        this.rosterKey = f.rosterKey().strip();
        this.name = n;
        this.namePinyin = names.pinyin(n);
        this.nameInitials = names.initials(n);
        this.gender = Objects.requireNonNull(f.gender());
        this.ethnicity = f.ethnicity() == null || f.ethnicity().isBlank()
                ? "汉族"
                : f.ethnicity().strip();
        this.birthDate = f.birthDate();
        this.party = Objects.requireNonNull(f.party());
        this.sectorId = f.sectorId();
        this.term = f.term();
        if (this.position == null) {
            this.position = Objects.requireNonNull(f.position());
        }
        this.workplace = f.workplace();
        this.title = f.title();
        this.phone = f.phone();
    }

    /** Places the member in a special committee from a date on; a member sits in exactly one at a time. */
    public void placeIn(SpecialCommittee committee, LocalDate on, Instant now) {
        requireActive();
        if (!committee.organisationId().equals(organisationId)) {
            throw Problem.rule("other-organisation", "problem.member.committee-elsewhere");
        }
        if (committee.id().equals(committeeId)) {
            throw Problem.conflict("no-change", "problem.member.no-change");
        }
        append(
                MemberChange.Kind.COMMITTEE,
                committeeId == null ? null : committeeId.toString(),
                committee.id().toString(),
                on,
                now);
        this.committeeId = committee.id();
    }

    public void changePosition(Position newPosition, LocalDate on, Instant now) {
        requireActive();
        if (newPosition == position) {
            throw Problem.conflict("no-change", "problem.member.no-change");
        }
        append(MemberChange.Kind.POSITION, position.name(), newPosition.name(), on, now);
        this.position = newPosition;
    }

    /** Resignation, death or removal (or a return to active service), dated. */
    public void changeStatus(MemberStatus newStatus, LocalDate on, Instant now) {
        if (newStatus == status) {
            throw Problem.conflict("no-change", "problem.member.no-change");
        }
        append(MemberChange.Kind.STATUS, status.name(), newStatus.name(), on, now);
        this.status = newStatus;
        this.statusSince = on;
    }

    public void linkAccount(long platformAccountId) {
        this.accountId = platformAccountId;
    }

    private void append(MemberChange.Kind kind, String from, String to, LocalDate on, Instant now) {
        Objects.requireNonNull(on);
        LocalDate last = changes.stream()
                .filter(c -> c.kind() == kind)
                .map(MemberChange::effectiveOn)
                .max(LocalDate::compareTo)
                .orElse(null);
        if (last != null && on.isBefore(last)) {
            throw Problem.field(
                    "effectiveOn", "before-last-change", "problem.member.before-last-change", last.toString());
        }
        changes.add(new MemberChange(kind, from, to, on, now));
    }

    private void requireActive() {
        if (status != MemberStatus.ACTIVE) {
            throw Problem.conflict("member-not-active", "problem.member.not-active");
        }
    }

    public Long id() {
        return id;
    }

    @Override
    public Long organisationId() {
        return organisationId;
    }

    public String rosterKey() {
        return rosterKey;
    }

    public String name() {
        return name;
    }

    public String namePinyin() {
        return namePinyin;
    }

    public String nameInitials() {
        return nameInitials;
    }

    public Gender gender() {
        return gender;
    }

    public String ethnicity() {
        return ethnicity;
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public Party party() {
        return party;
    }

    public Long sectorId() {
        return sectorId;
    }

    public int term() {
        return term;
    }

    public Position position() {
        return position;
    }

    public Long committeeId() {
        return committeeId;
    }

    public String workplace() {
        return workplace;
    }

    public String title() {
        return title;
    }

    public String phone() {
        return phone;
    }

    public MemberStatus status() {
        return status;
    }

    public LocalDate statusSince() {
        return statusSince;
    }

    public Long accountId() {
        return accountId;
    }

    public List<MemberChange> changes() {
        return Collections.unmodifiableList(changes);
    }

    // --- issue 14: the member's login ------------------------------------------------------

    /** Ends the tie between the member and their login; the account itself stays (disabled or not). */
    public void unlinkAccount() {
        if (accountId == null) {
            throw Problem.conflict("no-account", "problem.member.no-account");
        }
        this.accountId = null;
    }

    /** Whether the member has left the roster (resigned, deceased, removed): their login stays disabled. */
    public boolean hasLeft() {
        return status != MemberStatus.ACTIVE;
    }
}
