package org.tongxin.studyhall.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.duty.application.DutyService;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.CallerNames;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.studyhall.domain.Activity;
import org.tongxin.studyhall.domain.Booking;
import org.tongxin.studyhall.domain.GroupBook;
import org.tongxin.studyhall.domain.GroupMember;
import org.tongxin.studyhall.domain.NoteComment;
import org.tongxin.studyhall.domain.ReadingGroup;
import org.tongxin.studyhall.domain.ReadingNote;
import org.tongxin.studyhall.domain.ReadingRepository;
import org.tongxin.studyhall.domain.ReadingStar;
import org.tongxin.studyhall.domain.StudyHallRepository;

/** Reading groups. Members write and comment in their groups; office staff and keepers run them and choose the stars. */
@Stateless
public class ReadingServiceBean implements ReadingService {

    private static final int RANKING_SIZE = 200;

    @Inject
    ReadingRepository reading;

    @Inject
    StudyHallRepository hall;

    @Inject
    HallSupport support;

    @Inject
    MemberDirectory directory;

    @Inject
    Callers callers;

    @Inject
    CallerNames callerNames;

    @Inject
    Clock clock;

    @EJB
    DutyService duty;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE, Role.LEADER_CODE})
    public List<ReadingRecords.GroupSummary> groups() {
        Caller caller = caller();
        List<ReadingGroup> groups = reading.groups(caller.visible().pathPattern());
        Map<Long, Long> counts =
                reading.memberCounts(groups.stream().map(ReadingGroup::id).toList());
        Long me = duty.ownMemberId().orElse(null);
        return groups.stream()
                .map(g -> new ReadingRecords.GroupSummary(
                        g.id(),
                        g.name(),
                        g.topic(),
                        counts.getOrDefault(g.id(), 0L),
                        me != null && reading.member(g.id(), me).isPresent()))
                .toList();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE, Role.LEADER_CODE})
    public ReadingRecords.GroupDetails group(long id) {
        Caller caller = caller();
        return detail(visible(caller, id), caller);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public ReadingRecords.GroupSummary createGroup(String name, String topic) {
        Caller caller = caller();
        long organisationId = caller.visible().ownId();
        ReadingGroup g = new ReadingGroup(organisationId, name, topic, caller.username(), clock.instant());
        if (reading.groups(caller.visible().ownPath()).stream()
                .anyMatch(x -> x.organisationId() == organisationId && x.name().equals(g.name()))) {
            throw Problem.field("name", "duplicate-name", "problem.reading.duplicate-name", g.name());
        }
        reading.add(g);
        em.flush();
        return new ReadingRecords.GroupSummary(g.id(), g.name(), g.topic(), 0, false);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public ReadingRecords.GroupDetails addMember(long groupId, long memberId) {
        Caller caller = caller();
        ReadingGroup g = visible(caller, groupId);
        MemberDirectory.MemberRef m = directory
                .member(memberId)
                .filter(x -> x.organisationId() == g.organisationId())
                .orElseThrow(() -> Problem.field("memberId", "not-found", "problem.not-found", "entity.member"));
        enrol(g, m);
        return detail(g, caller);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ReadingRecords.GroupDetails join(long groupId) {
        Caller caller = caller();
        ReadingGroup g = visible(caller, groupId);
        long me = ownMemberId();
        enrol(g, directory.member(me).orElseThrow());
        return detail(g, caller);
    }

    private void enrol(ReadingGroup g, MemberDirectory.MemberRef m) {
        if (reading.member(g.id(), m.id()).isPresent()) {
            throw Problem.conflict("already-member", "problem.reading.already-member");
        }
        reading.add(new GroupMember(g, m.id(), m.accountId(), m.name(), clock.instant()));
        em.flush();
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public ReadingRecords.GroupDetails addBook(long groupId, String title, String author) {
        Caller caller = caller();
        ReadingGroup g = visible(caller, groupId);
        requireParticipant(caller, g);
        GroupBook book = new GroupBook(g, title, author, caller.username(), clock.instant());
        if (reading.books(g.id()).stream().anyMatch(b -> b.title().equals(book.title()))) {
            throw Problem.conflict("duplicate-book", "problem.reading.duplicate-book", book.title());
        }
        reading.add(book);
        em.flush();
        return detail(g, caller);
    }

    @Override
    @RolesAllowed(Role.MEMBER_CODE)
    public ReadingRecords.GroupDetails writeNote(long groupId, Long bookId, String title, String body) {
        Caller caller = caller();
        ReadingGroup g = visible(caller, groupId);
        long me = ownMemberId();
        GroupMember author = reading.member(g.id(), me)
                .orElseThrow(() -> new Problem(Problem.Kind.FORBIDDEN, "not-in-group", "problem.reading.not-in-group"));
        GroupBook book = bookId == null
                ? null
                : reading.book(bookId)
                        .filter(b -> b.groupId().equals(g.id()))
                        .orElseThrow(() -> Problem.field("bookId", "not-found", "problem.not-found", "entity.book"));
        reading.add(new ReadingNote(g, book, me, author.memberName(), title, body, clock.instant()));
        em.flush();
        return detail(g, caller);
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE, Role.LEADER_CODE})
    public ReadingRecords.GroupDetails comment(long noteId, String body) {
        Caller caller = caller();
        ReadingNote note = reading.note(noteId).orElseThrow(() -> Problem.notFound("note"));
        ReadingGroup g = visible(caller, note.groupId());
        requireParticipant(caller, g);
        String name = callerNames.displayName(session.getCallerPrincipal());
        reading.add(new NoteComment(note, caller.username(), name, body, clock.instant()));
        em.flush();
        return detail(g, caller);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE})
    public ReadingRecords.GroupDetails linkSession(long groupId, long activityId) {
        Caller caller = caller();
        ReadingGroup g = visible(caller, groupId);
        Activity a = hall.activity(activityId).orElseThrow(() -> Problem.notFound("activity"));
        support.visibleBooking(caller, a.bookingId());
        a.linkReadingGroup(g.id());
        return detail(g, caller);
    }

    @Override
    @RolesAllowed({Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE, Role.LEADER_CODE})
    public List<ReadingRecords.RankingRow> ranking(int year) {
        Caller caller = caller();
        long organisationId = caller.visible().ownId();
        ZoneId zone = support.zone(organisationId);
        Instant from = LocalDate.of(year(year), 1, 1).atStartOfDay(zone).toInstant();
        Instant to = LocalDate.of(year + 1, 1, 1).atStartOfDay(zone).toInstant();
        Map<Long, Long> attended = reading.attendances(organisationId, from, to);
        Map<Long, Long> notes = reading.notesWritten(organisationId, from, to);
        Set<Long> stars = reading.stars(organisationId, year).stream()
                .map(ReadingStar::memberId)
                .collect(Collectors.toSet());
        Map<Long, String> names = new HashMap<>();
        directory.activeMembers(organisationId).forEach(m -> names.put(m.id(), m.name()));
        List<Long> ids = new ArrayList<>(names.keySet());
        ids.removeIf(id -> attended.getOrDefault(id, 0L) + notes.getOrDefault(id, 0L) == 0);
        ids.sort(Comparator.<Long>comparingLong(id -> -(attended.getOrDefault(id, 0L) + notes.getOrDefault(id, 0L)))
                .thenComparingLong(id -> -notes.getOrDefault(id, 0L))
                .thenComparing(names::get));
        List<ReadingRecords.RankingRow> rows = new ArrayList<>();
        long previous = -1;
        int rank = 0;
        for (int i = 0; i < Math.min(ids.size(), RANKING_SIZE); i++) {
            long id = ids.get(i);
            long score = attended.getOrDefault(id, 0L) + notes.getOrDefault(id, 0L);
            if (score != previous) {
                rank = i + 1;
                previous = score;
            }
            rows.add(new ReadingRecords.RankingRow(
                    rank,
                    id,
                    names.get(id),
                    attended.getOrDefault(id, 0L),
                    notes.getOrDefault(id, 0L),
                    stars.contains(id)));
        }
        return rows;
    }

    @Override
    @RolesAllowed({Role.MEMBER_CODE, Role.OFFICE_STAFF_CODE, Role.HALL_KEEPER_CODE, Role.LEADER_CODE})
    public List<ReadingRecords.StarSummary> stars(int year) {
        long organisationId = caller().visible().ownId();
        return reading.stars(organisationId, year(year)).stream()
                .map(s -> new ReadingRecords.StarSummary(s.memberId(), s.memberName(), s.year(), s.citation()))
                .toList();
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public ReadingRecords.StarSummary chooseStar(int year, long memberId, String citation) {
        Caller caller = caller();
        long organisationId = caller.visible().ownId();
        MemberDirectory.MemberRef m = directory
                .member(memberId)
                .filter(x -> x.organisationId() == organisationId)
                .orElseThrow(() -> Problem.field("memberId", "not-found", "problem.not-found", "entity.member"));
        if (reading.star(organisationId, year(year), memberId).isPresent()) {
            throw Problem.conflict("already-star", "problem.reading.already-star");
        }
        ReadingStar star =
                new ReadingStar(organisationId, year, memberId, m.name(), citation, caller.username(), clock.instant());
        reading.add(star);
        em.flush();
        return new ReadingRecords.StarSummary(memberId, m.name(), year, star.citation());
    }

    @Override
    @RolesAllowed(Role.OFFICE_STAFF_CODE)
    public void removeStar(int year, long memberId) {
        long organisationId = caller().visible().ownId();
        reading.remove(reading.star(organisationId, year(year), memberId).orElseThrow(() -> Problem.notFound("star")));
    }

    private ReadingRecords.GroupDetails detail(ReadingGroup g, Caller caller) {
        List<ReadingRecords.Person> people = reading.members(g.id()).stream()
                .map(m -> new ReadingRecords.Person(m.memberId(), m.memberName()))
                .toList();
        Map<Long, GroupBook> books = new HashMap<>();
        reading.books(g.id()).forEach(b -> books.put(b.id(), b));
        List<ReadingNote> notes = reading.notes(g.id());
        Map<Long, List<ReadingRecords.Comment>> comments =
                reading.comments(notes.stream().map(ReadingNote::id).toList()).stream()
                        .collect(Collectors.groupingBy(
                                NoteComment::noteId,
                                Collectors.mapping(
                                        c -> new ReadingRecords.Comment(
                                                c.id(), c.authorName(), c.body(), c.writtenAt()),
                                        Collectors.toList())));
        List<ReadingRecords.Session> sessions = new ArrayList<>();
        for (Activity a : reading.sessions(g.id())) {
            Booking b = hall.booking(a.bookingId()).orElseThrow();
            sessions.add(new ReadingRecords.Session(
                    a.id(), b.id(), b.title(), support.local(b.startsAt(), b.organisationId())));
        }
        Long me = caller.hasRole(Role.MEMBER) ? duty.ownMemberId().orElse(null) : null;
        return new ReadingRecords.GroupDetails(
                g.id(),
                g.name(),
                g.topic(),
                people,
                books.values().stream()
                        .sorted(Comparator.comparing(GroupBook::id))
                        .map(b -> new ReadingRecords.Book(b.id(), b.title(), b.author()))
                        .toList(),
                notes.stream()
                        .map(n -> new ReadingRecords.Note(
                                n.id(),
                                n.title(),
                                n.body(),
                                n.memberId(),
                                n.authorName(),
                                n.bookId() == null
                                        ? null
                                        : books.get(n.bookId()).title(),
                                n.writtenAt(),
                                comments.getOrDefault(n.id(), List.of())))
                        .toList(),
                sessions,
                me != null && reading.member(g.id(), me).isPresent(),
                caller.hasAnyRole(Role.OFFICE_STAFF, Role.HALL_KEEPER));
    }

    private void requireParticipant(Caller caller, ReadingGroup g) {
        if (caller.hasAnyRole(Role.OFFICE_STAFF, Role.HALL_KEEPER, Role.LEADER)) {
            return;
        }
        Long me = duty.ownMemberId().orElse(null);
        if (me == null || reading.member(g.id(), me).isEmpty()) {
            throw new Problem(Problem.Kind.FORBIDDEN, "not-in-group", "problem.reading.not-in-group");
        }
    }

    private ReadingGroup visible(Caller caller, long id) {
        return reading.group(id)
                .filter(g -> callers.organisationVisible(caller, g.organisationId()))
                .orElseThrow(() -> Problem.notFound("reading-group"));
    }

    private static int year(int year) {
        if (year < 2000 || year > 2100) {
            throw Problem.field("year", "invalid-year", "problem.calendar.year");
        }
        return year;
    }

    private long ownMemberId() {
        return duty.ownMemberId()
                .orElseThrow(
                        () -> new Problem(Problem.Kind.FORBIDDEN, "not-a-member", "problem.activity.not-a-member"));
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
