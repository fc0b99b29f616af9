package org.tongxin.inforeport.application;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;

import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.DutyWithdrawn;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.inforeport.domain.Adoption;
import org.tongxin.inforeport.domain.Draft;
import org.tongxin.inforeport.domain.Instruction;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAction;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportQuery;
import org.tongxin.inforeport.domain.ReportRepository;
import org.tongxin.inforeport.domain.ReportSearch;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.inforeport.domain.ReportVersion;
import org.tongxin.inforeport.domain.TextDiff;
import org.tongxin.inforeport.domain.Transition;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.NotificationService;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/**
 * Reports. Each move locks the report's row, checks the caller's part (an author of the report; an
 * information editor of the organisation that holds it) and the state machine, makes the move, appends
 * it to the path, and fires the duty events it earns, all in one transaction.
 */
@Stateless
public class ReportServiceBean implements ReportService {

    private static final ZoneId ZONE = ZoneId.of(Organisation.DEFAULT_TIME_ZONE);

    @Inject
    ReportRepository reports;
    @EJB
    ReportSearch search;
    @Inject
    OrganisationRepository organisations;
    @Inject
    MemberDirectory directory;
    @Inject
    Callers callers;
    @Inject
    Clock clock;
    @Inject
    FileStore files;
    @jakarta.persistence.PersistenceContext(unitName = "tongxin")
    jakarta.persistence.EntityManager em;
    @Inject
    Event<DutyWithdrawn> dutyWithdrawn;
    @Inject
    ReportCredits credits;
    @EJB
    DutyService dutyService;
    @EJB
    NotificationService notifications;
    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<ReportViews.Topic> topics() {
        return reports.topics().stream().map(t -> new ReportViews.Topic(t.code(), t.nameZh(), t.nameEn())).toList();
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ReportViews.Detail create(NewReport asked) {
        Caller caller = caller();
        if (asked == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        Draft draft = new Draft(asked.title(), asked.body(), asked.proposals(), asked.topic());
        requireTopic(draft.topic());
        MemberDirectory.MemberRef me = directory.member(ownMemberId()).orElseThrow();
        List<MemberDirectory.MemberRef> authors = new ArrayList<>(List.of(me));
        Set<Long> seen = new LinkedHashSet<>(List.of(me.id()));
        for (Long id : asked.coAuthors() == null ? List.<Long>of() : asked.coAuthors()) {
            MemberDirectory.MemberRef co = id == null ? null : directory.member(id).filter(m -> m.organisationId() == me.organisationId())
                    .orElse(null);
            if (co == null || !seen.add(co.id())) {
                throw Problem.field("coAuthors", "invalid-co-author", "problem.report.co-author");
            }
            authors.add(co);
        }
        Report report = new Report(me.organisationId(), caller.accountId(), draft, clock.instant());
        if (asked.sourcePoint() != null) {
            MemberDirectory.PointRef point = directory.assignedPoint(me.id(), asked.sourcePoint())
                    .orElseThrow(() -> Problem.field("sourcePoint", "invalid-source-point", "problem.report.source-point"));
            report.comesFrom(point.id(), point.label());
        }
        reports.add(report);
        reports.flush();
        for (int i = 0; i < authors.size(); i++) {
            MemberDirectory.MemberRef a = authors.get(i);
            reports.add(new ReportAuthor(report, i, a.id(), a.accountId(), a.name()));
        }
        reports.add(new ReportVersion(report, 1, ReportVersion.Kind.AUTHOR, caller.username(), clock.instant()));
        record(report, report.organisationId(), ReportAction.CREATE, null, caller, null);
        reports.flush();
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public List<ReportViews.Source> myPoints() {
        return directory.pointsOf(ownMemberId()).stream()
                .map(p -> new ReportViews.Source(p.id(), p.label(), p.groupId(), p.groupName())).toList();
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ReportViews.Detail revise(long id, Draft draft) {
        Caller caller = caller();
        Report report = asFirstAuthor(caller, id);
        ReportState before = report.move(ReportAction.REVISE, clock.instant());
        requireTopic(draft.topic());
        report.write(draft, clock.instant());
        reports.add(new ReportVersion(report, reports.versions(id).size() + 1, ReportVersion.Kind.AUTHOR, caller.username(), clock.instant()));
        record(report, report.organisationId(), ReportAction.REVISE, before, caller, null);
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ReportViews.Detail submit(long id) {
        Caller caller = caller();
        Report report = asFirstAuthor(caller, id);
        boolean first = report.submittedAt() == null;
        ReportState before = report.move(ReportAction.SUBMIT, clock.instant());
        record(report, report.organisationId(), ReportAction.SUBMIT, before, caller, null);
        if (first) {
            credit(report, DutyCategory.INFO_SUBMITTED, SourceRef.of("inforeport", "submitted", report.id()));
        }
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportViews.Detail startEditing(long id) {
        return editorMove(id, ReportAction.START_EDITING, null);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportViews.Detail combine(List<Long> sourceIds, Draft draft) {
        Caller caller = caller();
        Set<Long> ids = new LinkedHashSet<>(sourceIds == null ? List.of() : sourceIds);
        if (ids.size() < 2) {
            throw Problem.field("sources", "too-few-sources", "problem.report.combine-sources");
        }
        if (draft == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        requireTopic(draft.topic());
        List<Report> sources = new ArrayList<>();
        for (long id : ids) {
            Report source = asEditor(caller, id);
            if (!ReportAction.MERGE.allowedFrom(source.state())) {
                throw Problem.conflict("wrong-state", "problem.report.wrong-state");
            }
            sources.add(source);
        }
        Report combined = Report.combined(caller.visible().ownId(), caller.accountId(), draft, clock.instant());
        reports.add(combined);
        reports.flush();
        Set<Long> members = new LinkedHashSet<>();
        int position = 0;
        for (Report source : sources) {
            ReportAuthor first = reports.authors(source.id()).get(0);
            if (members.add(first.memberId())) {
                reports.add(new ReportAuthor(combined, position++, first.memberId(), first.accountId(), first.memberName()));
            }
        }
        reports.add(new ReportVersion(combined, 1, ReportVersion.Kind.EDITOR, caller.username(), clock.instant()));
        record(combined, combined.organisationId(), ReportAction.COMBINE, null, caller,
                String.join(", ", sources.stream().map(r -> "#" + r.id()).toList()));
        for (int i = 0; i < sources.size(); i++) {
            Report source = sources.get(i);
            ReportState before = source.move(ReportAction.MERGE, clock.instant());
            record(source, source.currentOrganisationId(), ReportAction.MERGE, before, caller, "#" + combined.id());
            reports.add(new org.tongxin.inforeport.domain.CombinedSource(combined, source, i));
        }
        reports.flush();
        return detail(combined, caller);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportViews.Detail edit(long id, Draft draft) {
        Caller caller = caller();
        Report report = asEditor(caller, id);
        ReportState before = report.move(ReportAction.EDIT, clock.instant());
        requireTopic(draft.topic());
        report.write(draft, clock.instant());
        reports.add(new ReportVersion(report, reports.versions(id).size() + 1, ReportVersion.Kind.EDITOR, caller.username(), clock.instant()));
        record(report, report.currentOrganisationId(), ReportAction.EDIT, before, caller, null);
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportViews.Detail returnToAuthor(long id, String note) {
        if (reports.report(id).map(Report::isCombined).orElse(false)) {
            throw Problem.conflict("wrong-state", "problem.report.combined-no-return");
        }
        ReportViews.Detail d = editorMove(id, ReportAction.RETURN, required(note, "note"));
        tellAuthors(id, "notice.report.returned", note);
        return d;
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportViews.Detail decline(long id, String reason) {
        ReportViews.Detail d = editorMove(id, ReportAction.DECLINE, required(reason, "reason"));
        tellAuthors(id, "notice.report.declined", reason);
        return d;
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportViews.Detail adopt(long id) {
        Caller caller = caller();
        Report report = asEditor(caller, id);
        ReportState before = report.move(ReportAction.ADOPT, clock.instant());
        Organisation level = organisations.byId(report.currentOrganisationId()).orElseThrow();
        reports.add(new Adoption(report, level.id(), level.level(), caller.username(), clock.instant()));
        record(report, level.id(), ReportAction.ADOPT, before, caller, null);
        credit(report, switch (level.level()) {
            case COUNTY -> DutyCategory.INFO_ADOPTED_COUNTY;
            case CITY -> DutyCategory.INFO_ADOPTED_CITY;
            case PROVINCE -> DutyCategory.INFO_ADOPTED_PROVINCE;
        }, adoptionSource(report.id(), level.id()));
        tellAuthors(id, "notice.report.adopted", level.name());
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportViews.Detail forward(long id) {
        Caller caller = caller();
        Report report = asEditor(caller, id);
        Organisation here = organisations.byId(report.currentOrganisationId()).orElseThrow();
        ReportState before = report.state();
        org.tongxin.inforeport.domain.Route route = em.find(org.tongxin.inforeport.domain.Route.class, here.id());
        if (route == null && here.parent() == null) {
            throw Problem.conflict("top-of-tree", "problem.report.top-of-tree");
        }
        if (route != null) {
            // the parent is hosted by another deployment: the report stays adopted here and a delivery carries it there
            if (!ReportAction.FORWARD.allowedFrom(before)) {
                throw Problem.conflict("wrong-state", "problem.report.wrong-state");
            }
            if (delivery(id) != null) {
                throw Problem.conflict("already-forwarded", "problem.report.already-forwarded");
            }
            report.touch(clock.instant());
            em.persist(new org.tongxin.inforeport.domain.Delivery(report, here.id(), route, clock.instant()));
            record(report, here.id(), ReportAction.FORWARD, before, caller, route.targetName() + " · " + route.baseUrl());
            em.flush();
            return detail(report, caller);
        }
        report.forwardTo(here.parent().id(), clock.instant());
        record(report, here.id(), ReportAction.FORWARD, before, caller, here.parent().name());
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportViews.Detail instruct(long id, Instruction.Facts facts) {
        Caller caller = caller();
        Report report = asEditor(caller, id);
        if (!ReportAction.INSTRUCT.allowedFrom(report.state()) || reports.adoptions(id).stream().noneMatch(Adoption::standing)) {
            throw Problem.conflict("not-adopted", "problem.report.not-adopted");
        }
        if (facts == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        Instruction instruction = new Instruction(report, facts, caller.username(), clock.instant());
        reports.add(instruction);
        reports.flush();
        record(report, report.currentOrganisationId(), ReportAction.INSTRUCT, report.state(), caller, facts.leaderName());
        credit(report, switch (facts.level()) {
            case COUNTY -> DutyCategory.INSTRUCTION_COUNTY;
            case CITY -> DutyCategory.INSTRUCTION_CITY;
            case PROVINCE -> DutyCategory.INSTRUCTION_PROVINCE;
            case NATIONAL -> DutyCategory.INSTRUCTION_NATIONAL;
        }, SourceRef.of("inforeport", "instruction", instruction.id()), facts.givenOn());
        tellAuthors(id, "notice.report.instructed", facts.leaderName());
        return detail(report, caller);
    }

    @Override
    @RolesAllowed(Role.INFO_EDITOR_CODE)
    public ReportViews.Detail voidAdoption(long id, String reason) {
        Caller caller = caller();
        Report report = reports.report(id).filter(r -> reports.inScope(id, scope(caller))).orElseThrow(() -> Problem.notFound("report"));
        long mine = caller.visible().ownId();
        Adoption adoption = reports.adoptions(id).stream().filter(a -> a.organisationId() == mine && a.standing()).findFirst()
                .orElseThrow(() -> Problem.conflict("not-adopted", "problem.report.not-adopted"));
        adoption.voidFor(reason, clock.instant());
        reports.lock(id).touch(clock.instant());
        record(report, mine, ReportAction.VOID_ADOPTION, report.state(), caller, adoption.voidReason());
        dutyWithdrawn.fire(new DutyWithdrawn(adoptionSource(id, mine), reason));
        return detail(report, caller);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public ReportViews.Detail report(long id) {
        Caller caller = caller();
        return detail(visible(caller, id), caller);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public Page<ReportViews.Summary> list(ReportQuery query, Page.Request page) {
        Caller caller = caller();
        ReportRepository.Scope scope = scope(caller);
        Map<Long, String> names = new HashMap<>();
        if (!query.plain() || search.ready()) {
            // the index holds what a row shows: no report is read from the database
            ReportSearch.Rows rows = search.list(scope, query, page.offset(), page.size());
            List<ReportViews.Summary> items = rows.rows().stream().map(r -> new ReportViews.Summary(r.id(), r.title(), r.topic(),
                    r.state().name(), r.organisationId(), orgName(names, r.organisationId()), r.currentOrganisationId(),
                    orgName(names, r.currentOrganisationId()), r.firstAuthor(), r.submittedAt(), r.updatedAt())).toList();
            return new Page<>(items, page.page(), page.size(), rows.total());
        }
        List<Report> found = reports.search(scope, query, page.offset(), page.size());
        long total = reports.count(scope, query);
        Map<Long, List<ReportAuthor>> authors = reports.authors(found.stream().map(Report::id).toList());
        List<ReportViews.Summary> items = found.stream().map(r -> new ReportViews.Summary(r.id(), r.title(), r.topic(), r.state().name(),
                r.organisationId(), orgName(names, r.organisationId()), r.currentOrganisationId(), orgName(names, r.currentOrganisationId()),
                authors.getOrDefault(r.id(), List.of()).stream().filter(ReportAuthor::first).map(ReportAuthor::memberName).findFirst()
                        .orElse(""), r.submittedAt(), r.updatedAt())).toList();
        return new Page<>(items, page.page(), page.size(), total);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<ReportViews.Similar> similar(String title, String body, Long excluding, int limit) {
        Caller caller = caller();
        ReportRepository.Scope scope = scope(caller);
        List<Long> ids = search.similar(scope, title, body, excluding, Math.max(1, Math.min(limit, 20))).ids();
        Set<Long> visible = search.visible(scope, ids);
        Map<Long, String> names = new HashMap<>();
        return reports.reports(ids).stream().map(r -> new ReportViews.Similar(r.id(), r.title(), r.state().name(),
                orgName(names, r.organisationId()), r.updatedAt(), visible.contains(r.id()))).toList();
    }

    @Override
    @RolesAllowed({Role.INFO_EDITOR_CODE, Role.LEADER_CODE, Role.SYS_ADMIN_CODE})
    public ReportSearch.Status indexStatus() {
        return search.status();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<ReportViews.Step> trace(long id) {
        Caller caller = caller();
        visible(caller, id);
        Map<Long, String> names = new HashMap<>();
        return reports.transitions(id).stream().map(t -> new ReportViews.Step(t.occurredAt(), t.organisationId(),
                orgName(names, t.organisationId()), t.action().name(), t.fromState() == null ? null : t.fromState().name(),
                t.toState().name(), t.actor(), t.actorName(), t.note())).toList();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<ReportViews.DiffLine> changes(long id) {
        Caller caller = caller();
        Report report = visible(caller, id);
        List<ReportVersion> versions = reports.versions(id);
        ReportVersion lastByAuthor = versions.stream().filter(v -> v.kind() == ReportVersion.Kind.AUTHOR)
                .reduce((a, b) -> b).orElseThrow();
        return TextDiff.between(lastByAuthor.draft(report.topic()).lines(), report.draft().lines()).stream()
                .map(l -> new ReportViews.DiffLine(l.kind().name(), l.text())).toList();
    }

    /** The largest attachment accepted, in bytes ({@code TONGXIN_ATTACHMENT_MAX_BYTES}, default 20 MB). */
    static long maxAttachmentBytes() {
        return org.tongxin.platform.application.PlatformSettings.get("tongxin.attachment-max-bytes").map(Long::parseLong)
                .orElse(20L * 1024 * 1024);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE})
    public ReportViews.AttachmentInfo attach(long id, String fileName, byte[] content) {
        Caller caller = caller();
        Report report = visible(caller, id);
        boolean editor = caller.hasRole(Role.INFO_EDITOR) && report.currentOrganisationId() == caller.visible().ownId()
                && report.state() == ReportState.EDITING;
        boolean author = reports.authors(id).stream().anyMatch(a -> a.first() && a.accountId() != null && a.accountId() == caller.accountId())
                && (report.state() == ReportState.DRAFT || report.state() == ReportState.RETURNED);
        if (!editor && !author) {
            throw Problem.conflict("wrong-state", "problem.report.wrong-state");
        }
        String name = safeName(fileName);
        if (content == null || content.length == 0) {
            throw Problem.field("file", "file-empty", "problem.attachment.empty");
        }
        long max = maxAttachmentBytes();
        if (content.length > max) {
            throw Problem.field("file", "file-too-large", "problem.attachment.too-large", max / (1024 * 1024));
        }
        org.tongxin.inforeport.domain.FileKind kind = org.tongxin.inforeport.domain.FileKind.of(content, name)
                .orElseThrow(() -> Problem.field("file", "file-type", "problem.attachment.type"));
        String sha = files.put(content);
        org.tongxin.inforeport.domain.Attachment a = new org.tongxin.inforeport.domain.Attachment(report, name, kind, content.length, sha,
                caller.username(), clock.instant());
        em.persist(a);
        em.flush();
        return info(a);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public List<ReportViews.AttachmentInfo> attachments(long id) {
        visible(caller(), id);
        return em.createQuery("select a from Attachment a where a.reportId = :r order by a.id", org.tongxin.inforeport.domain.Attachment.class)
                .setParameter("r", id).getResultStream().map(ReportServiceBean::info).toList();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.INFO_EDITOR_CODE, Role.LEADER_CODE})
    public ReportViews.Download download(long id, long attachmentId) {
        visible(caller(), id);
        org.tongxin.inforeport.domain.Attachment a = em.find(org.tongxin.inforeport.domain.Attachment.class, attachmentId);
        if (a == null || a.reportId() != id) {
            throw Problem.notFound("attachment");
        }
        return new ReportViews.Download(a.fileName(), a.contentType(), files.get(a.sha256()));
    }

    private static ReportViews.AttachmentInfo info(org.tongxin.inforeport.domain.Attachment a) {
        return new ReportViews.AttachmentInfo(a.id(), a.fileName(), a.contentType(), a.size(), a.sha256(), a.uploadedAt());
    }

    /** The last part of a name as typed, without control characters or separators, at most 200 characters. */
    static String safeName(String fileName) {
        // control and bidirectional override characters are refused, not quietly replaced: "gpj.exe" shown as "exe.jpg"
        org.tongxin.platform.kernel.PlainText.check("file", fileName, true);
        String n = fileName == null ? "" : fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"<>|:*?]", "_").strip();
        if (n.isEmpty()) {
            throw Problem.field("file", "file-name", "problem.attachment.name");
        }
        return n.length() > 200 ? n.substring(n.length() - 200) : n;
    }

    // --- moves ------------------------------------------------------------------------------------

    private ReportViews.Detail editorMove(long id, ReportAction action, String note) {
        Caller caller = caller();
        Report report = asEditor(caller, id);
        ReportState before = report.move(action, clock.instant());
        record(report, report.currentOrganisationId(), action, before, caller, note);
        return detail(report, caller);
    }

    private void record(Report report, long organisationId, ReportAction action, ReportState before, Caller caller, String note) {
        String name = callers.account(session.getCallerPrincipal()).displayName();
        reports.add(new Transition(report, organisationId, action, before, caller.username(), name, note, clock.instant()));
    }

    /** Each author earns the act: the first author the first author's share, co-authors theirs. */
    private void credit(Report report, DutyCategory category, SourceRef source) {
        credit(report, category, source, LocalDate.ofInstant(clock.instant(), ZONE));
    }

    private void credit(Report report, DutyCategory category, SourceRef source, LocalDate on) {
        credits.credit(report, category, source, on);
    }

    private static SourceRef adoptionSource(long reportId, long organisationId) {
        return SourceRef.of("inforeport", "adopted", reportId + "-" + organisationId);
    }

    private void tellAuthors(long id, String key, String detail) {
        Report report = reports.report(id).orElseThrow();
        for (ReportAuthor a : reports.authors(id)) {
            if (a.accountId() != null) {
                notifications.notify(a.accountId(), key, List.of(report.title(), detail == null ? "" : detail),
                        "/inforeport/report.xhtml?id=" + id);
            }
        }
    }

    // --- who may --------------------------------------------------------------------------------

    private Report asFirstAuthor(Caller caller, long id) {
        Report report = visible(caller, id);
        boolean first = reports.authors(id).stream().anyMatch(a -> a.first() && a.accountId() != null && a.accountId() == caller.accountId());
        if (!first) {
            throw Problem.forbidden();
        }
        return reports.lock(id);
    }

    private Report asEditor(Caller caller, long id) {
        Report report = visible(caller, id);
        if (!caller.hasRole(Role.INFO_EDITOR) || report.currentOrganisationId() != caller.visible().ownId()) {
            throw Problem.forbidden();
        }
        return reports.lock(id);
    }

    private Report visible(Caller caller, long id) {
        return reports.report(id).filter(r -> reports.inScope(id, scope(caller))).orElseThrow(() -> Problem.notFound("report"));
    }

    private ReportRepository.Scope scope(Caller caller) {
        boolean editorial = caller.hasAnyRole(Role.INFO_EDITOR, Role.LEADER);
        return new ReportRepository.Scope(caller.hasRole(Role.MEMBER) ? caller.accountId() : null,
                editorial ? caller.visible().ownId() : null);
    }

    private ReportViews.Detail detail(Report r, Caller caller) {
        Map<Long, String> names = new HashMap<>();
        List<ReportAuthor> authors = reports.authors(r.id());
        boolean mine = authors.stream().anyMatch(a -> a.accountId() != null && a.accountId() == caller.accountId());
        boolean firstAuthor = authors.stream().anyMatch(a -> a.first() && a.accountId() != null && a.accountId() == caller.accountId());
        boolean editorHere = caller.hasRole(Role.INFO_EDITOR) && r.currentOrganisationId() == caller.visible().ownId();
        List<ReportViews.Adoption> adoptions = reports.adoptions(r.id()).stream().map(a -> new ReportViews.Adoption(a.organisationId(),
                orgName(names, a.organisationId()), a.level().name(), a.adoptedAt(), !a.standing())).toList();
        List<String> actions = new ArrayList<>();
        for (ReportAction a : ReportAction.values()) {
            boolean role = a.actor() == ReportAction.Actor.AUTHOR ? firstAuthor : editorHere;
            if (a != ReportAction.CREATE && role && a.allowedFrom(r.state()) && (a != ReportAction.RETURN || r.atOrigin())
                    && (a != ReportAction.INSTRUCT || adoptions.stream().anyMatch(x -> !x.voided()))
                    && a != ReportAction.VOID_ADOPTION && a != ReportAction.MERGE && a != ReportAction.COMBINE
                    && (a != ReportAction.RETURN || !r.isCombined())) {
                actions.add(a.name());
            }
        }
        if (caller.hasRole(Role.INFO_EDITOR) && adoptions.stream().anyMatch(x -> !x.voided() && x.organisationId() == caller.visible().ownId())) {
            actions.add(ReportAction.VOID_ADOPTION.name());
        }
        org.tongxin.inforeport.domain.Delivery delivery = delivery(r.id());
        boolean routed = em.find(org.tongxin.inforeport.domain.Route.class, r.currentOrganisationId()) != null;
        if (actions.contains("FORWARD") && (delivery != null
                || !routed && organisations.byId(r.currentOrganisationId()).map(o -> o.parent() == null).orElse(true))) {
            actions.remove("FORWARD");
        }
        actions.remove(ReportAction.RECEIVE.name());
        org.tongxin.inforeport.domain.Inbound inbound = em.createQuery("select i from Inbound i where i.reportId = :r",
                org.tongxin.inforeport.domain.Inbound.class).setParameter("r", r.id()).getResultStream().findFirst().orElse(null);
        return new ReportViews.Detail(r.id(), r.title(), r.body(), r.proposals(), r.topic(), r.state().name(), r.organisationId(),
                orgName(names, r.organisationId()), r.currentOrganisationId(), orgName(names, r.currentOrganisationId()),
                authors.stream().map(a -> new ReportViews.Author(a.memberId(), a.memberName(),
                        a.first() ? (authors.size() == 1 ? "SOLE" : "FIRST_AUTHOR") : "CO_AUTHOR")).toList(),
                r.createdAt(), r.submittedAt(), adoptions,
                reports.instructions(r.id()).stream().map(i -> new ReportViews.Instruction(i.id(), i.leaderName(), i.level().name(),
                        i.givenOn(), i.text(), i.department(), i.result())).toList(),
                mine, actions, r.version(), r.isCombined(),
                reports.sources(r.id()).stream().map(org.tongxin.inforeport.domain.CombinedSource::sourceId).toList(),
                reports.mergedInto(r.id()).map(org.tongxin.inforeport.domain.CombinedSource::combinedId).orElse(null),
                delivery == null ? null : new ReportViews.DeliveryView(delivery.status().name(), delivery.targetCode(), delivery.targetName(),
                        delivery.baseUrl(), delivery.attempts(), delivery.nextAttemptAt(), delivery.lastError(), delivery.remoteReportId(),
                        delivery.createdAt(), delivery.deliveredAt(), delivery.followedAt(), earnedThere(r.id())),
                inbound == null ? null : new ReportViews.Origin(inbound.originDeployment(), inbound.originReportId(),
                        inbound.originOrganisationCode(), inbound.originOrganisationName(), inbound.authors(), inbound.receivedAt()),
                source(r));
    }

    /** Where the report comes from, when a contact point was named: its liaison group as it is now. */
    private ReportViews.Source source(Report r) {
        if (r.sourceLabel() == null) {
            return null;
        }
        MemberDirectory.PointRef point = r.sourcePointId() == null ? null : directory.points(List.of(r.sourcePointId())).get(r.sourcePointId());
        return new ReportViews.Source(r.sourcePointId(), r.sourceLabel(), point == null ? null : point.groupId(),
                point == null ? null : point.groupName());
    }

    private List<ReportViews.RemoteCredit> earnedThere(long reportId) {
        return em.createQuery("select c from RemoteCredit c where c.reportId = :r order by c.occurredOn, c.id",
                org.tongxin.inforeport.domain.RemoteCredit.class).setParameter("r", reportId).getResultStream()
                .map(c -> new ReportViews.RemoteCredit(c.kind().name(), c.level().name(), c.occurredOn(), c.label(), c.recordedAt(),
                        c.voidedAt() != null)).toList();
    }

    private org.tongxin.inforeport.domain.Delivery delivery(long reportId) {
        return em.createQuery("select d from Delivery d where d.reportId = :r", org.tongxin.inforeport.domain.Delivery.class)
                .setParameter("r", reportId).getResultStream().findFirst().orElse(null);
    }

    private String orgName(Map<Long, String> cache, long id) {
        return cache.computeIfAbsent(id, k -> organisations.byId(k).map(Organisation::name).orElse(""));
    }

    private void requireTopic(String code) {
        if (reports.topic(code).filter(t -> t.active()).isEmpty()) {
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
        return dutyService.ownMemberId().orElseThrow(() -> new Problem(Problem.Kind.FORBIDDEN, "not-a-member", "problem.activity.not-a-member"));
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
