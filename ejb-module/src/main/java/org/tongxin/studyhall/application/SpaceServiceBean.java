package org.tongxin.studyhall.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.platform.application.Caller;
import org.tongxin.platform.application.Callers;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.studyhall.domain.CalendarDay;
import org.tongxin.studyhall.domain.Closure;
import org.tongxin.studyhall.domain.DayKind;
import org.tongxin.studyhall.domain.Space;
import org.tongxin.studyhall.domain.StudyHallRepository;

/** Spaces, closures and the working calendar. Keepers maintain those of their own organisation. */
@Stateless
public class SpaceServiceBean implements SpaceService {

    @Inject
    OrganisationDirectory organisationDirectory;

    @Inject
    StudyHallRepository hall;

    @Inject
    HallSupport support;

    @Inject
    Callers callers;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Resource
    SessionContext session;

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public List<SpaceDetails> spaces() {
        return hall.spaces(caller().visible().pathPattern()).stream()
                .map(SpaceDetails::of)
                .toList();
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public SpaceDetails space(long id) {
        return SpaceDetails.of(support.visibleSpace(caller(), id));
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public SpaceDetails addSpace(Space.Terms terms) {
        Caller caller = caller();
        if (terms == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        long organisationId = caller.visible().ownId();
        organisationDirectory.requireOpen(organisationId);
        boolean taken = hall.spaces(caller.visible().ownPath()).stream()
                .anyMatch(s -> s.organisationId() == organisationId && s.name().equals(terms.name()));
        if (taken) {
            throw Problem.field("name", "duplicate-name", "problem.space.duplicate-name", terms.name());
        }
        Space space = new Space(organisationId, terms);
        hall.add(space);
        em.flush();
        return SpaceDetails.of(space);
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public SpaceDetails changeSpace(long id, Space.Terms terms, int expectedVersion) {
        Caller caller = caller();
        Space space = support.visibleSpace(caller, id);
        if (terms == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        if (space.version() != expectedVersion) {
            throw Problem.conflict("stale", "problem.stale");
        }
        boolean taken = hall.spaces(caller.visible().ownPath()).stream()
                .anyMatch(s -> !s.id().equals(space.id())
                        && s.organisationId().equals(space.organisationId())
                        && s.name().equals(terms.name()));
        if (taken) {
            throw Problem.field("name", "duplicate-name", "problem.space.duplicate-name", terms.name());
        }
        space.change(terms);
        em.flush();
        return SpaceDetails.of(space);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public List<ClosureRow> closures(long spaceId) {
        Space space = support.visibleSpace(caller(), spaceId);
        Instant now = clock.instant();
        return hall.closures(space.id(), now.minusSeconds(86_400L * 30), now.plusSeconds(86_400L * 800)).stream()
                .map(c -> view(c, space))
                .toList();
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public ClosureRow close(long spaceId, Instant start, Instant end, String reason) {
        Caller caller = caller();
        Space space = support.visibleSpace(caller, spaceId);
        Closure closure = new Closure(space.id(), start, end, reason, caller.username());
        hall.add(closure);
        em.flush();
        return view(closure, space);
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public void removeClosure(long closureId) {
        Caller caller = caller();
        Closure closure = hall.closure(closureId).orElseThrow(() -> Problem.notFound("closure"));
        support.visibleSpace(caller, closure.spaceId());
        hall.remove(closure);
    }

    @Override
    @RolesAllowed({
        Role.MEMBER_CODE,
        Role.OFFICE_STAFF_CODE,
        Role.HALL_KEEPER_CODE,
        Role.LEADER_CODE,
        Role.INFO_EDITOR_CODE
    })
    public List<CalendarDayRow> calendar(int year) {
        if (year < 2000 || year > 2100) {
            throw Problem.field("year", "invalid-year", "problem.calendar.year");
        }
        long organisationId = caller().visible().ownId();
        return hall.calendarDays(organisationId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(SpaceServiceBean::view)
                .toList();
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public CalendarDayRow setDay(LocalDate day, DayKind kind, String name) {
        long organisationId = caller().visible().ownId();
        if (day == null) {
            throw Problem.field("day", "required", "problem.required");
        }
        CalendarDay existing = hall.calendarDay(organisationId, day).orElse(null);
        if (existing != null) {
            existing.change(kind, name);
            return view(existing);
        }
        CalendarDay d = new CalendarDay(organisationId, day, kind, name);
        hall.add(d);
        em.flush();
        return view(d);
    }

    @Override
    @RolesAllowed(Role.HALL_KEEPER_CODE)
    public void removeDay(long id) {
        long organisationId = caller().visible().ownId();
        CalendarDay d = em.find(CalendarDay.class, id);
        if (d == null || d.organisationId() != organisationId) {
            throw Problem.notFound("calendar-day");
        }
        hall.remove(d);
    }

    private ClosureRow view(Closure c, Space space) {
        return new ClosureRow(
                c.id(),
                space.id(),
                support.local(c.startsAt(), space.organisationId()),
                support.local(c.endsAt(), space.organisationId()),
                c.reason());
    }

    private static CalendarDayRow view(CalendarDay d) {
        return new CalendarDayRow(d.id(), d.day(), d.kind().name(), d.name());
    }

    private Caller caller() {
        return callers.caller(session.getCallerPrincipal());
    }
}
