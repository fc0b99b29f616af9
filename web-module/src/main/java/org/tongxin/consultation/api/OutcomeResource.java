package org.tongxin.consultation.api;

import static org.tongxin.consultation.api.PlanResource.date;
import static org.tongxin.consultation.api.PlanResource.required;
import static org.tongxin.consultation.api.PlanResource.value;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.consultation.application.OutcomeDetails;
import org.tongxin.consultation.application.OutcomeService;
import org.tongxin.consultation.application.OutcomeSummary;
import org.tongxin.consultation.domain.LeaderLevel;
import org.tongxin.consultation.domain.OutcomeQuery;
import org.tongxin.consultation.domain.OutcomeState;
import org.tongxin.consultation.domain.OutcomeStep;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;

/**
 * Consultation outcomes: GET /api/v1/consultation/outcomes?state=&amp;year=&amp;departmentId=&amp;itemId=&amp;published=
 * (paged), GET /outcomes/{id} (with an ETag of the version), POST /outcomes, PUT /outcomes/{id} (while agreed), POST
 * /outcomes/{id}/transitions, /notes, /instructions, and a consultation's consensus report GET
 * /items/{itemId}/report.pdf and report.docx. Every change names the outcome's {@code version}.
 */
@Tag(name = "Consultation")
@Path("/consultation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    @EJB
    OutcomeService outcomes;

    public record OutcomeBody(Long itemId, String suggestion, Long departmentId, String due, Integer version) {}

    @Schema(requiredProperties = {"step", "version"})
    public record StepBody(
            String step, Integer version, String on, String answer, String answeredBy, String document) {}

    @Schema(requiredProperties = {"version"})
    public record NoteBody(String on, String text, Integer version) {}

    @Schema(requiredProperties = {"level", "version"})
    public record InstructionBody(String leader, String level, String on, String text, Integer version) {}

    @Operation(
            operationId = "listOutcomes",
            description =
                    "Lists consultation outcomes; open to members (published only), office staff, leaders, handling units (their department's, sent or later; another departmentId finds none). Refusals: 422 invalid-input.",
            summary = "List consultation outcomes")
    @GET
    @Path("/outcomes")
    public Page<OutcomeSummary> list(
            @QueryParam("state") String state,
            @QueryParam("year") Integer year,
            @QueryParam("departmentId") Long departmentId,
            @QueryParam("itemId") Long itemId,
            @QueryParam("published") Boolean published,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        OutcomeState s = state == null || state.isBlank() ? null : value(OutcomeState.class, state, "state");
        return outcomes.outcomes(
                new OutcomeQuery(s, year, departmentId, itemId, published), new Page.Request(page, size));
    }

    @Operation(
            operationId = "getOutcome",
            description =
                    "Reads one consultation outcome (with its version as ETag); open to the same callers as the list. Refusals: 404.",
            summary = "Read one consultation outcome (with its version as ETag)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OutcomeDetails.class)))
    @GET
    @Path("/outcomes/{id:[0-9]+}")
    public Response outcome(@PathParam("id") long id) {
        OutcomeDetails o = outcomes.outcome(id);
        return Response.ok(o).tag(new EntityTag(String.valueOf(o.version()))).build();
    }

    @Operation(
            operationId = "createOutcome",
            description =
                    "Records the outcome of a plan item; open to office staff. Refusals: 404; 403 outcome-not-own; 409 plan-state; 422.",
            summary = "Record the outcome of a plan item")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OutcomeDetails.class)))
    @POST
    @Path("/outcomes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(OutcomeBody body) {
        OutcomeBody b = required(body, "itemId");
        return Response.status(Response.Status.CREATED)
                .entity(outcomes.create(
                        required(b.itemId(), "itemId"), b.suggestion(), b.departmentId(), date(b.due(), "due")))
                .build();
    }

    @Operation(
            operationId = "changeOutcome",
            description = "Changes a consultation outcome; open to office staff. Refusals: 409 outcome-state; 422.",
            summary = "Change a consultation outcome")
    @PUT
    @Path("/outcomes/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutcomeDetails change(@PathParam("id") long id, OutcomeBody body) {
        OutcomeBody b = required(body, "suggestion");
        return outcomes.change(
                id, required(b.version(), "version"), b.suggestion(), b.departmentId(), date(b.due(), "due"));
    }

    @Operation(
            operationId = "transitionOutcome",
            description =
                    "Moves a consultation outcome to its next state; open to office staff; a handling unit ANSWER only, for its own department. Refusals: 422 department-retired, invalid-input; 403 outcome-step-role; 404; 409 outcome-state.",
            summary = "Move a consultation outcome to its next state")
    @POST
    @Path("/outcomes/{id:[0-9]+}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutcomeDetails take(@PathParam("id") long id, StepBody body) {
        StepBody b = required(body, "step");
        OutcomeStep step = value(OutcomeStep.class, required(b.step(), "step"), "step");
        if (!OutcomeStep.TRANSITIONS.contains(step)) {
            throw Problem.field("step", "invalid-input", "problem.invalid-input");
        }
        return outcomes.take(
                id,
                required(b.version(), "version"),
                step,
                date(b.on(), "on"),
                new OutcomeService.Answer(b.answer(), b.answeredBy(), b.document()));
    }

    @Operation(
            operationId = "addOutcomeNote",
            description =
                    "Adds a progress note to an outcome; open to office staff. Refusals: 409 outcome-state; 403 outcome-step-role.",
            summary = "Add a progress note to an outcome")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OutcomeDetails.class)))
    @POST
    @Path("/outcomes/{id:[0-9]+}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response note(@PathParam("id") long id, NoteBody body) {
        NoteBody b = required(body, "text");
        return Response.status(Response.Status.CREATED)
                .entity(outcomes.note(id, required(b.version(), "version"), date(b.on(), "on"), b.text()))
                .build();
    }

    @Operation(
            operationId = "instructOnOutcome",
            description =
                    "Records a leader's instruction on an outcome; open to leaders. Refusals: 409 outcome-state; 403 outcome-step-role.",
            summary = "Record a leader's instruction on an outcome")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OutcomeDetails.class)))
    @POST
    @Path("/outcomes/{id:[0-9]+}/instructions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response instruct(@PathParam("id") long id, InstructionBody body) {
        InstructionBody b = required(body, "text");
        LeaderLevel level =
                b.level() == null || b.level().isBlank() ? null : value(LeaderLevel.class, b.level(), "level");
        return Response.status(Response.Status.CREATED)
                .entity(outcomes.instruct(
                        id, required(b.version(), "version"), b.leader(), level, date(b.on(), "on"), b.text()))
                .build();
    }

    @Operation(
            operationId = "getItemReportPdf",
            description =
                    "Downloads a plan item's outcome report as PDF; open to office staff, leaders. Refusals: 404.",
            summary = "Download a plan item's outcome report as PDF")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/items/{itemId:[0-9]+}/report.pdf")
    @Produces("application/pdf")
    public Response pdf(@PathParam("itemId") long itemId) {
        return Response.ok(outcomes.reportPdf(itemId), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"consensus-report-" + itemId + ".pdf\"")
                .build();
    }

    @Operation(
            operationId = "getItemReportDocx",
            description = "Downloads a plan item's outcome report as Word document; open to office staff, leaders.",
            summary = "Download a plan item's outcome report as Word document")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = @Content(mediaType = DOCX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/items/{itemId:[0-9]+}/report.docx")
    @Produces(DOCX)
    public Response docx(@PathParam("itemId") long itemId) {
        return Response.ok(outcomes.reportDocx(itemId), DOCX)
                .header("Content-Disposition", "attachment; filename=\"consensus-report-" + itemId + ".docx\"")
                .build();
    }
}
