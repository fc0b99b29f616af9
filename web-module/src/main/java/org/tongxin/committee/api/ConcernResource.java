package org.tongxin.committee.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.tongxin.committee.application.ConcernCountRow;
import org.tongxin.committee.application.ConcernService;
import org.tongxin.committee.application.ConcernSummary;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;

/**
 * The people's-concern diary: GET /api/v1/concerns?organisation=&amp;status=&amp;from=&amp;to=&amp;page=&amp;size=,
 * POST /api/v1/concerns (a member, at one of their points), POST /api/v1/concerns/{id}/handling
 * (office staff) and GET /api/v1/concerns/counts?organisation=&amp;from=&amp;to=.
 */
@Tag(name = "Committees and members")
@Path("/concerns")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConcernResource {

    @EJB
    ConcernService concerns;

    @Schema(requiredProperties = {"pointId"})
    public record NewConcern(Long pointId, String metOn, String what, String suggestion) {}

    @Schema(requiredProperties = {"resolved"})
    public record Handling(Boolean resolved, String note) {}

    @Operation(
            operationId = "listConcerns",
            description =
                    "Lists concerns collected from the public; open to members (their own), office staff and leaders (all of the organisation).",
            summary = "List concerns collected from the public")
    @GET
    public Page<ConcernSummary> list(
            @QueryParam("organisation") Long organisation,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return concerns.concerns(
                LiaisonResource.required(organisation, "organisation"),
                status,
                LiaisonResource.date(from, "from"),
                LiaisonResource.date(to, "to"),
                new Page.Request(page, size));
    }

    @Operation(
            operationId = "recordConcern",
            description =
                    "Records a concern heard at a liaison point; open to a member, at one of their current points.",
            summary = "Record a concern heard at a liaison point")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConcernSummary.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(NewConcern body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return Response.status(Response.Status.CREATED)
                .entity(concerns.record(
                        LiaisonResource.required(body.pointId(), "pointId"),
                        LiaisonResource.date(body.metOn(), "metOn"),
                        body.what(),
                        body.suggestion()))
                .build();
    }

    @Operation(
            operationId = "handleConcern",
            description = "Records how a concern was handled; open to office staff.",
            summary = "Record how a concern was handled")
    @POST
    @Path("/{id}/handling")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConcernSummary handle(@PathParam("id") long id, Handling body) {
        if (body == null || body.resolved() == null) {
            throw Problem.field("resolved", "invalid-input", "problem.invalid-input");
        }
        return concerns.handle(id, body.resolved(), body.note());
    }

    @Operation(
            operationId = "countConcerns",
            description = "Counts concerns per organisation; open to office staff, leaders.",
            summary = "Count concerns per organisation")
    @GET
    @Path("/counts")
    public List<ConcernCountRow> counts(
            @QueryParam("organisation") Long organisation,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return concerns.counts(
                LiaisonResource.required(organisation, "organisation"),
                LiaisonResource.date(from, "from"),
                LiaisonResource.date(to, "to"));
    }
}
