package org.tongxin.proposal.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.proposal.application.ProposalAnswerDocumentService;

/**
 * The signed answer document (issue 18): POST /api/v1/proposals/{id}/answer-document?name= (the lead unit; the PDF as
 * the body) and GET /proposals/{id}/answer-document (the PDF, for whoever may see the answer).
 */
@Tag(name = "Proposals")
@Path("/proposals/{id:[0-9]+}/answer-document")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProposalAnswerDocumentResource {

    @EJB
    ProposalAnswerDocumentService documents;

    @Operation(
            operationId = "attachAnswerDocument",
            description =
                    "Attaches the answer document of a proposal; open to the lead unit. Refusals: 403 proposal-step-role; 409 proposal-state; 422.",
            summary = "Attach the answer document of a proposal")
    @POST
    @Consumes(MediaType.WILDCARD)
    public ProposalAnswerDocumentService.Summary attach(
            @PathParam("id") long id, @QueryParam("name") String name, byte[] content) {
        return documents.attach(id, name, content);
    }

    @Operation(
            operationId = "downloadAnswerDocument",
            description =
                    "Downloads a proposal's answer document; open to whoever may see the answer (office, leaders, units; the proposer and co-signers once delivered). Refusals: 404.",
            summary = "Download a proposal's answer document")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id) {
        ProposalAnswerDocumentService.File f = documents.download(id);
        String encoded = java.net.URLEncoder.encode(f.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(f.content(), f.contentType())
                .header("Content-Disposition", "attachment; filename=\"answer.pdf\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
