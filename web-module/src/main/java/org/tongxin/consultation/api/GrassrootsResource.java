package org.tongxin.consultation.api;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.consultation.application.GrassrootsDetails;
import org.tongxin.consultation.application.GrassrootsService;
import org.tongxin.consultation.application.GrassrootsSummary;
import org.tongxin.consultation.domain.GrassrootsResult;
import org.tongxin.consultation.domain.GrassrootsStep;
import org.tongxin.platform.kernel.Page;

/**
 * Grassroots consultation, five parties and six steps: GET /api/v1/consultation/grassroots?step=&amp;town=&amp;result=
 * &amp;from=&amp;to=&amp;page=&amp;size= (a page), GET /grassroots/{id} (ETag: the version), POST /grassroots (a topic
 * collected), POST /grassroots/{id}/steps (the next step with its record), GET /grassroots/towns and GET
 * /grassroots/{id}/attendees?q= (choices for the forms). The figures are {@link CountsResource}'s.
 */
@Tag(name = "Consultation")
@Path("/consultation/grassroots")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GrassrootsResource {

    @EJB
    GrassrootsService grassroots;

    public record NewTopic(
            Long concernId, Long townId, Long pointId, String title, String description, String collectedOn) {}

    public record Meeting(
            List<Long> memberIds,
            List<String> partyBranch,
            List<String> property,
            List<String> police,
            List<String> residents,
            String result,
            String reasons) {}

    @Schema(requiredProperties = {"step", "version"})
    public record StepBody(
            String step,
            Integer version,
            String on,
            String record,
            Meeting meeting,
            String feedback,
            String feedbackOn) {}

    @Operation(
            operationId = "listGrassrootsTopics",
            description =
                    "Lists grassroots consultation topics; open to members (their concerns' topics), office staff, leaders. Refusals: 422 invalid-input.",
            summary = "List grassroots consultation topics")
    @GET
    public Page<GrassrootsSummary> list(
            @QueryParam("step") String step,
            @QueryParam("town") Long town,
            @QueryParam("result") String result,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return grassroots.topics(
                step == null || step.isBlank() ? null : PlanResource.value(GrassrootsStep.class, step, "step"),
                town,
                result == null || result.isBlank()
                        ? null
                        : PlanResource.value(GrassrootsResult.class, result, "result"),
                PlanResource.date(from, "from"),
                PlanResource.date(to, "to"),
                new Page.Request(page, size));
    }

    @Operation(
            operationId = "getGrassrootsTopic",
            description =
                    "Reads one grassroots topic (with its version as ETag); open to the same callers as the list. Refusals: 404.",
            summary = "Read one grassroots topic (with its version as ETag)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GrassrootsDetails.class)))
    @GET
    @Path("/{id:[0-9]+}")
    public Response topic(@PathParam("id") long id) {
        GrassrootsDetails topic = grassroots.topic(id);
        return Response.ok(topic)
                .tag(new EntityTag(String.valueOf(topic.version())))
                .build();
    }

    @Operation(
            operationId = "createGrassrootsTopic",
            description =
                    "Creates a grassroots consultation topic; open to office staff; a member (from a concern of their own). Refusals: 409 concern-taken; 403 grassroots-not-in-group; 422.",
            summary = "Create a grassroots consultation topic")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = GrassrootsDetails.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewTopic body) {
        NewTopic b = PlanResource.required(body, "title");
        return Response.status(Response.Status.CREATED)
                .entity(grassroots.create(new GrassrootsService.NewTopic(
                        b.concernId(),
                        b.townId(),
                        b.pointId(),
                        b.title(),
                        b.description(),
                        PlanResource.date(b.collectedOn(), "collectedOn"))))
                .build();
    }

    @Operation(
            operationId = "takeGrassrootsStep",
            description =
                    "Takes the next step of a grassroots topic; open to office staff of the topic's organisation. Refusals: 403 grassroots-step-role; 409 grassroots-state; 422.",
            summary = "Take the next step of a grassroots topic")
    @POST
    @Path("/{id:[0-9]+}/steps")
    @Consumes(MediaType.APPLICATION_JSON)
    public GrassrootsDetails take(@PathParam("id") long id, StepBody body) {
        StepBody b = PlanResource.required(body, "step");
        Meeting m = b.meeting();
        GrassrootsService.MeetingTerms meeting = m == null
                ? null
                : new GrassrootsService.MeetingTerms(
                        m.memberIds(),
                        m.partyBranch(),
                        m.property(),
                        m.police(),
                        m.residents(),
                        m.result() == null || m.result().isBlank()
                                ? null
                                : PlanResource.value(GrassrootsResult.class, m.result(), "result"),
                        m.reasons());
        return grassroots.take(
                id,
                PlanResource.required(b.version(), "version"),
                PlanResource.value(GrassrootsStep.class, PlanResource.required(b.step(), "step"), "step"),
                new GrassrootsService.StepTerms(
                        PlanResource.date(b.on(), "on"),
                        b.record(),
                        meeting,
                        b.feedback(),
                        PlanResource.date(b.feedbackOn(), "feedbackOn")));
    }

    @Operation(
            operationId = "listGrassrootsTowns",
            description =
                    "Lists the towns and points to choose for a grassroots topic; open to members, office staff, leaders.",
            summary = "List the towns and points to choose for a grassroots topic")
    @GET
    @Path("/towns")
    public List<GrassrootsService.TownChoice> towns() {
        return grassroots.towns();
    }

    @Operation(
            operationId = "listGrassrootsAttendees",
            description = "Lists the members to choose as attendees of a grassroots topic; open to office staff.",
            summary = "List the members to choose as attendees of a grassroots topic")
    @GET
    @Path("/{id:[0-9]+}/attendees")
    public List<GrassrootsService.MemberChoice> attendees(@PathParam("id") long id, @QueryParam("q") String q) {
        return grassroots.attendees(id, q);
    }
}
