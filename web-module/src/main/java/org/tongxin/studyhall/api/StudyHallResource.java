package org.tongxin.studyhall.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirementsSet;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.studyhall.application.ActivityCounts;
import org.tongxin.studyhall.application.ActivityDetails;
import org.tongxin.studyhall.application.ActivityService;
import org.tongxin.studyhall.application.BookingDetails;
import org.tongxin.studyhall.application.BookingService;
import org.tongxin.studyhall.application.CalendarDayRow;
import org.tongxin.studyhall.application.ClosureRow;
import org.tongxin.studyhall.application.FeedService;
import org.tongxin.studyhall.application.NewBooking;
import org.tongxin.studyhall.application.RegistrationRow;
import org.tongxin.studyhall.application.SeriesPlan;
import org.tongxin.studyhall.application.SpaceDetails;
import org.tongxin.studyhall.application.SpaceService;
import org.tongxin.studyhall.domain.ActivityKind;
import org.tongxin.studyhall.domain.DayKind;
import org.tongxin.studyhall.domain.OpeningHours;
import org.tongxin.studyhall.domain.Recurrence;
import org.tongxin.studyhall.domain.Space;
import org.tongxin.studyhall.domain.Zone;

/** {@code /api/v1/studyhall}: spaces, bookings, series, activities, the working calendar and calendar feeds. */
@Tag(name = "Study hall")
@Path("/studyhall")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class StudyHallResource {

    @EJB
    SpaceService spaces;

    @EJB
    BookingService bookings;

    @EJB
    ActivityService activities;

    @EJB
    FeedService feeds;

    @Inject
    Times times;

    /** The body of POST /studyhall/bookings (and of a series, with its rhythm). */
    public record BookingBody(
            Long space,
            String start,
            String end,
            String title,
            String purpose,
            Integer attendees,
            Integer everyWeeks,
            String until,
            Integer times,
            Boolean onlyFree) {}

    public record Reason(String reason) {}

    public record Move(String start, String end) {}

    public record SeriesCancel(String from, String reason) {}

    @Schema(requiredProperties = {"capacity"})
    public record ActivityBody(String kind, Integer capacity, String signupDeadline) {}

    public record CheckIn(String code) {}

    @Schema(requiredProperties = {"attended"})
    public record Attendance(Boolean attended) {}

    public record SpaceBody(
            String name,
            String zone,
            Integer capacity,
            String openingHours,
            Integer minMinutes,
            Integer maxMinutes,
            Integer advanceDays,
            Boolean needsApproval,
            Boolean membersMayBook,
            Integer cancelNoticeHours,
            Boolean active,
            Integer version) {}

    public record ClosureBody(String start, String end, String reason) {}

    public record DayBody(String kind, String name) {}

    public record Cancelled(int cancelled) {}

    /** A new feed secret, with the addresses that carry it. */
    public record FeedToken(String token, String personalFeed, String spaceFeedTemplate) {}

    // spaces

    @Operation(
            operationId = "listSpaces",
            description = "Lists study hall spaces; open to business roles.",
            summary = "List study hall spaces")
    @GET
    @Path("/spaces")
    public Page<SpaceDetails> spaces() {
        List<SpaceDetails> all = spaces.spaces();
        return new Page<>(all, 0, Math.max(all.size(), 1), all.size());
    }

    @Operation(
            operationId = "getSpace",
            description =
                    "Reads one study hall space with its opening hours and booking rules; open to the business roles who may see its organisation. Refusals: 404 for a space not visible.",
            summary = "Read one study hall space")
    @GET
    @Path("/spaces/{id}")
    public SpaceDetails space(@PathParam("id") long id) {
        return spaces.space(id);
    }

    @Operation(
            operationId = "addSpace",
            description = "Adds a study hall space; open to hall keeper. Refusals: 409.",
            summary = "Add a study hall space")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SpaceDetails.class)))
    @POST
    @Path("/spaces")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSpace(SpaceBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(spaces.addSpace(terms(body)))
                .build();
    }

    @Operation(
            operationId = "changeSpace",
            description = "Changes a study hall space; open to hall keeper. Refusals: 409.",
            summary = "Change a study hall space")
    @PUT
    @Path("/spaces/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SpaceDetails changeSpace(@PathParam("id") long id, SpaceBody body) {
        if (body == null || body.version() == null) {
            throw Problem.field("version", "required", "problem.required");
        }
        return spaces.changeSpace(id, terms(body), body.version());
    }

    @Operation(
            operationId = "listSpaceClosures",
            description = "Lists a space's closures; open to business roles / keeper.",
            summary = "List a space's closures")
    @GET
    @Path("/spaces/{id}/closures")
    public List<ClosureRow> closures(@PathParam("id") long id) {
        return spaces.closures(id);
    }

    @Operation(
            operationId = "closeSpace",
            description =
                    "Closes a study hall space for a period (maintenance, holidays) so that nothing can be booked in it; open to hall keepers of its organisation (others 403). Refusals: 422 for a missing or invalid period; 404 for a space not visible.",
            summary = "Close a space for a period")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ClosureRow.class)))
    @POST
    @Path("/spaces/{id}/closures")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response close(@PathParam("id") long id, ClosureBody body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return Response.status(Response.Status.CREATED)
                .entity(spaces.close(
                        id, times.instant(body.start(), "start"), times.instant(body.end(), "end"), body.reason()))
                .build();
    }

    @Operation(
            operationId = "removeClosure",
            description = "Removes a space closure; open to business roles / keeper.",
            summary = "Remove a space closure")
    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("/closures/{id}")
    public Response removeClosure(@PathParam("id") long id) {
        spaces.removeClosure(id);
        return Response.noContent().build();
    }

    // the working calendar

    @Operation(
            operationId = "listCalendarDays",
            description = "Lists the working calendar's special days of a year; open to business roles.",
            summary = "List the working calendar's special days of a year")
    @GET
    @Path("/calendar-days")
    public List<CalendarDayRow> calendarDays(@QueryParam("year") Integer year) {
        return spaces.calendar(year == null ? times.year() : year);
    }

    @Operation(
            operationId = "setCalendarDay",
            description = "Marks a date as holiday or working day; open to keeper.",
            summary = "Mark a date as holiday or working day")
    @PUT
    @Path("/calendar-days/{day}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarDayRow setDay(@PathParam("day") String day, DayBody body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return spaces.setDay(times.date(day, "day"), parse(DayKind.class, body.kind(), "kind"), body.name());
    }

    @Operation(
            operationId = "removeCalendarDay",
            description = "Removes a special day from the working calendar; open to keeper.",
            summary = "Remove a special day from the working calendar")
    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    // the same template variable as PUT /calendar-days/{day} (one path in the OpenAPI document); the URL is the same
    @Path("/calendar-days/{day:[0-9]+}")
    public Response removeDay(
            @Parameter(description = "The id of the special day (as listed), not a date") @PathParam("day") long id) {
        spaces.removeDay(id);
        return Response.noContent().build();
    }

    // bookings

    @Operation(
            operationId = "listBookings",
            description = "Lists study hall bookings; open to business roles.",
            summary = "List study hall bookings")
    @GET
    @Path("/bookings")
    public Page<BookingDetails> bookings(
            @QueryParam("space") Long space, @QueryParam("from") String from, @QueryParam("to") String to) {
        List<BookingDetails> found = bookings.calendar(space, times.instant(from, "from"), times.until(to, "to"));
        return new Page<>(found, 0, Math.max(found.size(), 1), found.size());
    }

    @Operation(
            operationId = "listMyBookings",
            description =
                    "Lists the caller's own study hall bookings in a period; open to members, office staff, keepers and the other business roles. Refusals: 422 invalid-input for an unreadable from or to.",
            summary = "List the caller's bookings")
    @GET
    @Path("/bookings/mine")
    public Page<BookingDetails> mine(@QueryParam("from") String from, @QueryParam("to") String to) {
        List<BookingDetails> found = bookings.mine(times.instant(from, "from"), times.until(to, "to"));
        return new Page<>(found, 0, Math.max(found.size(), 1), found.size());
    }

    @Operation(
            operationId = "listPendingBookings",
            description =
                    "Lists the bookings of the keeper's organisation waiting for approval, soonest first; open to hall keepers only (others 403).",
            summary = "List bookings waiting for approval")
    @GET
    @Path("/bookings/pending")
    public Page<BookingDetails> pending() {
        List<BookingDetails> found = bookings.pending();
        return new Page<>(found, 0, Math.max(found.size(), 1), found.size());
    }

    @Operation(
            operationId = "getBooking",
            description =
                    "Reads one study hall booking; open to the business roles who may see its space's organisation. Refusals: 404 for a booking not visible.",
            summary = "Read one booking")
    @GET
    @Path("/bookings/{id}")
    public BookingDetails booking(@PathParam("id") long id) {
        return bookings.booking(id);
    }

    @Operation(
            operationId = "book",
            description =
                    "Books a study hall space; open to members (where the space lets them), office staff, keepers. Refusals: 409 slot-taken; 422 end-before-start, in-the-past, too-far-ahead, too-short, too-long, over-capacity, closed-day, outside-hours, space-closed, required; 403 staff-only.",
            summary = "Book a study hall space")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = BookingDetails.class)))
    @POST
    @Path("/bookings")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response book(BookingBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(bookings.book(newBooking(body)))
                .build();
    }

    @Operation(
            operationId = "cancelBooking",
            description =
                    "Cancels a booking; open to the booker (until the space's notice before the start; else 422 too-late), a keeper (always, {\"reason\"} required). Refusals: 422 too-late.",
            summary = "Cancel a booking")
    @POST
    @Path("/bookings/{id}/cancel")
    public BookingDetails cancel(@PathParam("id") long id, Reason body) {
        return bookings.cancel(id, body == null ? null : body.reason());
    }

    @Operation(
            operationId = "approveBooking",
            description = "Approves a booking; open to keeper. Refusals: 409.",
            summary = "Approve a booking")
    @POST
    @Path("/bookings/{id}/approve")
    public BookingDetails approve(@PathParam("id") long id) {
        return bookings.approve(id);
    }

    @Operation(
            operationId = "rejectBooking",
            description = "Rejects a booking; open to keeper. Refusals: 409.",
            summary = "Reject a booking")
    @POST
    @Path("/bookings/{id}/reject")
    public BookingDetails reject(@PathParam("id") long id, Reason body) {
        return bookings.reject(id, body == null ? null : body.reason());
    }

    @Operation(
            operationId = "moveBooking",
            description = "Moves a booking to another time; open to the booker, a keeper.",
            summary = "Move a booking to another time")
    @POST
    @Path("/bookings/{id}/move")
    @Consumes(MediaType.APPLICATION_JSON)
    public BookingDetails move(@PathParam("id") long id, Move body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return bookings.move(id, times.instant(body.start(), "start"), times.instant(body.end(), "end"));
    }

    // series

    @Operation(
            operationId = "planSeries",
            description = "Previews a recurring series of bookings; open to the same callers as booking.",
            summary = "Preview a recurring series of bookings")
    @POST
    @Path("/series/plan")
    @Consumes(MediaType.APPLICATION_JSON)
    public SeriesPlan planSeries(BookingBody body) {
        return bookings.planSeries(newBooking(body), recurrence(body));
    }

    @Operation(
            operationId = "bookSeries",
            description =
                    "Books a recurring series; open to the same callers as booking. Refusals: 409 series-conflicts.",
            summary = "Book a recurring series")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SeriesPlan.class)))
    @POST
    @Path("/series")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response bookSeries(BookingBody body) {
        SeriesPlan plan = bookings.bookSeries(newBooking(body), recurrence(body), Boolean.TRUE.equals(body.onlyFree()));
        return Response.status(Response.Status.CREATED).entity(plan).build();
    }

    @Operation(
            operationId = "cancelSeries",
            description = "Cancels a series from a date on; open to the booker, a keeper.",
            summary = "Cancel a series from a date on")
    @POST
    @Path("/series/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public Cancelled cancelSeries(@PathParam("id") long id, SeriesCancel body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return new Cancelled(bookings.cancelSeriesFrom(id, times.date(body.from(), "from"), body.reason()));
    }

    // activities

    @Operation(
            operationId = "openActivity",
            description = "Opens a booking as an activity with sign-up; open to the booker, a keeper.",
            summary = "Open a booking as an activity with sign-up")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ActivityDetails.class)))
    @POST
    @Path("/bookings/{id}/activity")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response openActivity(@PathParam("id") long id, ActivityBody body) {
        if (body == null || body.capacity() == null) {
            throw Problem.field("capacity", "required", "problem.required");
        }
        ActivityDetails view = activities.open(
                id,
                parse(ActivityKind.class, body.kind(), "kind"),
                body.capacity(),
                times.instant(body.signupDeadline(), "signupDeadline"));
        return Response.status(Response.Status.CREATED).entity(view).build();
    }

    @Operation(
            operationId = "listUpcomingActivities",
            description = "Lists upcoming study hall activities; open to business roles.",
            summary = "List upcoming study hall activities")
    @GET
    @Path("/activities")
    public Page<ActivityDetails> upcoming() {
        List<ActivityDetails> found = activities.upcoming();
        return new Page<>(found, 0, Math.max(found.size(), 1), found.size());
    }

    @Operation(
            operationId = "getActivityCounts",
            description = "Counts study hall activities and attendance; open to keeper, office staff, leaders.",
            summary = "Count study hall activities and attendance")
    @GET
    @Path("/activities/counts")
    public ActivityCounts counts(@QueryParam("from") String from, @QueryParam("to") String to) {
        return activities.counts(times.date(from, "from"), times.date(to, "to"));
    }

    @Operation(
            operationId = "getStudyHallActivity",
            description = "Reads one study hall activity; open to business roles.",
            summary = "Read one study hall activity")
    @GET
    @Path("/activities/{id:[0-9]+}")
    public ActivityDetails activity(@PathParam("id") long id) {
        return activities.activity(id);
    }

    @Operation(
            operationId = "registerForActivity",
            description = "Registers for a study hall activity; open to a member of the roster. Refusals: 409.",
            summary = "Register for a study hall activity")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = RegistrationRow.class)))
    @POST
    @Path("/activities/{id}/registrations")
    public Response register(@PathParam("id") long id) {
        RegistrationRow r = activities.register(id);
        return Response.status(Response.Status.CREATED).entity(r).build();
    }

    @Operation(
            operationId = "withdrawRegistration",
            description = "Withdraws the caller's registration from an activity; open to the member.",
            summary = "Withdraw the caller's registration from an activity")
    @POST
    @Path("/activities/{id}/withdraw")
    public ActivityDetails withdraw(@PathParam("id") long id) {
        return activities.withdraw(id);
    }

    @Operation(
            operationId = "withdrawMyRegistration",
            description =
                    "Withdraws the calling member's seat or waiting-list place from a study hall activity (the same as the POST form), the first on the waiting list moving up; open to members. Refusals: 404 for an activity not visible; 409 not-registered.",
            summary = "Withdraw the caller's registration from an activity (DELETE form)")
    @DELETE
    @Path("/activities/{id}/registrations/mine")
    public ActivityDetails withdrawMine(@PathParam("id") long id) {
        return activities.withdraw(id);
    }

    @Operation(
            operationId = "completeActivity",
            description = "Marks a study hall activity as completed; open to keeper.",
            summary = "Mark a study hall activity as completed")
    @POST
    @Path("/activities/{id}/complete")
    public ActivityDetails complete(@PathParam("id") long id) {
        return activities.complete(id);
    }

    @Operation(
            operationId = "checkIn",
            description = "Checks in at an activity with its code; open to a member with a seat.",
            summary = "Check in at an activity with its code")
    @POST
    @Path("/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationRow checkIn(CheckIn body) {
        return activities.checkIn(body == null ? null : body.code());
    }

    @Operation(
            operationId = "recordAttendance",
            description = "Records whether a registrant attended; open to keeper.",
            summary = "Record whether a registrant attended")
    @POST
    @Path("/registrations/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegistrationRow attendance(@PathParam("id") long id, Attendance body) {
        if (body == null || body.attended() == null) {
            throw Problem.field("attended", "required", "problem.required");
        }
        return activities.markAttendance(id, body.attended());
    }

    // calendar feeds

    @Operation(
            operationId = "renewFeedToken",
            description = "Issues a new secret for the calendar feeds; open to business roles.",
            summary = "Issue a new secret for the calendar feeds")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = FeedToken.class)))
    @POST
    @Path("/feed-token")
    public Response renewFeedToken() {
        String token = feeds.renewToken();
        String base = org.tongxin.platform.application.PublicAddress.base() + "/api/v1/studyhall/";
        return Response.status(Response.Status.CREATED)
                .entity(new FeedToken(
                        token,
                        base + "my/calendar.ics?token=" + token,
                        base + "spaces/{id}/calendar.ics?token=" + token))
                .build();
    }

    @SecurityRequirementsSet // no login: a calendar program sends the feed token (TongxinAuthenticationMechanism)
    @Operation(
            operationId = "getSpaceCalendarFeed",
            description = "Reads a space's bookings as iCalendar feed; needs no login, the token. Refusals: 404.",
            summary = "Read a space's bookings as iCalendar feed")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown feed or wrong token",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/spaces/{id}/calendar.ics")
    @Produces("text/calendar; charset=UTF-8")
    public Response spaceFeed(
            @PathParam("id") long id,
            @Parameter(description = "The feed secret of POST /studyhall/feed-token") @QueryParam("token")
                    String token) {
        return ics(feeds.spaceFeed(id, token));
    }

    @SecurityRequirementsSet // no login: a calendar program sends the feed token (TongxinAuthenticationMechanism)
    @Operation(
            operationId = "getPersonalCalendarFeed",
            description =
                    "Reads the token owner's bookings as iCalendar feed; needs no login, the token. Refusals: 404.",
            summary = "Read the token owner's bookings as iCalendar feed")
    @APIResponse(
            responseCode = "200",
            description = "The feed",
            content = @Content(mediaType = "text/calendar", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(
            responseCode = "404",
            description = "Unknown feed or wrong token",
            content = @Content(mediaType = MediaType.TEXT_PLAIN, schema = @Schema(type = SchemaType.STRING)))
    @GET
    @Path("/my/calendar.ics")
    @Produces("text/calendar; charset=UTF-8")
    public Response personalFeed(
            @Parameter(description = "The feed secret of POST /studyhall/feed-token") @QueryParam("token")
                    String token) {
        return ics(feeds.personalFeed(token));
    }

    private Response ics(java.util.Optional<FeedService.Feed> feed) {
        if (feed.isEmpty()) {
            return Response.status(Response.Status.NOT_FOUND)
                    .type(MediaType.TEXT_PLAIN_TYPE)
                    .entity("not found\n")
                    .build();
        }
        // links and UIDs from the configured public address, never from the request's Host header
        String body = Ics.write(
                feed.get().name(),
                feed.get().zone(),
                feed.get().events(),
                org.tongxin.platform.application.PublicAddress.base() + "/studyhall/booking.xhtml?id=",
                org.tongxin.platform.application.PublicAddress.host(),
                times.now());
        return Response.ok(body, "text/calendar; charset=UTF-8")
                .header("Cache-Control", "private, max-age=300")
                .build();
    }

    private NewBooking newBooking(BookingBody body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        if (body.space() == null) {
            throw Problem.field("space", "required", "problem.required");
        }
        return new NewBooking(
                body.space(),
                times.instant(body.start(), "start"),
                times.instant(body.end(), "end"),
                body.title(),
                body.purpose(),
                body.attendees());
    }

    private Recurrence recurrence(BookingBody body) {
        return new Recurrence(
                body.everyWeeks() == null ? 1 : body.everyWeeks(), times.date(body.until(), "until"), body.times());
    }

    private static Space.Terms terms(SpaceBody b) {
        if (b == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return new Space.Terms(
                b.name(),
                parse(Zone.class, b.zone(), "zone"),
                orZero(b.capacity()),
                OpeningHours.parse(b.openingHours()),
                orZero(b.minMinutes()),
                orZero(b.maxMinutes()),
                orZero(b.advanceDays()),
                Boolean.TRUE.equals(b.needsApproval()),
                !Boolean.FALSE.equals(b.membersMayBook()),
                orZero(b.cancelNoticeHours()),
                !Boolean.FALSE.equals(b.active()));
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
    }
}
