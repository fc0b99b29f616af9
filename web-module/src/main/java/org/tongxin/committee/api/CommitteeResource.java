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

    @Operation(operationId = "listCommittees", summary = "List special committees")
    @GET
    public List<CommitteeSummary> committees() {
        return roster.committees();
    }

    @Operation(operationId = "addCommittee", summary = "Add a special committee")
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

    @Operation(operationId = "appointCommitteeDirector", summary = "Appoint a committee's director")
    @PUT
    @Path("/{id}/director")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommitteeSummary appoint(@PathParam("id") long id, Director body) {
        if (body == null || body.memberId() == null) {
            throw Problem.field("memberId", "invalid-input", "problem.invalid-input");
        }
        return roster.appointDirector(id, body.memberId());
    }

    @Operation(operationId = "listSectors", summary = "List sectors")
    @GET
    @Path("/sectors")
    public List<SectorSummary> sectors() {
        return roster.sectors();
    }

    @Operation(operationId = "addSector", summary = "Add a sector")
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
