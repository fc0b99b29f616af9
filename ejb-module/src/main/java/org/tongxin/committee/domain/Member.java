package org.tongxin.committee.domain;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.ColumnResult;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityResult;
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
import jakarta.persistence.SqlResultSetMapping;
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
@SqlResultSetMapping(
        name = Member.WITH_TOTAL,
        entities = @EntityResult(entityClass = Member.class),
        columns = @ColumnResult(name = "roster_total", type = Long.class))
public class Member implements OrganisationOwned {

    /** A member's row with a count beside it ({@code roster_total}): the roster's page and its total (issue 22). */
    public static final String WITH_TOTAL = "Member.withTotal";

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

    // --- terms (换届, issue 14): party, sector and term are dated history too; a member is read as of a day ---

    /** What the roster says of a member on one day: the attributes that are dated history. */
    public record Standing(
            Party party, Long sectorId, int term, Position position, Long committeeId, MemberStatus status) {}

    /**
     * Replaces the descriptive facts like {@link #update}, but a change of party, sector or term is first
     * appended to the history, dated {@code on}: those three are never overwritten without a trace. A blank
     * sector keeps the member's sector.
     */
    public void revise(Facts f, NameIndex names, LocalDate on, Instant now) {
        Objects.requireNonNull(f.party());
        if (f.term() < 1 || f.term() > 99) {
            throw Problem.field("term", "invalid-term", "problem.member.term");
        }
        Long sector = f.sectorId() == null ? sectorId : f.sectorId();
        if (f.party() != party) {
            changeParty(f.party(), on, now);
        }
        if (!Objects.equals(sector, sectorId)) {
            changeSector(sector, on, now);
        }
        if (f.term() != term) {
            changeTerm(f.term(), on, now);
        }
        update(
                new Facts(
                        f.rosterKey(),
                        f.name(),
                        f.gender(),
                        f.ethnicity(),
                        f.birthDate(),
                        party,
                        sectorId,
                        term,
                        f.position(),
                        f.workplace(),
                        f.title(),
                        f.phone()),
                names);
    }

    public void changeParty(Party newParty, LocalDate on, Instant now) {
        if (Objects.requireNonNull(newParty) == party) {
            throw Problem.conflict("no-change", "problem.member.no-change");
        }
        append(MemberChange.Kind.PARTY, party.name(), newParty.name(), on, now);
        this.party = newParty;
    }

    /** Moves the member to another sector (界别); a sector once held is not taken away, only replaced. */
    public void changeSector(Long newSectorId, LocalDate on, Instant now) {
        if (newSectorId == null) {
            throw Problem.field("sector", "invalid-input", "problem.invalid-input");
        }
        if (newSectorId.equals(sectorId)) {
            throw Problem.conflict("no-change", "problem.member.no-change");
        }
        append(
                MemberChange.Kind.SECTOR,
                sectorId == null ? null : sectorId.toString(),
                newSectorId.toString(),
                on,
                now);
        this.sectorId = newSectorId;
    }

    /** The member serves in another term (届) from a day on: a continuing member of a new term. */
    public void changeTerm(int newTerm, LocalDate on, Instant now) {
        if (newTerm < 1 || newTerm > 99) {
            throw Problem.field("term", "invalid-term", "problem.member.term");
        }
        if (newTerm == term) {
            throw Problem.conflict("no-change", "problem.member.no-change");
        }
        append(MemberChange.Kind.TERM, String.valueOf(term), String.valueOf(newTerm), on, now);
        this.term = newTerm;
    }

    /** Not continued into a new term: the member leaves the roster on its first day (status {@code LEFT}). */
    public void leave(LocalDate on, Instant now) {
        requireActive();
        changeStatus(MemberStatus.LEFT, on, now);
    }

    /** The member's standing on a day: the current values, with every later change taken back. */
    public Standing standingOn(LocalDate day) {
        Objects.requireNonNull(day);
        Party p = party;
        Long sector = sectorId;
        int t = term;
        Position pos = position;
        Long committee = committeeId;
        MemberStatus st = status;
        List<MemberChange> later = new ArrayList<>(changes);
        later.sort(java.util.Comparator.comparing(MemberChange::effectiveOn)
                .thenComparing(c -> c.recordedAt() == null ? Instant.MIN : c.recordedAt()));
        Collections.reverse(later);
        for (MemberChange c : later) {
            if (!c.effectiveOn().isAfter(day)) {
                break;
            }
            String from = c.fromValue();
            switch (c.kind()) {
                case COMMITTEE -> committee = from == null ? null : Long.valueOf(from);
                case POSITION -> pos = from == null ? pos : Position.valueOf(from);
                case STATUS -> st = from == null ? st : MemberStatus.valueOf(from);
                case PARTY -> p = from == null ? p : Party.valueOf(from);
                case SECTOR -> sector = from == null ? null : Long.valueOf(from);
                case TERM -> t = from == null ? t : Integer.parseInt(from);
            }
        }
        return new Standing(p, sector, t, pos, committee, st);
    }

    /** The member's standing now. */
    public Standing standing() {
        return new Standing(party, sectorId, term, position, committeeId, status);
    }

    /** Whether the member served in a term: it is their term now, or a term change came from or led to it. */
    public boolean servedIn(int termNo) {
        String t = String.valueOf(termNo);
        return term == termNo
                || changes.stream()
                        .anyMatch(c -> c.kind() == MemberChange.Kind.TERM
                                && (t.equals(c.fromValue()) || t.equals(c.toValue())));
    }
}
