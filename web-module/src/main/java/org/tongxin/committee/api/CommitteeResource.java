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
import org.tongxin.committee.application.CommitteeSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.committee.application.SectorSummary;
import org.tongxin.platform.kernel.Problem;

/**
 * GET /api/v1/committees (the special committees of the organisations the caller may see),
 * POST /api/v1/committees and PUT /api/v1/committees/{id}/director (office staff); the sectors
 * (界别) at GET and POST /api/v1/committees/sectors.
 */
@Path("/committees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CommitteeResource {

    @EJB
    RosterService roster;

    public record NewName(Long organisationId, String name) {}

    public record Director(Long memberId) {}

    @GET
    public List<CommitteeSummary> committees() {
        return roster.committees();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(NewName body) {
        NewName b = body(body);
        return Response.status(Response.Status.CREATED)
                .entity(roster.addCommittee(b.organisationId(), b.name()))
                .build();
    }

    @PUT
    @Path("/{id}/director")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommitteeSummary appoint(@PathParam("id") long id, Director body) {
        if (body == null || body.memberId() == null) {
            throw Problem.field("memberId", "invalid-input", "problem.invalid-input");
        }
        return roster.appointDirector(id, body.memberId());
    }

    @GET
    @Path("/sectors")
    public List<SectorSummary> sectors() {
        return roster.sectors();
    }

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
