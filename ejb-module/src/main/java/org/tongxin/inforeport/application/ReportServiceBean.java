package org.tongxin.inforeport.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.DutyWithdrawn;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.inforeport.domain.Adoption;
import org.tongxin.inforeport.domain.CombinedSource;
import org.tongxin.inforeport.domain.Draft;
import org.tongxin.inforeport.domain.Instruction;
import org.tongxin.inforeport.domain.MoveFacts;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAction;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.inforeport.domain.ReportVersion;
import org.tongxin.inforeport.domain.TextDiff;
import org.tongxin.inforeport.domain.Transition;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.CallerNames;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.IntegrationEvent;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * Reports: the workflow moves and the reading of one report. Each move locks the report's row, checks the caller's part (an author of the report; an
 * information editor of the organisation that holds it) and the state machine, makes the move, appends
 * it to the path, and fires the duty events it earns, all in one transaction. Which moves are open is the
 * report's own rule ({@link Report#refusal}); the detail is assembled apart ({@link ReportDetailAssembly}),
 * forwarding up too ({@link ReportForwarding}); lists and search are {@link ReportSearchServiceBean},
 * attachments {@link ReportAttachmentServiceBean}.
 */
@Stateless
public class ReportServiceBean implements ReportService {

    @Inject
    ReportRepository reports;

    @Inject
    ReportAccess access;

    @Inject
    ReportSurroundings surroundings;

    @Inject
    ReportForwarding forwarding;

    @Inject
    ReportDetailAssembly details;

    @Inject
    ReportNotices notices;

    @Inject
    MemberDirectory directory;

    @Inject
    Callers callers;

    @Inject
    CallerNames callerNames;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Inject
    Event<DutyWithdrawn> dutyWithdrawn;

    @Inject
    Event<IntegrationEvent> integration;

    @Inject
    ReportCredits credits;

    @EJB
    DutyService dutyService;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<TopicSummary> topics() {
        long org = caller().visible().ownId();
        Set<String> hidden = reports.hiddenTopics(org);
        return reports.topics(org).stream()
                .filter(t -> usable(t, hidden))
                .map(t -> new TopicSummary(t.code(), t.nameZh(), t.nameEn()))
                .toList();
    }

    /** A topic new reports of an organisation may take: active, and (when global) not hidden there. */
    private static boolean usable(org.tongxin.inforeport.domain.Topic t, Set<String> hidden) {
        return t.active() && !(t.global() && hidden.contains(t.code()));
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ReportDetails create(NewReport asked) {
        Caller caller = caller();
        if (asked == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        Draft draft = new Draft(asked.title(), asked.body(), asked.proposals(), asked.topic());
        requireTopic(draft.topic(), caller.visible().ownId(), null);
        MemberDirectory.MemberRef me = directory.member(ownMemberId()).orElseThrow();
        organisations.requireOpen(me.organisationId());
        List<MemberDirectory.MemberRef> authors = authors(me, asked.coAuthors());
        Report report = new Report(me.organisationId(), caller.accountId(), draft, time.now());
        if (asked.sourcePoint() != null) {
            MemberDirectory.PointRef point = directory
                    .assignedPoint(me.id(), asked.sourcePoint())
                    .orElseThrow(
                            () -> Problem.field("sourcePoint", "invalid-source-point", "problem.report.source-point"));
            report.comesFrom(point.id(), point.label());
        }
        reports.add(report);
        reports.flush();
        for (int i = 0; i < authors.size(); i++) {
            MemberDirectory.MemberRef a = authors.get(i);
            reports.add(new ReportAuthor(report, i, a.id(), a.accountId(), a.name()));
        }
        reports.add(new ReportVersion(report, 1, ReportVersion.Kind.AUTHOR, caller.username(), time.now()));
        record(report, report.organisationId(), ReportAction.CREATE, null, caller, null);
        reports.flush();
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public List<ReportDetails.Source> myPoints() {
        return directory.pointsOf(ownMemberId()).stream()
                .map(p -> new ReportDetails.Source(p.id(), p.label(), p.groupId(), p.groupName()))
                .toList();
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ReportDetails revise(long id, Draft draft) {
        Caller caller = caller();
        Report report = access.asFirstAuthor(caller, id);
        ReportState before = report.move(ReportAction.REVISE, time.now());
        requireTopic(draft.topic(), report.organisationId(), report.topic());
        report.write(draft, time.now());
        reports.add(new ReportVersion(
                report, reports.versions(id).size() + 1, ReportVersion.Kind.AUTHOR, caller.username(), time.now()));
        record(report, report.organisationId(), ReportAction.REVISE, before, caller, null);
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ReportDetails submit(long id) {
        Caller caller = caller();
        Report report = access.asFirstAuthor(caller, id);
        organisations.requireOpen(report.organisationId());
        boolean first = report.submittedAt() == null;
        ReportState before = report.move(ReportAction.SUBMIT, time.now());
        record(report, report.organisationId(), ReportAction.SUBMIT, before, caller, null);
        if (first) {
            credit(report, DutyCategory.INFO_SUBMITTED, SourceRef.of("inforeport", "submitted", report.id()));
        }
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.REMOTE_REPORTS_CODE)
    public SubmittedReport submitFor(long memberId, NewReport asked) {
        Caller caller = caller();
        if (asked == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        MemberDirectory.MemberRef author = directory
                .member(memberId)
                .filter(m -> callers.organisationVisible(caller, m.organisationId()))
                .orElseThrow(() -> Problem.notFound("member"));
        Draft draft = new Draft(asked.title(), asked.body(), asked.proposals(), asked.topic());
        requireTopic(draft.topic(), author.organisationId(), null);
        organisations.requireOpen(author.organisationId());
        List<MemberDirectory.MemberRef> authors = authors(author, asked.coAuthors());
        Report report = new Report(author.organisationId(), caller.accountId(), draft, time.now());
        reports.add(report);
        reports.flush();
        for (int i = 0; i < authors.size(); i++) {
            MemberDirectory.MemberRef a = authors.get(i);
            reports.add(new ReportAuthor(report, i, a.id(), a.accountId(), a.name()));
        }
        reports.add(new ReportVersion(report, 1, ReportVersion.Kind.AUTHOR, caller.username(), time.now()));
        record(report, report.organisationId(), ReportAction.CREATE, null, caller, null);
        ReportState before = report.move(ReportAction.SUBMIT, time.now());
        record(report, report.organisationId(), ReportAction.SUBMIT, before, caller, null);
        credit(report, DutyCategory.INFO_SUBMITTED, SourceRef.of("inforeport", "submitted", report.id()));
        reports.flush();
        return new SubmittedReport(report.id(), report.state().name(), report.organisationId(), report.submittedAt());
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportDetails startEditing(long id) {
        return editorMove(id, ReportAction.START_EDITING, null);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportDetails combine(List<Long> sourceIds, Draft draft) {
        Caller caller = caller();
        Set<Long> ids = new LinkedHashSet<>(sourceIds == null ? List.of() : sourceIds);
        if (ids.size() < 2) {
            throw Problem.field("sources", "too-few-sources", "problem.report.combine-sources");
        }
        if (draft == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        requireTopic(draft.topic(), caller.visible().ownId(), null);
        List<Report> sources = new ArrayList<>();
        for (long id : ids) {
            Report source = access.asEditor(caller, id);
            source.check(ReportAction.MERGE, MoveFacts.NONE);
            sources.add(source);
        }
        Report combined = Report.combined(caller.visible().ownId(), caller.accountId(), draft, time.now());
        reports.add(combined);
        reports.flush();
        Set<Long> members = new LinkedHashSet<>();
        int position = 0;
        for (Report source : sources) {
            ReportAuthor first = reports.authors(source.id()).get(0);
            if (members.add(first.memberId())) {
                reports.add(new ReportAuthor(
                        combined, position++, first.memberId(), first.accountId(), first.memberName()));
            }
        }
        reports.add(new ReportVersion(combined, 1, ReportVersion.Kind.EDITOR, caller.username(), time.now()));
        record(
                combined,
                combined.organisationId(),
                ReportAction.COMBINE,
                null,
                caller,
                String.join(", ", sources.stream().map(r -> "#" + r.id()).toList()));
        for (int i = 0; i < sources.size(); i++) {
            Report source = sources.get(i);
            ReportState before = source.move(ReportAction.MERGE, time.now());
            record(source, source.currentOrganisationId(), ReportAction.MERGE, before, caller, "#" + combined.id());
            reports.add(new CombinedSource(combined, source, i));
        }
        reports.flush();
        return detail(combined, caller);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportDetails edit(long id, Draft draft) {
        Caller caller = caller();
        Report report = access.asEditor(caller, id);
        ReportState before = report.move(ReportAction.EDIT, time.now());
        requireTopic(draft.topic(), caller.visible().ownId(), report.topic());
        report.write(draft, time.now());
        reports.add(new ReportVersion(
                report, reports.versions(id).size() + 1, ReportVersion.Kind.EDITOR, caller.username(), time.now()));
        record(report, report.currentOrganisationId(), ReportAction.EDIT, before, caller, null);
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportDetails returnToAuthor(long id, String note) {
        // a combined report is not returned: the report's own rule (Report#refusal)
        ReportDetails d = editorMove(id, ReportAction.RETURN, required(note, "note"));
        notices.tellAuthors(id, "notice.report.returned", note);
        return d;
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportDetails decline(long id, String reason) {
        ReportDetails d = editorMove(id, ReportAction.DECLINE, required(reason, "reason"));
        notices.tellAuthors(id, "notice.report.declined", reason);
        return d;
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportDetails adopt(long id) {
        Caller caller = caller();
        Report report = access.asEditor(caller, id);
        ReportState before = report.move(ReportAction.ADOPT, time.now());
        OrganisationSummary level =
                organisations.find(report.currentOrganisationId()).orElseThrow();
        reports.add(new Adoption(report, level.id(), level.level(), caller.username(), time.now()));
        record(report, level.id(), ReportAction.ADOPT, before, caller, null);
        credit(
                report,
                switch (level.level()) {
                    case COUNTY -> DutyCategory.INFO_ADOPTED_COUNTY;
                    case CITY -> DutyCategory.INFO_ADOPTED_CITY;
                    case PROVINCE -> DutyCategory.INFO_ADOPTED_PROVINCE;
                },
                adoptionSource(report.id(), level.id()));
        notices.tellAuthors(id, "notice.report.adopted", level.name());
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportDetails forward(long id) {
        Caller caller = caller();
        Report report = access.asEditor(caller, id);
        ReportState before = report.state();
        // forwarding needs a route or a parent, and happens once: the report's own rule (Report#refusal)
        ReportForwarding.Forwarded done = forwarding.forward(report, surroundings.facts(report, caller), time.now());
        record(report, done.from(), ReportAction.FORWARD, before, caller, done.note());
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportDetails instruct(long id, Instruction.Facts facts) {
        Caller caller = caller();
        Report report = access.asEditor(caller, id);
        // an instruction needs a standing adoption: the report's own rule (Report#refusal)
        report.check(ReportAction.INSTRUCT, surroundings.facts(report, caller));
        if (facts == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        Instruction instruction = new Instruction(report, facts, caller.username(), time.now());
        reports.add(instruction);
        reports.flush();
        record(
                report,
                report.currentOrganisationId(),
                ReportAction.INSTRUCT,
                report.state(),
                caller,
                facts.leaderName());
        credit(
                report,
                switch (facts.level()) {
                    case COUNTY -> DutyCategory.INSTRUCTION_COUNTY;
                    case CITY -> DutyCategory.INSTRUCTION_CITY;
                    case PROVINCE -> DutyCategory.INSTRUCTION_PROVINCE;
                    case NATIONAL -> DutyCategory.INSTRUCTION_NATIONAL;
                },
                SourceRef.of("inforeport", "instruction", instruction.id()),
                facts.givenOn());
        notices.tellAuthors(id, "notice.report.instructed", facts.leaderName());
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportDetails voidAdoption(long id, String reason) {
        Caller caller = caller();
        Report report = access.visible(caller, id);
        long mine = caller.visible().ownId();
        report.check(ReportAction.VOID_ADOPTION, surroundings.facts(report, caller));
        Adoption adoption = reports.adoptions(id).stream()
                .filter(a -> a.organisationId() == mine && a.standing())
                .findFirst()
                .orElseThrow(() -> Problem.conflict("not-adopted", "problem.report.not-adopted"));
        adoption.voidFor(reason, time.now());
        reports.lock(id).touch(time.now());
        record(report, mine, ReportAction.VOID_ADOPTION, report.state(), caller, adoption.voidReason());
        dutyWithdrawn.fire(new DutyWithdrawn(adoptionSource(id, mine), reason));
        return detail(report, caller);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public ReportDetails report(long id) {
        Caller caller = caller();
        return detail(access.visible(caller, id), caller);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<ReportStepRow> trace(long id) {
        Caller caller = caller();
        access.visible(caller, id);
        Map<Long, String> names = new HashMap<>();
        return reports.transitions(id).stream()
                .map(t -> new ReportStepRow(
                        t.occurredAt(),
                        t.organisationId(),
                        name(names, t.organisationId()),
                        t.action().name(),
                        t.fromState() == null ? null : t.fromState().name(),
                        t.toState().name(),
                        t.actor(),
                        t.actorName(),
                        t.note()))
                .toList();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<DiffLineRow> changes(long id) {
        Caller caller = caller();
        Report report = access.visible(caller, id);
        List<ReportVersion> versions = reports.versions(id);
        ReportVersion lastByAuthor = versions.stream()
                .filter(v -> v.kind() == ReportVersion.Kind.AUTHOR)
                .reduce((a, b) -> b)
                .orElseThrow();
        return TextDiff.between(
                        lastByAuthor.draft(report.topic()).lines(),
                        report.draft().lines())
                .stream()
                .map(l -> new DiffLineRow(l.kind().name(), l.text()))
                .toList();
    }

    // --- moves ------------------------------------------------------------------------------------

    private ReportDetails editorMove(long id, ReportAction action, String note) {
        Caller caller = caller();
        Report report = access.asEditor(caller, id);
        ReportState before = report.move(action, time.now());
        record(report, report.currentOrganisationId(), action, before, caller, note);
        return detail(report, caller);
    }

    private void record(
            Report report, long organisationId, ReportAction action, ReportState before, Caller caller, String note) {
        String name = callerNames.displayName(session.getCallerPrincipal());
        reports.add(new Transition(report, organisationId, action, before, caller.username(), name, note, time.now()));
        String type = switch (action) {
            case SUBMIT -> "submitted";
            case ADOPT -> "adopted";
            case FORWARD -> "forwarded";
            case INSTRUCT -> "instructed";
            default -> null;
        };
        if (type != null) {
            // other systems hear of it once the change commits (docs/integration.md)
            integration.fire(IntegrationEvent.of(
                    "cn.tongxin.report." + type,
                    "report",
                    report.id(),
                    report.organisationId(),
                    IntegrationEvent.fields(
                            "reportId", report.id(),
                            "title", report.title(),
                            "topic", report.topic(),
                            "state", report.state().name(),
                            "atOrganisationId", organisationId,
                            "currentOrganisationId", report.currentOrganisationId(),
                            "by", caller.username(),
                            "note", note)));
        }
    }

    /** Each author earns the act: the first author the first author's share, co-authors theirs. */
    private void credit(Report report, DutyCategory category, SourceRef source) {
        // dated in the calendar of the organisation the report was written in
        credit(report, category, source, time.day(time.now(), report.organisationId()));
    }

    private void credit(Report report, DutyCategory category, SourceRef source, LocalDate on) {
        credits.credit(report, category, source, on);
    }

    private static SourceRef adoptionSource(long reportId, long organisationId) {
        return SourceRef.of("inforeport", "adopted", reportId + "-" + organisationId);
    }

    private ReportDetails detail(Report report, Caller caller) {
        return details.of(report, caller);
    }

    private String name(Map<Long, String> cache, long id) {
        return cache.computeIfAbsent(id, organisations::name);
    }

    /**
     * A topic the organisation's new reports may take, or the one the report already has (a topic retired or hidden
     * since stays on the reports filed under it).
     */
    private void requireTopic(String code, long organisationId, String current) {
        if (code != null && code.equals(current)) {
            return;
        }
        Set<String> hidden = reports.hiddenTopics(organisationId);
        if (reports.topic(code)
                .filter(t -> t.global() || t.organisationId() == organisationId)
                .filter(t -> usable(t, hidden))
                .isEmpty()) {
            throw Problem.field("topic", "invalid-topic", "problem.report.topic");
        }
    }

    private static String required(String text, String field) {
        if (text == null || text.isBlank()) {
            throw Problem.field(field, "required", "problem.required");
        }
        if (text.strip().length() > 1000) {
            throw Problem.field(field, "too-long", "problem.text.too-long", 1000);
        }
        return text.strip();
    }

    private long ownMemberId() {
        return dutyService
                .ownMemberId()
                .orElseThrow(
                        () -> new Problem(Problem.Kind.FORBIDDEN, "not-a-member", "problem.activity.not-a-member"));
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }

    /** The first author and the co-authors named, each once and of the first author's organisation. */
    private List<MemberDirectory.MemberRef> authors(MemberDirectory.MemberRef first, List<Long> coAuthors) {
        List<MemberDirectory.MemberRef> authors = new ArrayList<>(List.of(first));
        Set<Long> seen = new LinkedHashSet<>(List.of(first.id()));
        for (Long id : coAuthors == null ? List.<Long>of() : coAuthors) {
            MemberDirectory.MemberRef co = id == null
                    ? null
                    : directory
                            .member(id)
                            .filter(m -> m.organisationId() == first.organisationId())
                            .orElse(null);
            if (co == null || !seen.add(co.id())) {
                throw Problem.field("coAuthors", "invalid-co-author", "problem.report.co-author");
            }
            authors.add(co);
        }
        return authors;
    }
}
