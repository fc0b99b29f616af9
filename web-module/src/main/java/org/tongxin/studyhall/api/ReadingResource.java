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

    @Operation(operationId = "listReadingGroups", summary = "List reading groups")
    @GET
    @Path("/reading-groups")
    public List<ReadingRecords.GroupSummary> groups() {
        return reading.groups();
    }

    @Operation(operationId = "createReadingGroup", summary = "Create a reading group")
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

    @Operation(operationId = "getReadingGroup", summary = "Read one reading group")
    @GET
    @Path("/reading-groups/{id}")
    public ReadingRecords.GroupDetails group(@PathParam("id") long id) {
        return reading.group(id);
    }

    @Operation(operationId = "addReadingGroupMember", summary = "Add a member to a reading group")
    @POST
    @Path("/reading-groups/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReadingRecords.GroupDetails addMember(@PathParam("id") long id, MemberRef body) {
        if (body == null || body.memberId() == null) {
            throw Problem.field("memberId", "required", "problem.required");
        }
        return reading.addMember(id, body.memberId());
    }

    @Operation(operationId = "joinReadingGroup", summary = "Join a reading group as the caller")
    @POST
    @Path("/reading-groups/{id}/join")
    public ReadingRecords.GroupDetails join(@PathParam("id") long id) {
        return reading.join(id);
    }

    @Operation(operationId = "addReadingGroupBook", summary = "Add a book to a reading group")
    @POST
    @Path("/reading-groups/{id}/books")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReadingRecords.GroupDetails addBook(@PathParam("id") long id, NewBook body) {
        return reading.addBook(id, body == null ? null : body.title(), body == null ? null : body.author());
    }

    @Operation(operationId = "writeReadingNote", summary = "Write a reading note in a group")
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

    @Operation(operationId = "commentReadingNote", summary = "Comment on a reading note")
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

    @Operation(operationId = "getReadingRanking", summary = "Read the reading ranking")
    @GET
    @Path("/reading-ranking")
    public List<ReadingRecords.RankingRow> ranking(@QueryParam("year") Integer year) {
        return reading.ranking(year == null ? times.year() : year);
    }

    @Operation(operationId = "listReadingStars", summary = "List the reading stars")
    @GET
    @Path("/reading-stars")
    public List<ReadingRecords.StarSummary> stars(@QueryParam("year") Integer year) {
        return reading.stars(year == null ? times.year() : year);
    }

    @Operation(operationId = "chooseReadingStar", summary = "Name a member reading star of a year")
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

    @Operation(operationId = "removeReadingStar", summary = "Remove a member's reading star of a year")
    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("/reading-stars/{year}/{memberId}")
    public Response removeStar(@PathParam("year") int year, @PathParam("memberId") long memberId) {
        reading.removeStar(year, memberId);
        return Response.noContent().build();
    }
}
