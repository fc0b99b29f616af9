package org.tongxin.duty.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.security.Principal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.committee.application.MemberDirectory.MemberRef;
import org.tongxin.committee.application.TableSheet;
import org.tongxin.duty.domain.Category;
import org.tongxin.duty.domain.DutyEntry;
import org.tongxin.duty.domain.DutyLedger;
import org.tongxin.duty.domain.Grade;
import org.tongxin.duty.domain.RuleSet;
import org.tongxin.duty.domain.RuleTerms;
import org.tongxin.duty.domain.VoidKind;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.IntegrationEvent;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * The duty ledger. Acts arrive from other modules ({@link #credit}) or from office staff
 * ({@link #recordManual}); each becomes an entry scored under the organisation's rule set of the act's
 * year. Entries are never edited: voided, and replaced where they still count. Caps and grade bands
 * apply when a year is scored, so the order in which acts arrive never changes a total.
 */
@Stateless
public class DutyServiceBean implements DutyService {

    static final int MAX_BATCH = 1000;
    private static final String MODULE = "committee";

    /** Another system's reference of an act it credits: fits the source key with the account's prefix. */
    private static final java.util.regex.Pattern SYSTEM_REFERENCE =
            java.util.regex.Pattern.compile("[A-Za-z0-9_.:-]{1,60}");

    @Inject
    DutyLedger ledger;

    @Inject
    MemberDirectory members;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @EJB
    RuleSetStarter starter;

    @Inject
    TableSheet sheets;

    @Inject
    OrganisationTime time;

    @Inject
    OrganisationDirectory organisations;

    @Resource
    SessionContext session;

    @Inject
    Event<IntegrationEvent> integration;

    /*
     * credit and withdraw are the sink of other contexts' DutyEvent / DutyWithdrawn (DutyEvents): they run in the
     * transaction of whoever caused the act, a timer or an inbound delivery included, and return no business
     * data. No page or API resource calls them.
     */
    @Override
    @PermitAll
    public void credit(DutyEvent event) {
        if (event == null || event.category() == null || event.source() == null || event.role() == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        MemberRef m = members.member(event.memberId()).orElseThrow(() -> Problem.notFound("member"));
        write(
                m,
                event.occurredOn(),
                event.category().name(),
                event.source(),
                description(event.description()),
                event.role(),
                event.coAuthors(),
                actor());
    }

    @Override
    @PermitAll
    public int withdraw(DutyWithdrawn withdrawn) {
        String reason = reason(withdrawn.reason());
        List<DutyEntry> live = ledger.liveBySource(withdrawn.source().toString());
        live.forEach(e -> {
            e.voidFor(VoidKind.SOURCE, reason, actor(), clock.instant());
            told("voided", e);
        });
        return live.size();
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public List<Long> recordManual(ManualDuty duty) {
        Caller caller = caller();
        Category category = ledger.category(
                        duty.category() == null ? "" : duty.category().strip())
                .filter(c -> c.builtIn() || callers.organisationVisible(caller, c.organisationId()))
                .orElseThrow(() ->
                        Problem.field("category", "invalid-input", "problem.member.unknown-value", duty.category()));
        if (!category.manual()) {
            throw Problem.field("category", "invalid-input", "problem.duty.not-manual");
        }
        LocalDate on = duty.occurredOn();
        if (on == null || on.isAfter(time.today(caller))) {
            throw Problem.field("occurredOn", "invalid-input", "problem.duty.date");
        }
        String description = description(duty.description());
        Set<Long> ids = new LinkedHashSet<>(duty.memberIds() == null ? List.of() : duty.memberIds());
        ids.remove(null);
        if (ids.isEmpty() || ids.size() > MAX_BATCH) {
            throw Problem.field("memberIds", "invalid-input", "problem.duty.members", MAX_BATCH);
        }
        SourceRef source = SourceRef.of(MODULE, "manual", UUID.randomUUID());
        List<Long> entries = new ArrayList<>();
        for (Long id : ids) {
            MemberRef m = member(caller, id);
            entries.add(write(
                            m,
                            on,
                            category.code(),
                            source,
                            description,
                            org.tongxin.duty.application.DutyRole.SOLE,
                            0,
                            caller.username())
                    .id());
        }
        return entries;
    }

    @Override
    @RolesAllowed(Role.REMOTE_DUTY_CODE)
    public SystemCredit creditFromSystem(SystemDuty duty) {
        if (duty == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        Caller caller = caller();
        String reference = duty.reference() == null ? "" : duty.reference().strip();
        if (!SYSTEM_REFERENCE.matcher(reference).matches()) {
            throw Problem.field("reference", "invalid-input", "problem.duty.source");
        }
        MemberRef m = member(caller, duty.memberId());
        Category category = ledger.category(
                        duty.category() == null ? "" : duty.category().strip())
                .filter(c -> c.builtIn() || c.organisationId() == m.organisationId())
                .orElseThrow(() ->
                        Problem.field("category", "invalid-input", "problem.member.unknown-value", duty.category()));
        if (!category.manual()) {
            throw Problem.field("category", "invalid-input", "problem.duty.not-manual");
        }
        LocalDate on = duty.occurredOn();
        if (on == null || on.isAfter(time.today(m.organisationId()))) {
            throw Problem.field("occurredOn", "invalid-input", "problem.duty.date");
        }
        SourceRef source = SourceRef.of("remote", "account-" + caller.accountId(), reference);
        Long before = ledger.live(source.toString(), m.id()).map(DutyEntry::id).orElse(null);
        DutyEntry entry = write(
                m,
                on,
                category.code(),
                source,
                description(duty.description()),
                org.tongxin.duty.application.DutyRole.SOLE,
                0,
                caller.username());
        return new SystemCredit(
                entry.id(),
                m.id(),
                entry.category(),
                entry.points(),
                source.toString(),
                !entry.id().equals(before));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void voidEntry(long entryId, String reason) {
        Caller caller = caller();
        DutyEntry entry = ledger.entry(entryId)
                .filter(e -> callers.organisationVisible(caller, e.organisationId()))
                .orElseThrow(() -> Problem.notFound("duty-entry"));
        entry.voidFor(VoidKind.MANUAL, reason(reason), caller.username(), clock.instant());
        told("voided", entry);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE, Role.REMOTE_DUTY_CODE})
    public DutyRecord record(long memberId, Integer askedYear) {
        Caller caller = caller();
        MemberRef m = member(caller, memberId);
        int year = askedYear == null ? time.year(m.organisationId()) : askedYear;
        boolean own = m.accountId() != null && m.accountId() == caller.accountId();
        if (!own && !caller.hasAnyRole(Role.OFFICE_STAFF, Role.LEADER, Role.REMOTE_DUTY)) {
            throw Problem.forbidden();
        }
        Scoring scoring = scoring(m.organisationId(), year(year));
        Map<String, Integer> events = new LinkedHashMap<>();
        Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
        List<DutyRecord.Entry> entries = new ArrayList<>();
        for (DutyEntry e : ledger.entries(m.id(), year)) {
            if (!e.voided()) {
                events.merge(e.category(), 1, Integer::sum);
                subtotals.merge(e.category(), e.points(), BigDecimal::add);
            }
            entries.add(new DutyRecord.Entry(
                    e.id(),
                    e.occurredOn(),
                    e.category(),
                    e.sourceModule(),
                    e.sourceRef(),
                    e.description(),
                    e.role().name(),
                    e.coAuthors(),
                    e.basePoints(),
                    e.sharePercent(),
                    e.points(),
                    e.ruleSetRevision(),
                    e.recordedAt(),
                    e.recordedBy(),
                    e.voided(),
                    e.voidKind() == null ? null : e.voidKind().name(),
                    e.voidReason(),
                    e.replacesId()));
        }
        List<DutyRecord.CategoryLine> lines = new ArrayList<>();
        subtotals.forEach((c, sub) -> lines.add(new DutyRecord.CategoryLine(
                c, events.get(c), sub, cap(scoring.terms(), c), scoring.terms().counted(c, sub))));
        BigDecimal total = scoring.terms().total(subtotals);
        return new DutyRecord(
                m.id(),
                m.name(),
                m.organisationId(),
                year,
                scoring.revision(),
                total,
                scoring.terms().grade(total).name(),
                lines,
                entries);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.INFO_EDITOR_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE
    })
    public Optional<Long> ownMemberId() {
        return members.ofAccount(caller().accountId()).map(MemberRef::id);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public Optional<DutyStanding> myStanding() {
        return members.ofAccount(caller().accountId()).map(m -> {
            int year = time.year(m.organisationId());
            RuleTerms terms = scoring(m.organisationId(), year(year)).terms();
            Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
            for (DutyEntry e : ledger.entries(m.id(), year)) {
                if (!e.voided()) {
                    subtotals.merge(e.category(), e.points(), BigDecimal::add);
                }
            }
            BigDecimal total = terms.total(subtotals);
            Grade next = terms.nextGrade(total);
            BigDecimal from = next == null ? null : terms.from(next);
            return new DutyStanding(
                    m.id(),
                    year,
                    total,
                    terms.grade(total).name(),
                    next == null ? null : next.name(),
                    from,
                    from == null ? null : from.subtract(total).max(BigDecimal.ZERO));
        });
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public Page<RankingRow> ranking(RankingQuery query, Page.Request request) {
        Caller caller = caller();
        DutyLedger.RankingFilter filter = filter(caller, query);
        Scoring scoring = scoring(filter.organisationId(), filter.year());
        List<DutyLedger.Ranked> ranked = ledger.ranking(filter, scoring.ruleSetId(), request.offset(), request.size());
        // only the names this page shows
        Map<Long, String> committeeNames = members.committeeNames(ranked.stream()
                .map(DutyLedger.Ranked::committeeId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        Map<Long, String> sectorNames = members.sectorNames(ranked.stream()
                .map(DutyLedger.Ranked::sectorId)
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
        List<RankingRow> rows = ranked.stream()
                .map(r -> new RankingRow(
                        r.rank(),
                        r.memberId(),
                        r.name(),
                        r.committeeId(),
                        r.committeeId() == null ? null : committeeNames.get(r.committeeId()),
                        r.sectorId(),
                        r.sectorId() == null ? null : sectorNames.get(r.sectorId()),
                        r.total(),
                        scoring.terms().grade(r.total()).name()))
                .toList();
        return new Page<>(rows, request.page(), request.size(), ledger.rankingCount(filter));
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public byte[] exportRanking(RankingQuery query, List<String> headers, Map<String, String> gradeNames) {
        List<List<Object>> rows = new ArrayList<>();
        int page = 0;
        Page<RankingRow> p;
        do {
            p = ranking(query, new Page.Request(page++, Page.Request.MAX_SIZE));
            for (RankingRow r : p.items()) {
                rows.add(java.util.Arrays.asList(
                        r.rank(),
                        r.name(),
                        r.committeeName(),
                        r.sectorName(),
                        r.total(),
                        gradeNames.getOrDefault(r.grade(), r.grade())));
            }
        } while ((long) page * Page.Request.MAX_SIZE < p.total());
        return sheets.write(String.valueOf(query.year()), headers, rows);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public Map<String, Long> grades(RankingQuery query) {
        DutyLedger.RankingFilter filter = filter(caller(), query);
        Scoring scoring = scoring(filter.organisationId(), filter.year());
        Map<String, Long> result = new LinkedHashMap<>();
        ledger.gradeCounts(filter, scoring.ruleSetId(), scoring.terms()).forEach((g, n) -> result.put(g.name(), n));
        return result;
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public Map<String, Long> gradesOfVisibleOrganisations(int year) {
        List<Long> ids = organisations.matching(caller().visible().pathPattern()).stream()
                .map(OrganisationSummary::id)
                .toList();
        Map<String, Long> result = new LinkedHashMap<>();
        ledger.gradeCounts(ids, year(year), RuleTerms.defaults()).forEach((g, n) -> result.put(g.name(), n));
        return result;
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public RuleSetDetails ruleSet(long organisationId, int year) {
        organisation(caller(), organisationId);
        Optional<RuleSet> rs = ledger.ruleSet(organisationId, year(year));
        RuleTerms t = scoring(organisationId, year).terms();
        List<RuleSetDetails.Line> lines = new ArrayList<>();
        t.lines()
                .forEach((c, l) -> lines.add(new RuleSetDetails.Line(c.name(), c.manual(), l.points(), l.annualCap())));
        t.custom().forEach((c, l) -> lines.add(new RuleSetDetails.Line(c, true, l.points(), l.annualCap())));
        return new RuleSetDetails(
                organisationId,
                year,
                rs.map(RuleSet::revision).orElse(0),
                t.firstAuthorPercent(),
                t.excellentFrom(),
                t.goodFrom(),
                t.competentFrom(),
                lines,
                rs.map(RuleSet::updatedAt).orElse(null),
                rs.map(RuleSet::updatedBy).orElse(null));
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public RecomputePreview preview(long organisationId, int year, RuleTerms terms) {
        organisation(caller(), organisationId);
        Scoring current = scoring(organisationId, year(year));
        Recomputation r = recompute(organisationId, year, current.terms(), complete(current.terms(), required(terms)));
        return new RecomputePreview(
                organisationId,
                year,
                current.revision(),
                current.revision() + 1,
                r.rescored().size(),
                r.diffs(),
                false);
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public RecomputePreview saveRuleSet(long organisationId, int year, RuleTerms terms, int expectedRevision) {
        Caller caller = caller();
        organisation(caller, organisationId);
        year(year);
        terms = complete(scoring(organisationId, year).terms(), required(terms));
        Optional<RuleSet> existing = ledger.ruleSet(organisationId, year);
        int current = existing.map(RuleSet::revision).orElse(0);
        if (current != expectedRevision) {
            throw Problem.conflict("stale-rule-set", "problem.rules.stale", current);
        }
        if (existing.isEmpty()) {
            // no rule set, so no entry yet: nothing to score again
            RuleSet created = new RuleSet(organisationId, year, terms, caller.username(), clock.instant());
            ledger.add(created);
            return new RecomputePreview(organisationId, year, 0, created.revision(), 0, List.of(), true);
        }
        RuleSet rs = existing.get();
        Recomputation r = recompute(organisationId, year, rs.terms(ownLines(organisationId)), terms);
        rs.revise(terms, caller.username(), clock.instant());
        String reason = "rule-set revision " + rs.revision();
        for (Rescored x : r.rescored()) {
            x.entry().voidFor(VoidKind.RECOMPUTED, reason, caller.username(), clock.instant());
            told("voided", x.entry());
        }
        ledger.flush();
        for (Rescored x : r.rescored()) {
            DutyEntry again = new DutyEntry(
                    x.entry().act(),
                    rs,
                    x.award(),
                    caller.username(),
                    clock.instant(),
                    x.entry().id());
            ledger.add(again);
            told("credited", again);
        }
        return new RecomputePreview(
                organisationId, year, current, rs.revision(), r.rescored().size(), r.diffs(), true);
    }

    // --- scoring ----------------------------------------------------------------------------------

    /** The terms a year is scored under, with the id and revision of the rule set that holds them. */
    private record Scoring(long ruleSetId, int revision, RuleTerms terms) implements java.io.Serializable {}

    private Scoring scoring(long organisationId, int year) {
        Map<String, RuleTerms.Line> own = ownLines(organisationId);
        return ledger.ruleSet(organisationId, year)
                .map(rs -> new Scoring(rs.id(), rs.revision(), rs.terms(own)))
                .orElseGet(() -> new Scoring(-1L, 0, RuleTerms.defaults().withCustom(own)));
    }

    /** The standard lines of the organisation's own categories, retired ones too (their entries still count). */
    private Map<String, RuleTerms.Line> ownLines(long organisationId) {
        Map<String, RuleTerms.Line> own = new LinkedHashMap<>();
        for (Category c : ledger.categories(organisationId)) {
            if (!c.builtIn()) {
                own.put(c.code(), c.line());
            }
        }
        return own;
    }

    /**
     * The terms a client sent, completed for the organisation: each of its own categories takes the line sent for
     * it (checked with the category's sign) or keeps its current one; a line for a category not its own is refused.
     */
    private static RuleTerms complete(RuleTerms current, RuleTerms sent) {
        for (String code : sent.custom().keySet()) {
            if (!current.custom().containsKey(code)) {
                throw Problem.field("rules." + code, "invalid-rule-set", "problem.member.unknown-value", code);
            }
        }
        Map<String, RuleTerms.Line> own = new LinkedHashMap<>();
        current.custom().forEach((code, line) -> {
            RuleTerms.Line given = sent.custom().get(code);
            own.put(
                    code,
                    given == null ? line : new RuleTerms.Line(given.points(), given.annualCap(), line.deduction()));
        });
        return sent.withCustom(own);
    }

    private static BigDecimal cap(RuleTerms terms, String category) {
        RuleTerms.Line line = terms.line(category);
        return line == null ? null : line.annualCap();
    }

    private record Rescored(DutyEntry entry, RuleTerms.Award award) implements java.io.Serializable {}

    private record Recomputation(List<Rescored> rescored, List<RecomputePreview.MemberDiff> diffs)
            implements java.io.Serializable {}

    /** Scores the year's standing entries under both terms; lists the entries and the members that change. */
    private Recomputation recompute(long organisationId, int year, RuleTerms before, RuleTerms after) {
        Map<Long, Map<String, BigDecimal>> oldSub = new HashMap<>();
        Map<Long, Map<String, BigDecimal>> newSub = new HashMap<>();
        List<Rescored> rescored = new ArrayList<>();
        for (DutyEntry e : ledger.liveEntries(organisationId, year)) {
            RuleTerms.Award award = after.award(e.category(), e.role(), e.coAuthors());
            oldSub.computeIfAbsent(e.memberId(), k -> new LinkedHashMap<>())
                    .merge(e.category(), e.points(), BigDecimal::add);
            newSub.computeIfAbsent(e.memberId(), k -> new LinkedHashMap<>())
                    .merge(e.category(), award.points(), BigDecimal::add);
            if (award.points().compareTo(e.points()) != 0
                    || award.basePoints().compareTo(e.basePoints()) != 0
                    || award.sharePercent().compareTo(e.sharePercent()) != 0) {
                rescored.add(new Rescored(e, award));
            }
        }
        Map<Long, String> names = new LinkedHashMap<>(members.activeNames(organisationId));
        for (Long id : oldSub.keySet()) {
            names.computeIfAbsent(
                    id, k -> members.member(k).map(MemberRef::name).orElse("#" + k));
        }
        List<RecomputePreview.MemberDiff> diffs = new ArrayList<>();
        names.forEach((id, name) -> {
            BigDecimal oldTotal = before.total(oldSub.getOrDefault(id, Map.of()));
            BigDecimal newTotal = after.total(newSub.getOrDefault(id, Map.of()));
            Grade oldGrade = before.grade(oldTotal);
            Grade newGrade = after.grade(newTotal);
            if (oldTotal.compareTo(newTotal) != 0 || oldGrade != newGrade) {
                diffs.add(new RecomputePreview.MemberDiff(
                        id, name, oldTotal, newTotal, oldGrade.name(), newGrade.name()));
            }
        });
        diffs.sort(Comparator.comparing((RecomputePreview.MemberDiff d) ->
                        d.newTotal().subtract(d.oldTotal()).abs())
                .reversed()
                .thenComparing(RecomputePreview.MemberDiff::memberId));
        return new Recomputation(rescored, diffs);
    }

    // --- writing ----------------------------------------------------------------------------------

    private DutyEntry write(
            MemberRef m,
            LocalDate on,
            String category,
            SourceRef source,
            String description,
            org.tongxin.duty.application.DutyRole role,
            int coAuthors,
            String by) {
        if (on == null) {
            throw Problem.field("occurredOn", "invalid-input", "problem.duty.date");
        }
        int year = year(on.getYear());
        if (!RuleTerms.builtIn(category)) {
            Category own = ledger.category(category)
                    .filter(c -> m.organisationId() == c.organisationId())
                    .orElseThrow(
                            () -> Problem.field("category", "invalid-input", "problem.member.unknown-value", category));
            if (own.retired()) {
                throw Problem.field("category", "invalid-input", "problem.category.retired", own.nameZh());
            }
        }
        RuleSet rs = ruleSetForWriting(m.organisationId(), year);
        DutyEntry.Act act =
                new DutyEntry.Act(m.organisationId(), m.id(), on, category, source, description, role, coAuthors);
        RuleTerms.Award award = rs.terms(ownLines(m.organisationId())).award(category, role, coAuthors);
        Long replaces = null;
        Optional<DutyEntry> standing = ledger.live(source.toString(), m.id());
        if (standing.isPresent()) {
            if (standing.get().act().equals(act)) {
                return standing.get(); // the same act again: nothing changes
            }
            standing.get().voidFor(VoidKind.SOURCE, "superseded", by, clock.instant());
            told("voided", standing.get());
            ledger.flush();
            replaces = standing.get().id();
        }
        DutyEntry entry = new DutyEntry(act, rs, award, by, clock.instant(), replaces);
        ledger.add(entry);
        told("credited", entry);
        return entry;
    }

    /**
     * Tells other systems of a ledger entry credited or voided (docs/integration.md): its subject is the entry, its
     * events go out in order per member.
     */
    private void told(String what, DutyEntry e) {
        integration.fire(new IntegrationEvent(
                "cn.tongxin.duty.entry." + what,
                "duty-entry/" + e.id(),
                e.organisationId(),
                "member/" + e.memberId(),
                IntegrationEvent.fields(
                        "entryId", e.id(),
                        "memberId", e.memberId(),
                        "occurredOn", e.occurredOn().toString(),
                        "category", e.category(),
                        "source", e.sourceRef(),
                        "role", e.role() == null ? null : e.role().name(),
                        "points", e.points(),
                        "description", e.description(),
                        "replaces", e.replacesId(),
                        "voidReason", e.voidReason())));
    }

    private RuleSet ruleSetForWriting(long organisationId, int year) {
        Optional<RuleSet> rs = ledger.ruleSet(organisationId, year);
        if (rs.isPresent()) {
            return rs.get();
        }
        try {
            starter.start(organisationId, year);
        } catch (EJBException e) {
            // another transaction started the year at the same moment; its rule set is read below
        }
        return ledger.ruleSet(organisationId, year).orElseThrow(() -> new IllegalStateException("no rule set"));
    }

    // --- checks -----------------------------------------------------------------------------------

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }

    /** A member of an organisation the caller may see; any other is "not found", so that its existence stays private. */
    private MemberRef member(Caller caller, long id) {
        return members.member(id)
                .filter(m -> callers.organisationVisible(caller, m.organisationId()))
                .orElseThrow(() -> Problem.notFound("member"));
    }

    private void organisation(Caller caller, long organisationId) {
        if (!callers.organisationVisible(caller, organisationId)) {
            throw Problem.notFound("organisation");
        }
    }

    private String actor() {
        Principal p = session.getCallerPrincipal();
        return p == null || "anonymous".equals(p.getName()) ? "system" : p.getName();
    }

    private DutyLedger.RankingFilter filter(Caller caller, RankingQuery query) {
        organisation(caller, query.organisationId());
        return new DutyLedger.RankingFilter(
                query.organisationId(), year(query.year()), query.committeeId(), query.sectorId());
    }

    private static int year(int year) {
        if (year < 2000 || year > 2100) {
            throw Problem.field("year", "invalid-input", "problem.duty.year");
        }
        return year;
    }

    private static RuleTerms required(RuleTerms terms) {
        if (terms == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return terms;
    }

    private static String description(String text) {
        String d = text == null ? "" : text.strip();
        if (d.isEmpty() || d.length() > 200) {
            throw Problem.field("description", "invalid-input", "problem.duty.description");
        }
        return d;
    }

    private static String reason(String text) {
        String r = text == null ? "" : text.strip();
        if (r.isEmpty() || r.length() > 200) {
            throw Problem.field("reason", "invalid-input", "problem.duty.reason");
        }
        return r;
    }
}
