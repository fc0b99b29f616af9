package org.tongxin.inforeport.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import org.tongxin.inforeport.application.TopicDetails;
import org.tongxin.inforeport.application.TopicService;
import org.tongxin.platform.kernel.Problem;

/**
 * Report topics per organisation: GET /api/v1/reports/topics (members, information editors, leaders: the topics new
 * reports take; {@code ?all=true}, information editors: retired and hidden ones too), POST, PUT /{id},
 * POST /{id}/retire and POST /{id}/reinstate (information editors, for their own organisation).
 */
@Tag(name = "Information reports")
@Path("/reports/topics")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TopicResource {

    @EJB
    TopicService topics;

    /** The body of POST and PUT. */
    public record TopicBody(String nameZh, String nameEn) {}

    @Operation(
            operationId = "listTopics",
            description = "Lists report topics; open to members, info editors, leaders.",
            summary = "List report topics")
    @GET
    public List<TopicDetails> list(@QueryParam("all") @DefaultValue("false") boolean all) {
        return all ? topics.topics() : topics.usable();
    }

    @Operation(
            operationId = "createTopic",
            description = "Creates a report topic; open to info editors. Refusals: 409 duplicate-topic; 422.",
            summary = "Create a report topic")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TopicDetails.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(TopicBody body) {
        TopicBody b = body(body);
        return Response.status(Response.Status.CREATED)
                .entity(topics.create(b.nameZh(), b.nameEn()))
                .build();
    }

    @Operation(
            operationId = "renameTopic",
            description =
                    "Renames a report topic; open to info editors of the topic's organisation. Refusals: 409 global-topic.",
            summary = "Rename a report topic")
    @PUT
    @Path("/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public TopicDetails rename(@PathParam("id") long id, TopicBody body) {
        TopicBody b = body(body);
        return topics.rename(id, b.nameZh(), b.nameEn());
    }

    @Operation(
            operationId = "retireTopic",
            description = "Retires a report topic; open to info editors. Refusals: 409.",
            summary = "Retire a report topic")
    @POST
    @Path("/{id:[0-9]+}/retire")
    public TopicDetails retire(@PathParam("id") long id) {
        return topics.retire(id);
    }

    @Operation(
            operationId = "reinstateTopic",
            description = "Reinstates a retired report topic; open to info editors. Refusals: 409 not-retired.",
            summary = "Reinstate a retired report topic")
    @POST
    @Path("/{id:[0-9]+}/reinstate")
    public TopicDetails reinstate(@PathParam("id") long id) {
        return topics.reinstate(id);
    }

    private static TopicBody body(TopicBody body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return body;
    }
}
