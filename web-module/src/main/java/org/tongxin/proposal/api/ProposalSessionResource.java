package org.tongxin.proposal.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.proposal.application.PlenarySessionService;
import org.tongxin.proposal.application.PlenarySessionSummary;
import org.tongxin.proposal.domain.PlenarySession;

/**
 * The plenary sessions (全体会议) of the caller's organisation (issue 18): GET /api/v1/proposals/sessions
 * ({@code ?retired=true} with the retired ones, {@code ?open=true} only those open for filing today; members, office
 * staff, leaders, handling units), POST (office staff: 201), PUT /{id} (the terms and {@code retired}; the {@code
 * version} when given is checked), DELETE /{id} (204; {@code 409 session-used} when a proposal names it).
 */
@Tag(name = "Proposals")
@Path("/proposals/sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProposalSessionResource {

    @EJB
    PlenarySessionService sessions;

    public record SessionBody(
            String name,
            String code,
            String opensOn,
            String closesOn,
            String filingOpensOn,
            String deadline,
            Boolean retired,
            Integer version) {}

    @Operation(
            operationId = "listPlenarySessions",
            description = "Lists plenary sessions; open to members, office staff, leaders, handling units.",
            summary = "List plenary sessions")
    @GET
    public List<PlenarySessionSummary> list(@QueryParam("retired") boolean retired, @QueryParam("open") boolean open) {
        return open ? sessions.openSessions() : sessions.sessions(retired);
    }

    @Operation(
            operationId = "createPlenarySession",
            description = "Creates a plenary session; open to office staff. Refusals: 422; 409 session-exists.",
            summary = "Create a plenary session")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlenarySessionSummary.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(SessionBody body) {
        SessionBody b = ProposalResource.required(body, "name");
        return Response.status(Response.Status.CREATED)
                .entity(sessions.create(terms(b)))
                .build();
    }

    @Operation(
            operationId = "changePlenarySession",
            description = "Changes a plenary session; open to office staff. Refusals: 409 stale.",
            summary = "Change a plenary session")
    @PUT
    @Path("/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlenarySessionSummary change(@PathParam("id") long id, SessionBody body) {
        SessionBody b = ProposalResource.required(body, "name");
        return sessions.change(id, b.version(), terms(b), b.retired());
    }

    @Operation(
            operationId = "deletePlenarySession",
            description = "Deletes a plenary session; open to office staff. Refusals: 409 session-used.",
            summary = "Delete a plenary session")
    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("/{id:[0-9]+}")
    public Response delete(@PathParam("id") long id) {
        sessions.delete(id);
        return Response.noContent().build();
    }

    private static PlenarySession.Terms terms(SessionBody b) {
        return new PlenarySession.Terms(
                b.name(),
                b.code(),
                ProposalResource.date(b.opensOn(), "opensOn"),
                ProposalResource.date(b.closesOn(), "closesOn"),
                ProposalResource.date(b.filingOpensOn(), "filingOpensOn"),
                ProposalResource.date(b.deadline(), "deadline"));
    }
}
