package org.tongxin.committee.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.committee.application.SectorSummary;
import org.tongxin.platform.kernel.Problem;

/**
 * GET /api/v1/committees (the special committees of the organisations the caller may see),
 * POST /api/v1/committees and PUT /api/v1/committees/{id}/director (office staff); the sectors
 * (界别) at GET and POST /api/v1/committees/sectors.
 */
@Tag(name = "Committees and members")
@Path("/committees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    @EJB
    RosterService roster;

    public record NewName(Long organisationId, String name) {}

    @Schema(requiredProperties = {"memberId"})
    public record Director(Long memberId) {}

    @Operation(
            operationId = "listCommittees",
            description = "Lists special committees; open to business roles.",
            summary = "List special committees")
    @GET
    public List<CommitteeSummary> committees() {
        return roster.committees();
    }

    @Operation(
            operationId = "addCommittee",
            description =
                    "Adds a special committee to an organisation the caller keeps; open to office staff (other roles 403). Refusals: 404 for an organisation not visible; 422 for a missing or invalid name.",
            summary = "Add a special committee")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommitteeSummary.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewName body) {
        NewName b = body(body);
        return Response.status(Response.Status.CREATED)
                .entity(roster.addCommittee(b.organisationId(), b.name()))
                .build();
    }

    @Operation(
            operationId = "appointCommitteeDirector",
            description =
                    "Appoints a member of the committee's organisation as the special committee's director; open to office staff (other roles 403). Refusals: 422 invalid-input without memberId; 404 for a committee or member not visible.",
            summary = "Appoint a committee's director")
    @PUT
    @Path("/{id}/director")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommitteeSummary appoint(@PathParam("id") long id, Director body) {
        if (body == null || body.memberId() == null) {
            throw Problem.field("memberId", "invalid-input", "problem.invalid-input");
        }
        return roster.appointDirector(id, body.memberId());
    }

    @Operation(
            operationId = "listSectors",
            description =
                    "Lists the sectors (界别) of the visible organisations; open to the business roles (administrators and the service account 403).",
            summary = "List sectors")
    @GET
    @Path("/sectors")
    public List<SectorSummary> sectors() {
        return roster.sectors();
    }

    @Operation(
            operationId = "addSector",
            description =
                    "Adds a sector to an organisation the caller keeps; open to office staff (other roles 403). Refusals: 404 for an organisation not visible; 422 for a missing or invalid name.",
            summary = "Add a sector")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = SectorSummary.class)))
    @POST
    @Path("/sectors")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addSector(NewName body) {
        NewName b = body(body);
        return Response.status(Response.Status.CREATED)
                .entity(roster.addSector(b.organisationId(), b.name()))
                .build();
    }

    private static NewName body(NewName body) {
        if (body == null || body.organisationId() == null) {
            throw Problem.field("organisationId", "invalid-input", "problem.invalid-input");
        }
        return body;
    }
}
