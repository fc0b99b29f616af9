package org.tongxin.studyhall.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.studyhall.application.ReadingRecords;
import org.tongxin.studyhall.application.ReadingService;

/** {@code /api/v1/studyhall}: reading groups, notes and comments, the reading ranking and stars. */
@Tag(name = "Study hall")
@Path("/studyhall")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReadingResource {

    @Inject
    Times times;

    @EJB
    ReadingService reading;

    public record NewGroup(String name, String topic) {}

    @Schema(requiredProperties = {"memberId"})
    public record MemberRef(Long memberId) {}

    public record NewBook(String title, String author) {}

    public record NewNote(Long bookId, String title, String body) {}

    public record NewComment(String body) {}

    @Schema(requiredProperties = {"activityId"})
    public record SessionRef(Long activityId) {}

    @Schema(requiredProperties = {"year", "memberId"})
    public record NewStar(Integer year, Long memberId, String citation) {}

    @Operation(
            operationId = "listReadingGroups",
            description =
                    "Lists the study hall's reading groups of the visible organisations; open to members, office staff, keepers and leaders (other roles 403).",
            summary = "List reading groups")
    @GET
    @Path("/reading-groups")
    public List<ReadingRecords.GroupSummary> groups() {
        return reading.groups();
    }

    @Operation(
            operationId = "createReadingGroup",
            description =
                    "Creates a reading group in the caller's organisation; open to members, office staff, keepers and leaders (other roles 403). Refusals: 422 invalid-input for a missing or invalid name.",
            summary = "Create a reading group")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReadingRecords.GroupSummary.class)))
    @POST
    @Path("/reading-groups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewGroup body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return Response.status(Response.Status.CREATED)
                .entity(reading.createGroup(body.name(), body.topic()))
                .build();
    }

    @Operation(
            operationId = "getReadingGroup",
            description =
                    "Reads one reading group with its members, books, notes and linked sessions; open to members, office staff, keepers and leaders. Refusals: 404 for a group not visible.",
            summary = "Read one reading group")
    @GET
    @Path("/reading-groups/{id}")
    public ReadingRecords.GroupDetails group(@PathParam("id") long id) {
        return reading.group(id);
    }

    @Operation(
            operationId = "addReadingGroupMember",
            description =
                    "Adds a member to a reading group; open to office staff and keepers (other roles 403). Refusals: 422 required without memberId; 404 for a group or member not visible.",
            summary = "Add a member to a reading group")
    @POST
    @Path("/reading-groups/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReadingRecords.GroupDetails addMember(@PathParam("id") long id, MemberRef body) {
        if (body == null || body.memberId() == null) {
            throw Problem.field("memberId", "required", "problem.required");
        }
        return reading.addMember(id, body.memberId());
    }

    @Operation(
            operationId = "joinReadingGroup",
            description =
                    "Adds the calling member to a reading group; open to members only (others 403). Refusals: 404 for a group not visible; 409 already-member.",
            summary = "Join a reading group as the caller")
    @POST
    @Path("/reading-groups/{id}/join")
    public ReadingRecords.GroupDetails join(@PathParam("id") long id) {
        return reading.join(id);
    }

    @Operation(
            operationId = "addReadingGroupBook",
            description =
                    "Adds a book to a reading group's list; open to the group's members, office staff and keepers (other roles 403). Refusals: 422 invalid-input for a missing title; 404 for a group not visible; 409 duplicate-book.",
            summary = "Add a book to a reading group")
    @POST
    @Path("/reading-groups/{id}/books")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReadingRecords.GroupDetails addBook(@PathParam("id") long id, NewBook body) {
        return reading.addBook(id, body == null ? null : body.title(), body == null ? null : body.author());
    }

    @Operation(
            operationId = "writeReadingNote",
            description =
                    "Writes a reading note in a group, optionally on one of its books; open to members of the group only (other roles 403). Refusals: 403 not-in-group; 422 invalid-input for a missing title or body, not-found for an unknown bookId; 404 for a group not visible.",
            summary = "Write a reading note in a group")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReadingRecords.GroupDetails.class)))
    @POST
    @Path("/reading-groups/{id}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response writeNote(@PathParam("id") long id, NewNote body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return Response.status(Response.Status.CREATED)
                .entity(reading.writeNote(id, body.bookId(), body.title(), body.body()))
                .build();
    }

    @Operation(
            operationId = "commentReadingNote",
            description =
                    "Comments on a reading note; open to members, office staff, keepers and leaders who may see the note's group (other roles 403). Refusals: 422 invalid-input for an empty body; 404 for a note not visible.",
            summary = "Comment on a reading note")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReadingRecords.GroupDetails.class)))
    @POST
    @Path("/reading-notes/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response comment(@PathParam("id") long id, NewComment body) {
        return Response.status(Response.Status.CREATED)
                .entity(reading.comment(id, body == null ? null : body.body()))
                .build();
    }

    @Operation(
            operationId = "linkReadingGroupSession",
            description =
                    "Links a consultation activity to a reading group as one of its sessions; open to office staff and keepers (other roles 403). Refusals: 422 required without activityId; 404 for a group or activity not visible.",
            summary = "Link a consultation activity to a reading group as a session")
    @POST
    @Path("/reading-groups/{id}/sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReadingRecords.GroupDetails linkSession(@PathParam("id") long id, SessionRef body) {
        if (body == null || body.activityId() == null) {
            throw Problem.field("activityId", "required", "problem.required");
        }
        return reading.linkSession(id, body.activityId());
    }

    @Operation(
            operationId = "getReadingRanking",
            description =
                    "Reads the reading ranking of a year (this year by default) of the visible organisations' members; open to office staff, keepers and leaders (others 403).",
            summary = "Read the reading ranking")
    @GET
    @Path("/reading-ranking")
    public List<ReadingRecords.RankingRow> ranking(@QueryParam("year") Integer year) {
        return reading.ranking(year == null ? times.year() : year);
    }

    @Operation(
            operationId = "listReadingStars",
            description =
                    "Lists the reading stars (读书之星) named for a year (this year by default); open to members, office staff, keepers and leaders (other roles 403).",
            summary = "List the reading stars")
    @GET
    @Path("/reading-stars")
    public List<ReadingRecords.StarSummary> stars(@QueryParam("year") Integer year) {
        return reading.stars(year == null ? times.year() : year);
    }

    @Operation(
            operationId = "chooseReadingStar",
            description =
                    "Names a member a reading star of a year; open to office staff (other roles 403). Refusals: 422 invalid-input without year or memberId; 404 for a member not visible.",
            summary = "Name a member reading star of a year")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReadingRecords.StarSummary.class)))
    @POST
    @Path("/reading-stars")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response chooseStar(NewStar body) {
        if (body == null || body.year() == null || body.memberId() == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return Response.status(Response.Status.CREATED)
                .entity(reading.chooseStar(body.year(), body.memberId(), body.citation()))
                .build();
    }

    @Operation(
            operationId = "removeReadingStar",
            description =
                    "Removes a member's reading star of a year; open to office staff (other roles 403). Refusals: 404 when the member is not a star of that year.",
            summary = "Remove a member's reading star of a year")
    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("/reading-stars/{year}/{memberId}")
    public Response removeStar(@PathParam("year") int year, @PathParam("memberId") long memberId) {
        reading.removeStar(year, memberId);
        return Response.noContent().build();
    }
}
