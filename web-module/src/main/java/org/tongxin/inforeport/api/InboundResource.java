package org.tongxin.inforeport.api;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.inforeport.application.ForwardingService;
import org.tongxin.inforeport.application.InboundReport;
import org.tongxin.inforeport.application.ReceivedReportSummary;
import org.tongxin.inforeport.application.ReportProgressDetails;
import org.tongxin.platform.kernel.Problem;

/**
 * Reports forwarded by other deployments of the platform (service accounts only). The first request
 * under an {@code Idempotency-Key} creates the report ({@code 201}); the same key again answers that
 * report ({@code 200}) and creates nothing, also when two arrive at once.
 */
@Tag(name = "Information reports")
@Path("/inbound/reports")
@Produces(MediaType.APPLICATION_JSON)
public class InboundResource {

    @EJB
    ForwardingService forwarding;

    @Operation(
            operationId = "receiveInboundReport",
            description =
                    "Receives a report forwarded by another deployment (idempotent); open to service accounts only (role service; others 403, anonymous 401). Refusals: 422 invalid-idempotency-key, unknown-organisation; 403; 401.",
            summary = "Receive a report forwarded by another deployment (idempotent)")
    @APIResponse(
            responseCode = "200",
            description = "The key was delivered before: that report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReceivedReportSummary.class)))
    @APIResponse(
            responseCode = "201",
            description = "Received: the new report",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReceivedReportSummary.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response receive(@HeaderParam("Idempotency-Key") String key, InboundReport report) {
        if (report == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        ReceivedReportSummary received;
        try {
            received = forwarding.receive(key, report);
        } catch (EJBException lostRace) {
            // the same key committed by a concurrent request first: answer that report
            received = forwarding.received(key).orElseThrow(() -> lostRace);
        }
        return Response.status(received.duplicate() ? Response.Status.OK : Response.Status.CREATED)
                .entity(received)
                .build();
    }

    /** What became of a report this service account delivered under the key: state, adoptions, instructions. */
    @Operation(
            operationId = "getInboundReportProgress",
            description =
                    "Reads the progress of a forwarded report by its idempotency key; open to the service account that delivered under the key (anyone else, an unknown key: 404; other roles 403). Refusals: 404; 403.",
            summary = "Read the progress of a forwarded report by its idempotency key")
    @GET
    @Path("/{key}")
    public ReportProgressDetails progress(@PathParam("key") String key) {
        return forwarding.progress(key);
    }
}
