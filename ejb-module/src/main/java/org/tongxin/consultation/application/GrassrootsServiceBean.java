package org.tongxin.consultation.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.tongxin.committee.application.ConcernCountRow;
import org.tongxin.committee.application.ConcernService;
import org.tongxin.committee.application.ConcernSummary;
import org.tongxin.committee.application.LiaisonService;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.committee.application.TownSummary;
import org.tongxin.consultation.domain.FiveParty;
import org.tongxin.consultation.domain.GrassrootsMeeting;
import org.tongxin.consultation.domain.GrassrootsOrigin;
import org.tongxin.consultation.domain.GrassrootsParticipant;
import org.tongxin.consultation.domain.GrassrootsRepository;
import org.tongxin.consultation.domain.GrassrootsResult;
import org.tongxin.consultation.domain.GrassrootsStep;
import org.tongxin.consultation.domain.GrassrootsTopic;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyEvent;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;

/** Grassroots consultation, five parties and six steps (see {@link GrassrootsService}). */
@Stateless
public class GrassrootsServiceBean implements GrassrootsService {

    /** The source of the duty entries of a topic's meeting: {@code consultation:grassroots:<topic id>}. */
    public static SourceRef source(long topicId) {
        return SourceRef.of("consultation", "grassroots", topicId);
    }

    @Inject
    GrassrootsRepository topics;

    @Inject
    Callers callers;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    OrganisationTime time;

    @Inject
    MemberDirectory directory;

    @Inject
    Event<DutyEvent> duty;

    @EJB
    ConcernService concerns;

    @EJB
    LiaisonService liaison;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public Page<GrassrootsSummary> topics(
            GrassrootsStep step,
            Long townId,
            GrassrootsResult result,
            LocalDate from,
            LocalDate to,
            Page.Request page) {
        Caller caller = caller();
        if (from != null && to != null && to.isBefore(from)) {
            throw Problem.field("to", "invalid-input", "problem.grassroots.period");
        }
        String pattern = caller.visible().pathPattern();
        Long author = null;
        if (!staff(caller)) {
            Optional<Long> own = ownMemberId(caller);
            if (own.isEmpty()) {
                return new Page<>(List.of(), page.page(), page.size(), 0);
            }
            author = own.get();
            pattern = caller.visible().ownPath();
        }
        GrassrootsRepository.Filter filter =
                new GrassrootsRepository.Filter(pattern, step, townId, result, from, to, author);
        Map<Long, String> names = new LinkedHashMap<>();
        List<GrassrootsSummary> items = topics.topics(filter, page.offset(), page.size()).stream()
                .map(t -> summary(t, names))
                .toList();
        return new Page<>(items, page.page(), page.size(), topics.count(filter));
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public GrassrootsDetails topic(long id) {
        Caller caller = caller();
        return details(visible(caller, id), caller);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE})
    public GrassrootsDetails create(NewTopic topic) {
        if (topic == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        Caller caller = caller();
        long own = caller.visible().ownId();
        organisations.requireOpen(own);
        boolean office = caller.hasRole(Role.OFFICE_STAFF);
        GrassrootsOrigin origin;
        if (topic.concernId() != null) {
            origin = fromConcern(caller, own, office, topic);
        } else if (!office) {
            // a member proposes only from a concern of their own
            throw Problem.field("concernId", "required", "problem.grassroots.concern-required");
        } else if (topic.pointId() != null) {
            MemberDirectory.PointRef p =
                    directory.points(List.of(topic.pointId())).get(topic.pointId());
            if (p == null || p.organisationId() != own) {
                throw Problem.field("pointId", "invalid-input", "problem.grassroots.point");
            }
            TownChoice town = liveTown(own, p.townId(), "pointId");
            origin = new GrassrootsOrigin(
                    own,
                    town.id(),
                    town.name(),
                    p.groupId(),
                    p.groupName(),
                    p.id(),
                    p.name(),
                    null,
                    null,
                    null,
                    topic.title(),
                    topic.description(),
                    topic.collectedOn());
        } else {
            if (topic.townId() == null) {
                throw Problem.field("townId", "required", "problem.grassroots.town");
            }
            TownSummary t = towns(own).stream()
                    .filter(x -> x.id() == topic.townId() && x.retiredOn() == null)
                    .findFirst()
                    .orElseThrow(() -> Problem.field("townId", "invalid-input", "problem.grassroots.town"));
            origin = new GrassrootsOrigin(
                    own,
                    t.id(),
                    t.name(),
                    t.groupId(),
                    t.groupName(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    topic.title(),
                    topic.description(),
                    topic.collectedOn());
        }
        GrassrootsTopic made =
                new GrassrootsTopic(origin, caller.roles(), caller.username(), time.now(), time.today(own));
        topics.add(made);
        topics.flush();
        topics.tally(made, null);
        return details(made, caller);
    }

    /** A topic from a concern: of the caller's organisation, not yet a topic; a member's own, in their town's group. */
    private GrassrootsOrigin fromConcern(Caller caller, long own, boolean office, NewTopic topic) {
        ConcernSummary c;
        try {
            c = concerns.concern(topic.concernId());
        } catch (Problem p) {
            throw Problem.field("concernId", "invalid-input", "problem.grassroots.concern");
        }
        MemberDirectory.PointRef p = directory.points(List.of(c.pointId())).get(c.pointId());
        if (p == null || p.organisationId() != own) {
            throw Problem.field("concernId", "invalid-input", "problem.grassroots.concern");
        }
        if (!office) {
            long me = ownMemberId(caller).orElseThrow(Problem::forbidden);
            if (me != c.memberId()) {
                throw Problem.field("concernId", "invalid-input", "problem.grassroots.concern");
            }
            boolean inGroup = towns(own).stream()
                    .filter(t -> t.id() == p.townId())
                    .anyMatch(t -> t.groupMembers().stream().anyMatch(g -> g.id() == me));
            if (!inGroup) {
                throw new Problem(Problem.Kind.FORBIDDEN, "grassroots-not-in-group", "problem.grassroots.not-in-group");
            }
        }
        if (topics.concernTaken(c.id())) {
            throw Problem.conflict("concern-taken", "problem.grassroots.concern-taken");
        }
        String title = topic.title() == null || topic.title().isBlank() ? firstLine(c.what()) : topic.title();
        String description = topic.description() == null || topic.description().isBlank()
                ? c.what() + (c.suggestion() == null || c.suggestion().isBlank() ? "" : "\n" + c.suggestion())
                : topic.description();
        return new GrassrootsOrigin(
                own,
                p.townId(),
                p.townName(),
                p.groupId(),
                p.groupName(),
                p.id(),
                p.name(),
                c.id(),
                c.memberId(),
                c.memberName(),
                title,
                description,
                topic.collectedOn() == null ? c.metOn() : topic.collectedOn());
    }

    private static String firstLine(String text) {
        String t = text == null ? "" : text.strip().lines().findFirst().orElse("");
        return t.length() > GrassrootsOrigin.MAX_TITLE ? t.substring(0, GrassrootsOrigin.MAX_TITLE) : t;
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public GrassrootsDetails take(long id, int version, GrassrootsStep step, StepTerms terms) {
        if (step == null) {
            throw Problem.field("step", "required", "problem.required");
        }
        Caller caller = caller();
        GrassrootsTopic topic = visible(caller, id);
        if (staff(caller) && topic.organisationId() != caller.visible().ownId()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "grassroots-not-own", "problem.grassroots.not-own");
        }
        if (topic.version() != version) {
            throw Problem.conflict("stale", "problem.stale");
        }
        StepTerms t = terms == null ? new StepTerms(null, null, null, null, null) : terms;
        GrassrootsMeeting meeting =
                step == GrassrootsStep.DELIBERATE && step.takenBy(caller.roles()) && step.leavesFrom(topic.step())
                        ? meeting(topic, t.meeting())
                        : null;
        LocalDate today = time.today(topic.organisationId());
        GrassrootsStep before = topic.step();
        List<GrassrootsMeeting.Attendee> present = topic.take(
                step,
                caller.roles(),
                new GrassrootsTopic.StepInput(t.on(), t.record(), meeting, t.feedback(), t.feedbackOn()),
                caller.username(),
                time.now(),
                today);
        topics.flush();
        topics.tally(topic, before);
        String description = description(topic.title());
        for (GrassrootsMeeting.Attendee a : present) {
            // the ledger entry commits with the meeting, or neither does
            duty.fire(DutyEvent.sole(
                    a.memberId(),
                    topic.deliberatedOn(),
                    DutyCategory.GRASSROOTS_CONSULTATION,
                    source(topic.id()),
                    description));
        }
        return details(topic, caller);
    }

    private static String description(String title) {
        String d = "基层协商：" + title;
        return d.length() > 200 ? d.substring(0, 200) : d;
    }

    /** The members picked, each an active member of the topic's organisation or of the one above it. */
    private GrassrootsMeeting meeting(GrassrootsTopic topic, MeetingTerms m) {
        if (m == null) {
            return null;
        }
        Map<Long, String> eligible = eligible(topic.organisationId());
        List<GrassrootsMeeting.Attendee> present = new ArrayList<>();
        if (m.memberIds() != null) {
            for (Long id : m.memberIds()) {
                String name = id == null ? null : eligible.get(id);
                if (name == null) {
                    throw Problem.field("members", "invalid-input", "problem.grassroots.member");
                }
                present.add(new GrassrootsMeeting.Attendee(id, name));
            }
        }
        return new GrassrootsMeeting(
                present, m.partyBranch(), m.property(), m.police(), m.residents(), m.result(), m.reasons());
    }

    /** Active members of the organisation and of its parent ("members of both levels"), name by id. */
    private Map<Long, String> eligible(long organisationId) {
        Map<Long, String> names = new LinkedHashMap<>(directory.activeNames(organisationId));
        organisations
                .find(organisationId)
                .map(o -> o.parentId())
                .ifPresent(parent -> directory.activeNames(parent).forEach(names::putIfAbsent));
        return names;
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public GrassrootsCounts counts(LocalDate from, LocalDate to) {
        if (from == null) {
            throw Problem.field("from", "required", "problem.required");
        }
        if (to == null) {
            throw Problem.field("to", "required", "problem.required");
        }
        if (to.isBefore(from)) {
            throw Problem.field("to", "invalid-input", "problem.grassroots.period");
        }
        Caller caller = caller();
        long own = caller.visible().ownId();
        // the diary's figures come from the committee context, for the same organisation and those below it
        long recorded = concerns.counts(own, from, to).stream()
                .mapToLong(ConcernCountRow::collected)
                .sum();
        GrassrootsRepository.Counts c = topics.counts(caller.visible().pathPattern(), from, to);
        return new GrassrootsCounts(
                from,
                to,
                own,
                organisations.name(own),
                recorded + c.collectedOtherwise(),
                c.topics(),
                c.consultations(),
                c.solved(),
                recorded,
                c.collectedOtherwise());
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public List<TownChoice> towns() {
        long own = caller().visible().ownId();
        return towns(own).stream()
                .filter(t -> t.retiredOn() == null)
                .map(t -> new TownChoice(t.id(), t.name(), t.groupName()))
                .toList();
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public List<MemberChoice> attendees(long topicId, String q) {
        Caller caller = caller();
        GrassrootsTopic topic = visible(caller, topicId);
        String needle = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
        long org = topic.organisationId();
        Long parent = organisations.find(org).map(o -> o.parentId()).orElse(null);
        List<MemberChoice> result = new ArrayList<>();
        for (Long o : parent == null ? List.of(org) : List.of(org, parent)) {
            String orgName = organisations.name(o);
            for (Map.Entry<Long, String> e : directory.activeNames(o).entrySet()) {
                if (result.size() >= 20) {
                    return result;
                }
                if (needle.isEmpty() || e.getValue().toLowerCase(Locale.ROOT).contains(needle)) {
                    result.add(new MemberChoice(e.getKey(), e.getValue(), o, orgName));
                }
            }
        }
        return result;
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.LEADER_CODE})
    public LocalDate today() {
        return time.today(caller().visible().ownId());
    }

    // ---- helpers

    private List<TownSummary> towns(long organisationId) {
        return liaison.towns(organisationId);
    }

    private TownChoice liveTown(long organisationId, long townId, String field) {
        return towns(organisationId).stream()
                .filter(t -> t.id() == townId && t.retiredOn() == null)
                .findFirst()
                .map(t -> new TownChoice(t.id(), t.name(), t.groupName()))
                .orElseThrow(() -> Problem.field(field, "invalid-input", "problem.grassroots.town"));
    }

    private static boolean staff(Caller caller) {
        return caller.hasAnyRole(Role.OFFICE_STAFF, Role.LEADER);
    }

    private Optional<Long> ownMemberId(Caller caller) {
        return directory.ofAccount(caller.accountId()).map(MemberDirectory.MemberRef::id);
    }

    /** A topic the caller sees: office staff and leaders of its organisation or above; a member their concern's. */
    private GrassrootsTopic visible(Caller caller, long id) {
        if (staff(caller)) {
            return topics.topic(id, caller.visible().pathPattern())
                    .orElseThrow(() -> Problem.notFound("grassroots-topic"));
        }
        Long me = ownMemberId(caller).orElse(null);
        return topics.topic(id, caller.visible().ownPath())
                .filter(t -> me != null && me.equals(t.authorMemberId()))
                .orElseThrow(() -> Problem.notFound("grassroots-topic"));
    }

    private GrassrootsSummary summary(GrassrootsTopic t, Map<Long, String> orgNames) {
        return new GrassrootsSummary(
                t.id(),
                t.organisationId(),
                orgNames.computeIfAbsent(t.organisationId(), organisations::name),
                t.townId(),
                t.townName(),
                t.groupName(),
                t.pointName(),
                t.source(),
                t.concernId(),
                t.authorName(),
                t.title(),
                t.step(),
                t.collectedOn(),
                t.topicOn(),
                t.deliberatedOn(),
                t.result());
    }

    private GrassrootsDetails details(GrassrootsTopic t, Caller caller) {
        GrassrootsStep next = t.step().next();
        boolean mayStep = next != null
                && next.takenBy(caller.roles())
                && caller.hasRole(Role.OFFICE_STAFF)
                && t.organisationId() == caller.visible().ownId();
        List<GrassrootsDetails.Attendee> members = new ArrayList<>();
        Map<FiveParty, List<String>> names = new LinkedHashMap<>();
        for (FiveParty p : FiveParty.values()) {
            names.put(p, new ArrayList<>());
        }
        for (GrassrootsParticipant p : t.parties()) {
            if (p.party() == FiveParty.MEMBER) {
                members.add(new GrassrootsDetails.Attendee(p.memberId(), p.name()));
            } else {
                names.get(p.party()).add(p.name());
            }
        }
        return new GrassrootsDetails(
                t.id(),
                t.organisationId(),
                organisations.name(t.organisationId()),
                t.townId(),
                t.townName(),
                t.groupId(),
                t.groupName(),
                t.pointId(),
                t.pointName(),
                t.source(),
                t.concernId(),
                t.authorMemberId(),
                t.authorName(),
                t.title(),
                t.description(),
                t.step(),
                t.collectedOn(),
                t.topicOn(),
                t.deliberatedOn(),
                t.result(),
                t.reasons(),
                t.feedback(),
                t.feedbackOn(),
                t.createdAt(),
                t.createdBy(),
                t.version(),
                mayStep ? next : null,
                t.steps().stream()
                        .map(s -> new GrassrootsDetails.StepRecord(s.step(), s.on(), s.record(), s.by(), s.at()))
                        .toList(),
                new GrassrootsDetails.Parties(
                        members,
                        names.get(FiveParty.PARTY_BRANCH),
                        names.get(FiveParty.PROPERTY),
                        names.get(FiveParty.POLICE),
                        names.get(FiveParty.RESIDENTS)));
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
