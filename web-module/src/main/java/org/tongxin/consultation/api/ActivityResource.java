package org.tongxin.consultation.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.consultation.application.ActivitySummary;
import org.tongxin.consultation.application.ConsultationActivityDetails;
import org.tongxin.consultation.application.ConsultationActivityService;
import org.tongxin.consultation.application.NewActivity;
import org.tongxin.consultation.application.ResearchFileDetails;
import org.tongxin.consultation.application.ResearchFileSummary;
import org.tongxin.consultation.application.ResearchInput;
import org.tongxin.consultation.domain.ActivityState;
import org.tongxin.consultation.domain.ActivityStep;
import org.tongxin.consultation.domain.ConsultationForm;
import org.tongxin.consultation.domain.ParticipantKind;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.studyhall.application.ReadingGroupDirectory;

/**
 * Consultation activities under /api/v1/consultation/activities: the paged list (year, state), one activity (ETag of
 * its version), create, update, the steps (open, hold, cancel), participants, the attendance, the members' sign-up and
 * check-in (POST /consultation/check-in), research trips with their uploaded documents, the linked reading group and
 * speeches. docs/api.md, "Consultation: activities".
 */
@Tag(name = "Consultation")
@Path("/consultation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ActivityResource {

    @EJB
    ConsultationActivityService service;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    public record ActivityBody(
            String topic,
            String form,
            Long planItemId,
            String start,
            String end,
            Long spaceId,
            String place,
            Integer capacity,
            Integer version) {}

    @Schema(requiredProperties = {"step", "version"})
    public record StepBody(String step, Integer version, String reason) {}

    @Schema(requiredProperties = {"version"})
    public record CancelBody(Integer version, String reason) {}

    @Schema(requiredProperties = {"kind"})
    public record ParticipantBody(Long memberId, String kind, String name, String unit) {}

    @Schema(requiredProperties = {"present"})
    public record AttendanceBody(Boolean present) {}

    @Schema(requiredProperties = {"code"})
    public record CodeBody(String code) {}

    public record ResearchBody(
            String on, String place, List<Long> memberIds, String findings, List<String> documents) {}

    public record SpeechBody(String title, String text) {}

    public record ReadingGroupBody(Long readingGroupId) {}

    @Schema(requiredProperties = {"selected"})
    public record SelectionBody(Boolean selected) {}

    @Schema(requiredProperties = {"delivered"})
    public record DeliveryBody(Boolean delivered) {}

    @Operation(
            operationId = "listConsultationActivities",
            description = "Lists consultation activities; open to members, office staff, leaders. Refusals: 422.",
            summary = "List consultation activities")
    @GET
    @Path("/activities")
    public Page<ActivitySummary> list(
            @QueryParam("year") Integer year,
            @QueryParam("state") String state,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        ActivityState s =
                state == null || state.isBlank() ? null : PlanResource.value(ActivityState.class, state, "state");
        return service.activities(year == null ? service.thisYear() : year, s, new Page.Request(page, size));
    }

    @Operation(
            operationId = "getConsultationActivity",
            description =
                    "Reads one consultation activity (with its version as ETag); open to members, office staff, leaders. Refusals: 404.",
            summary = "Read one consultation activity (with its version as ETag)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConsultationActivityDetails.class)))
    @GET
    @Path("/activities/{id:[0-9]+}")
    public Response activity(@PathParam("id") long id) {
        ConsultationActivityDetails a = service.activity(id);
        return Response.ok(a).tag(new EntityTag(String.valueOf(a.version()))).build();
    }

    @Operation(
            operationId = "createConsultationActivity",
            description =
                    "Creates a consultation activity; open to office staff. Refusals: 409 slot-taken; 422 closed-day, outside-hours, in-the-past, over-capacity.",
            summary = "Create a consultation activity")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConsultationActivityDetails.class)))
    @POST
    @Path("/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ActivityBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(service.create(asked(PlanResource.required(body, "topic"))))
                .build();
    }

    @Operation(
            operationId = "updateConsultationActivity",
            description =
                    "Changes a consultation activity; open to office staff of its organisation. Refusals: 409 activity-state; 422 capacity.",
            summary = "Change a consultation activity")
    @PUT
    @Path("/activities/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails update(@PathParam("id") long id, ActivityBody body) {
        ActivityBody b = PlanResource.required(body, "topic");
        return service.update(id, PlanResource.required(b.version(), "version"), asked(b));
    }

    @Operation(
            operationId = "transitionConsultationActivity",
            description =
                    "Moves a consultation activity to its next state; open to office staff of its organisation. Refusals: 409 activity-started, activity-not-started, activity-state; 422 too-late; 403 activity-step-role.",
            summary = "Move a consultation activity to its next state")
    @POST
    @Path("/activities/{id:[0-9]+}/transitions")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails take(@PathParam("id") long id, StepBody body) {
        StepBody b = PlanResource.required(body, "step");
        return service.take(
                id,
                PlanResource.required(b.version(), "version"),
                PlanResource.value(ActivityStep.class, PlanResource.required(b.step(), "step"), "step"),
                b.reason());
    }

    @Operation(
            operationId = "cancelConsultationActivity",
            description = "Cancels a consultation activity; open to office staff of its organisation.",
            summary = "Cancel a consultation activity")
    @POST
    @Path("/activities/{id:[0-9]+}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails cancel(@PathParam("id") long id, CancelBody body) {
        CancelBody b = PlanResource.required(body, "version");
        return service.take(id, PlanResource.required(b.version(), "version"), ActivityStep.CANCEL, b.reason());
    }

    @Operation(
            operationId = "addActivityParticipant",
            description =
                    "Invites a participant to a consultation activity; open to office staff of its organisation. Refusals: 409 activity-full; 422.",
            summary = "Invite a participant to a consultation activity")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConsultationActivityDetails.class)))
    @POST
    @Path("/activities/{id:[0-9]+}/participants")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addParticipant(@PathParam("id") long id, ParticipantBody body) {
        ParticipantBody b = PlanResource.required(body, "memberId");
        ConsultationActivityDetails a = b.memberId() != null
                ? service.invite(id, b.memberId())
                : service.addGuest(
                        id,
                        PlanResource.value(ParticipantKind.class, PlanResource.required(b.kind(), "kind"), "kind"),
                        b.name(),
                        b.unit());
        return Response.status(Response.Status.CREATED).entity(a).build();
    }

    @Operation(
            operationId = "removeActivityParticipant",
            description =
                    "Removes a participant from a consultation activity; open to office staff of its organisation. Refusals: 409 activity-state.",
            summary = "Remove a participant from a consultation activity")
    @DELETE
    @Path("/activities/{id:[0-9]+}/participants/{pid:[0-9]+}")
    public ConsultationActivityDetails removeParticipant(@PathParam("id") long id, @PathParam("pid") long pid) {
        return service.removeParticipant(id, pid);
    }

    @Operation(
            operationId = "markActivityAttendance",
            description =
                    "Records a participant's attendance; open to office staff of its organisation. Refusals: 409 check-in-closed.",
            summary = "Record a participant's attendance")
    @POST
    @Path("/activities/{id:[0-9]+}/participants/{pid:[0-9]+}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails mark(@PathParam("id") long id, @PathParam("pid") long pid, AttendanceBody body) {
        AttendanceBody b = PlanResource.required(body, "present");
        return service.mark(id, pid, PlanResource.required(b.present(), "present"));
    }

    @Operation(
            operationId = "signUpForActivity",
            description =
                    "Signs up for a consultation activity; open to a member of its organisation. Refusals: 409 signup-closed; 403 not-a-member.",
            summary = "Sign up for a consultation activity")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConsultationActivityDetails.class)))
    @POST
    @Path("/activities/{id:[0-9]+}/signup")
    public Response signUp(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED)
                .entity(service.signUp(id))
                .build();
    }

    @Operation(
            operationId = "withdrawActivitySignup",
            description =
                    "Withdraws the caller's sign-up from a consultation activity; open to the member. Refusals: 409 signup-closed, not-participant.",
            summary = "Withdraw the caller's sign-up from a consultation activity")
    @DELETE
    @Path("/activities/{id:[0-9]+}/signup")
    public ConsultationActivityDetails withdraw(@PathParam("id") long id) {
        return service.withdraw(id);
    }

    @Operation(
            operationId = "checkInConsultation",
            description =
                    "Checks in at a consultation activity with its code; open to a member taking part. Refusals: 409 check-in-closed, not-participant; 422 bad-code.",
            summary = "Check in at a consultation activity with its code")
    @POST
    @Path("/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails checkIn(CodeBody body) {
        CodeBody b = PlanResource.required(body, "code");
        return service.checkIn(PlanResource.required(b.code(), "code"));
    }

    @Operation(
            operationId = "addActivityResearch",
            description =
                    "Adds a research visit to a consultation activity; open to office staff of its organisation. Refusals: 422; 409 activity-state.",
            summary = "Add a research visit to a consultation activity")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConsultationActivityDetails.class)))
    @POST
    @Path("/activities/{id:[0-9]+}/research")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addResearch(@PathParam("id") long id, ResearchBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(service.addResearch(id, research(PlanResource.required(body, "on"))))
                .build();
    }

    @Operation(
            operationId = "changeActivityResearch",
            description =
                    "Changes a research visit; open to office staff of its organisation. Refusals: 409 research-done.",
            summary = "Change a research visit")
    @PUT
    @Path("/activities/{id:[0-9]+}/research/{rid:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails changeResearch(
            @PathParam("id") long id, @PathParam("rid") long rid, ResearchBody body) {
        return service.changeResearch(id, rid, research(PlanResource.required(body, "on")));
    }

    @Operation(
            operationId = "finishActivityResearch",
            description =
                    "Marks a research visit as done; open to office staff of its organisation. Refusals: 409 research-done; 422 research-in-future.",
            summary = "Mark a research visit as done")
    @POST
    @Path("/activities/{id:[0-9]+}/research/{rid:[0-9]+}/done")
    public ConsultationActivityDetails researchDone(@PathParam("id") long id, @PathParam("rid") long rid) {
        return service.researchDone(id, rid);
    }

    @Operation(
            operationId = "attachResearchFile",
            description =
                    "Attaches a file to a research visit; open to office staff of its organisation. Refusals: 422 file-type, research-files-full; 409 activity-state; 404.",
            summary = "Attach a file to a research visit")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ResearchFileSummary.class)))
    @POST
    @Path("/activities/{id:[0-9]+}/research/{rid:[0-9]+}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(
            @PathParam("id") long id, @PathParam("rid") long rid, @QueryParam("name") String name, byte[] content) {
        return Response.status(Response.Status.CREATED)
                .entity(service.attachResearchFile(id, rid, name, content))
                .build();
    }

    @Operation(
            operationId = "listResearchFiles",
            description =
                    "Lists a research visit's files; open to whoever sees the activity (members of its organisation, office staff and leaders of it and above). Refusals: 404.",
            summary = "List a research visit's files")
    @GET
    @Path("/activities/{id:[0-9]+}/research/{rid:[0-9]+}/attachments")
    public List<ResearchFileSummary> attachments(@PathParam("id") long id, @PathParam("rid") long rid) {
        return service.researchFiles(id, rid);
    }

    @Operation(
            operationId = "downloadResearchFile",
            description =
                    "Downloads a file attached to a research visit of a consultation activity; open to members, office staff and leaders who may see the activity. Refusals: 404 for an activity, visit or file not visible.",
            summary = "Download a research visit's file")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/activities/{id:[0-9]+}/research/{rid:[0-9]+}/attachments/{fid:[0-9]+}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("rid") long rid, @PathParam("fid") long fid) {
        ResearchFileDetails d = service.researchFile(id, rid, fid);
        String encoded = java.net.URLEncoder.encode(d.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", "attachment; filename=\"attachment\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @Operation(
            operationId = "removeResearchFile",
            description =
                    "Removes a research visit's file; open to office staff of its organisation. Refusals: 409 activity-state.",
            summary = "Remove a research visit's file")
    @DELETE
    @Path("/activities/{id:[0-9]+}/research/{rid:[0-9]+}/attachments/{fid:[0-9]+}")
    public ConsultationActivityDetails removeAttachment(
            @PathParam("id") long id, @PathParam("rid") long rid, @PathParam("fid") long fid) {
        return service.removeResearchFile(id, rid, fid);
    }

    @Operation(
            operationId = "linkActivityReadingGroup",
            description =
                    "Links a reading group to a consultation activity; open to office staff of its organisation. Refusals: 422.",
            summary = "Link a reading group to a consultation activity")
    @PUT
    @Path("/activities/{id:[0-9]+}/reading-group")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails linkReadingGroup(@PathParam("id") long id, ReadingGroupBody body) {
        return service.linkReadingGroup(id, body == null ? null : body.readingGroupId());
    }

    @Operation(
            operationId = "unlinkActivityReadingGroup",
            description =
                    "Removes the link between a consultation activity and a study hall reading group; open to office staff of the activity's organisation (other roles 403, invisible activity 404).",
            summary = "Unlink the reading group of a consultation activity")
    @DELETE
    @Path("/activities/{id:[0-9]+}/reading-group")
    public ConsultationActivityDetails unlinkReadingGroup(@PathParam("id") long id) {
        return service.linkReadingGroup(id, null);
    }

    @Operation(
            operationId = "listActivityReadingGroups",
            description =
                    "Lists the reading groups a consultation activity can link; open to office staff of its organisation.",
            summary = "List the reading groups a consultation activity can link")
    @GET
    @Path("/activities/{id:[0-9]+}/reading-groups")
    public List<ReadingGroupDirectory.GroupRef> readingGroups(@PathParam("id") long id) {
        return service.readingGroupChoices(id);
    }

    @Operation(
            operationId = "submitSpeech",
            description =
                    "Submits a speech to a consultation activity; open to a member of its organisation. Refusals: 409 activity-state, speech-exists; 422.",
            summary = "Submit a speech to a consultation activity")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ConsultationActivityDetails.class)))
    @POST
    @Path("/activities/{id:[0-9]+}/speeches")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submitSpeech(@PathParam("id") long id, SpeechBody body) {
        SpeechBody b = PlanResource.required(body, "title");
        return Response.status(Response.Status.CREATED)
                .entity(service.submitSpeech(id, b.title(), b.text()))
                .build();
    }

    @Operation(
            operationId = "selectSpeech",
            description =
                    "Selects or deselect a speech for delivery; open to office staff of its organisation. Refusals: 409 speech-delivered.",
            summary = "Select or deselect a speech for delivery")
    @POST
    @Path("/activities/{id:[0-9]+}/speeches/{sid:[0-9]+}/selection")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails select(
            @PathParam("id") long id, @PathParam("sid") long sid, SelectionBody body) {
        SelectionBody b = PlanResource.required(body, "selected");
        return service.selectSpeech(id, sid, PlanResource.required(b.selected(), "selected"));
    }

    @Operation(
            operationId = "recordSpeechDelivery",
            description =
                    "Records that a speech was delivered; open to office staff of its organisation. Refusals: 422 speech-not-selected; 409 activity-not-started.",
            summary = "Record that a speech was delivered")
    @POST
    @Path("/activities/{id:[0-9]+}/speeches/{sid:[0-9]+}/delivery")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails deliver(
            @PathParam("id") long id, @PathParam("sid") long sid, DeliveryBody body) {
        DeliveryBody b = PlanResource.required(body, "delivered");
        return service.deliverSpeech(id, sid, PlanResource.required(b.delivered(), "delivered"));
    }

    private NewActivity asked(ActivityBody b) {
        return new NewActivity(
                b.topic(),
                b.form() == null || b.form().isBlank()
                        ? null
                        : PlanResource.value(ConsultationForm.class, b.form(), "form"),
                b.planItemId(),
                instant(b.start(), "start"),
                instant(b.end(), "end"),
                b.spaceId(),
                b.place(),
                b.capacity());
    }

    private static ResearchInput research(ResearchBody b) {
        return new ResearchInput(
                PlanResource.date(b.on(), "on"), b.place(), b.memberIds(), b.findings(), b.documents());
    }

    /** ISO-8601 with an offset, or without one in the caller's organisation's zone. */
    private Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // without an offset
        }
        try {
            return LocalDateTime.parse(v)
                    .atZone(time.zone(me.getOrganisationId()))
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
    }
}
