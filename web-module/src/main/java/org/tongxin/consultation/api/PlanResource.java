package org.tongxin.consultation.api;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.consultation.application.PlanDetails;
import org.tongxin.consultation.application.PlanService;
import org.tongxin.consultation.application.ShapeDetails;
import org.tongxin.consultation.domain.AmendmentKind;
import org.tongxin.consultation.domain.ConsultationForm;
import org.tongxin.consultation.domain.ItemTerms;
import org.tongxin.consultation.domain.PlanShape;
import org.tongxin.consultation.domain.PlanStep;
import org.tongxin.platform.kernel.Problem;

/**
 * Annual consultation plans: GET /api/v1/consultation/plans?year= (office staff, leaders: their organisation and
 * below), GET /plans/{id} (with an ETag of the version), POST /plans (a draft), POST /plans/{id}/items, PUT and DELETE
 * /plans/{id}/items/{itemId}?version= (office staff, drafts only), POST /plans/{id}/transitions (the path's steps),
 * POST /plans/{id}/amendments (office staff, approved plans), GET and PUT /shape (the organisation's shape) and GET
 * /tasks?year=&amp;committeeId= (task lists). Every change names the plan's {@code version}.
 */
@Tag(name = "Consultation")
@Path("/consultation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlanResource {

    @EJB
    PlanService plans;

    /** An item's terms in a request. */
    @Schema(requiredProperties = {"version"})
    public record ItemBody(
            String form,
            String topic,
            Integer month,
            String leadLeader,
            Long leadLeaderAccountId,
            Long leadCommitteeId,
            List<String> departments,
            Integer version) {}

    @Schema(requiredProperties = {"year"})
    public record NewPlan(Integer year) {}

    @Schema(requiredProperties = {"step", "version"})
    public record StepBody(String step, Integer version, String on, String body) {}

    @Schema(requiredProperties = {"item", "kind", "version"})
    public record AmendmentBody(String kind, Long itemId, ItemBody item, String reason, Integer version) {}

    @Schema(requiredProperties = {"plenary", "standing", "monthly", "otherMin"})
    public record ShapeBody(Integer plenary, Integer standing, Integer monthly, Integer otherMin, Integer version) {}

    @Operation(
            operationId = "listConsultationPlans",
            description = "Lists consultation plans; open to office staff, leaders.",
            summary = "List consultation plans")
    @GET
    @Path("/plans")
    public List<PlanDetails> list(@QueryParam("year") Integer year) {
        return plans.plans(year == null ? plans.thisYear() : year);
    }

    @Operation(
            operationId = "getConsultationPlan",
            description =
                    "Reads one consultation plan (with its version as ETag); open to office staff, leaders. Refusals: 404.",
            summary = "Read one consultation plan (with its version as ETag)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanDetails.class)))
    @GET
    @Path("/plans/{id:[0-9]+}")
    public Response plan(@PathParam("id") long id) {
        PlanDetails plan = plans.plan(id);
        return Response.ok(plan)
                .tag(new EntityTag(String.valueOf(plan.version())))
                .build();
    }

    @Operation(
            operationId = "createConsultationPlan",
            description =
                    "Creates a consultation plan for a year; open to office staff. Refusals: 409 plan-exists; 422.",
            summary = "Create a consultation plan for a year")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanDetails.class)))
    @POST
    @Path("/plans")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewPlan body) {
        if (body == null || body.year() == null) {
            throw Problem.field("year", "required", "problem.required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(plans.create(body.year()))
                .build();
    }

    @Operation(
            operationId = "addPlanItem",
            description =
                    "Adds an item to a consultation plan; open to office staff. Refusals: 409 plan-not-draft; 422.",
            summary = "Add an item to a consultation plan")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanDetails.class)))
    @POST
    @Path("/plans/{id:[0-9]+}/items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addItem(@PathParam("id") long id, ItemBody body) {
        ItemBody b = required(body, "item");
        return Response.status(Response.Status.CREATED)
                .entity(plans.addItem(id, required(b.version(), "version"), terms(b)))
                .build();
    }

    @Operation(
            operationId = "changePlanItem",
            description =
                    "Changes an item of a consultation plan; open to office staff. Refusals: 409 plan-not-draft; 404.",
            summary = "Change an item of a consultation plan")
    @PUT
    @Path("/plans/{id:[0-9]+}/items/{itemId:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanDetails changeItem(@PathParam("id") long id, @PathParam("itemId") long itemId, ItemBody body) {
        ItemBody b = required(body, "item");
        return plans.changeItem(id, itemId, required(b.version(), "version"), terms(b));
    }

    @Operation(
            operationId = "removePlanItem",
            description =
                    "Removes an item from a consultation plan; open to office staff. Refusals: 409 plan-not-draft.",
            summary = "Remove an item from a consultation plan")
    @DELETE
    @Path("/plans/{id:[0-9]+}/items/{itemId:[0-9]+}")
    public PlanDetails removeItem(
            @PathParam("id") long id, @PathParam("itemId") long itemId, @QueryParam("version") Integer version) {
        return plans.removeItem(id, itemId, required(version, "version"));
    }

    @Operation(
            operationId = "transitionConsultationPlan",
            description =
                    "Moves a consultation plan to its next state; open to the step's role. Refusals: 403 plan-step-role; 409 plan-state; 422 plan-short-of-shape.",
            summary = "Move a consultation plan to its next state")
    @POST
    @Path("/plans/{id:[0-9]+}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public PlanDetails take(@PathParam("id") long id, StepBody body) {
        StepBody b = required(body, "step");
        return plans.take(
                id,
                required(b.version(), "version"),
                value(PlanStep.class, required(b.step(), "step"), "step"),
                date(b.on(), "on"),
                b.body());
    }

    @Operation(
            operationId = "amendConsultationPlan",
            description = "Amends an approved consultation plan; open to office staff. Refusals: 409 plan-state; 422.",
            summary = "Amend an approved consultation plan")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = PlanDetails.class)))
    @POST
    @Path("/plans/{id:[0-9]+}/amendments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response amend(@PathParam("id") long id, AmendmentBody body) {
        AmendmentBody b = required(body, "kind");
        AmendmentKind kind = value(AmendmentKind.class, required(b.kind(), "kind"), "kind");
        ItemTerms terms = kind == AmendmentKind.REMOVE ? null : terms(required(b.item(), "item"));
        return Response.status(Response.Status.CREATED)
                .entity(plans.amend(id, required(b.version(), "version"), kind, b.itemId(), terms, b.reason()))
                .build();
    }

    @Operation(
            operationId = "getConsultationShape",
            description = "Reads the organisation's consultation plan shape; open to office staff, leaders.",
            summary = "Read the organisation's consultation plan shape")
    @GET
    @Path("/shape")
    public ShapeDetails shape() {
        return plans.shape();
    }

    @Operation(
            operationId = "changeConsultationShape",
            description =
                    "Changes the organisation's consultation plan shape; open to office staff. Refusals: 409 stale; 422.",
            summary = "Change the organisation's consultation plan shape")
    @PUT
    @Path("/shape")
    @Consumes(MediaType.APPLICATION_JSON)
    public ShapeDetails changeShape(ShapeBody body) {
        ShapeBody b = required(body, "plenary");
        return plans.changeShape(
                new PlanShape.Counts(
                        required(b.plenary(), "plenary"),
                        required(b.standing(), "standing"),
                        required(b.monthly(), "monthly"),
                        required(b.otherMin(), "otherMin")),
                b.version());
    }

    @Operation(
            operationId = "listConsultationTasks",
            description = "Lists the task lists of the consultation plans; open to members, office staff, leaders.",
            summary = "List the task lists of the consultation plans")
    @GET
    @Path("/tasks")
    public List<PlanDetails.Task> tasks(@QueryParam("year") Integer year, @QueryParam("committeeId") Long committeeId) {
        return plans.tasks(year == null ? plans.thisYear() : year, committeeId);
    }

    private static ItemTerms terms(ItemBody b) {
        return new ItemTerms(
                value(ConsultationForm.class, required(b.form(), "form"), "form"),
                b.topic(),
                required(b.month(), "month"),
                b.leadLeader(),
                b.leadLeaderAccountId(),
                b.leadCommitteeId(),
                b.departments() == null ? List.of() : b.departments());
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw Problem.field(field, "required", "problem.required");
        }
        return value;
    }

    static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
    }

    static LocalDate date(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
    }
}
