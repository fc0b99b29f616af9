package org.tongxin.committee.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.committee.application.CommitteePairings;
import org.tongxin.committee.application.PairingService;
import org.tongxin.platform.kernel.Problem;

/**
 * GET /api/v1/pairings?committee= (a committee's pairings, with the unpaired), POST /api/v1/pairings
 * (office staff pair; 201, 409 when a limit is reached, 422 for a broken rule) and
 * POST /api/v1/pairings/{id}/end.
 */
@Tag(name = "Committees and members")
@Path("/pairings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PairingResource {

    @EJB
    PairingService pairings;

    @Schema(requiredProperties = {"cpcMemberId", "partnerId"})
    public record NewPairing(Long cpcMemberId, Long partnerId, String startedOn) {}

    public record Ending(String endedOn) {}

    @Operation(
            operationId = "getCommitteePairings",
            description = "Reads a committee's pairings; open to business roles.",
            summary = "Read a committee's pairings")
    @GET
    public CommitteePairings ofCommittee(@QueryParam("committee") Long committee) {
        if (committee == null) {
            throw Problem.field("committee", "invalid-input", "problem.invalid-input");
        }
        return pairings.ofCommittee(committee);
    }

    @Operation(
            operationId = "pairMembers",
            description = "Pairs a CPC member with a partner; open to office staff. Refusals: 409; 422.",
            summary = "Pair a CPC member with a partner")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CommitteePairings.PairingView.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response pair(NewPairing body) {
        if (body == null || body.cpcMemberId() == null || body.partnerId() == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return Response.status(Response.Status.CREATED)
                .entity(pairings.pair(body.cpcMemberId(), body.partnerId(), date(body.startedOn(), "startedOn")))
                .build();
    }

    @Operation(
            operationId = "endPairing",
            description = "Ends a pairing; open to office staff. Refusals: 409.",
            summary = "End a pairing")
    @POST
    @Path("/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public CommitteePairings.PairingView end(@PathParam("id") long id, Ending body) {
        return pairings.end(id, date(body == null ? null : body.endedOn(), "endedOn"));
    }

    private static LocalDate date(String value, String field) {
        try {
            return value == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.pairing.date");
        }
    }
}
