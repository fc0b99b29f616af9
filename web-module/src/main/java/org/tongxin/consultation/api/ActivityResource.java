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

    public record StepBody(String step, Integer version, String reason) {}

    public record CancelBody(Integer version, String reason) {}

    public record ParticipantBody(Long memberId, String kind, String name, String unit) {}

    public record AttendanceBody(Boolean present) {}

    public record CodeBody(String code) {}

    public record ResearchBody(
            String on, String place, List<Long> memberIds, String findings, List<String> documents) {}

    public record SpeechBody(String title, String text) {}

    public record ReadingGroupBody(Long readingGroupId) {}

    public record SelectionBody(Boolean selected) {}

    public record DeliveryBody(Boolean delivered) {}

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

    @GET
    @Path("/activities/{id:[0-9]+}")
    public Response activity(@PathParam("id") long id) {
        ConsultationActivityDetails a = service.activity(id);
        return Response.ok(a).tag(new EntityTag(String.valueOf(a.version()))).build();
    }

    @POST
    @Path("/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(ActivityBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(service.create(asked(PlanResource.required(body, "topic"))))
                .build();
    }

    @PUT
    @Path("/activities/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails update(@PathParam("id") long id, ActivityBody body) {
        ActivityBody b = PlanResource.required(body, "topic");
        return service.update(id, PlanResource.required(b.version(), "version"), asked(b));
    }

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

    @POST
    @Path("/activities/{id:[0-9]+}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails cancel(@PathParam("id") long id, CancelBody body) {
        CancelBody b = PlanResource.required(body, "version");
        return service.take(id, PlanResource.required(b.version(), "version"), ActivityStep.CANCEL, b.reason());
    }

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

    @DELETE
    @Path("/activities/{id:[0-9]+}/participants/{pid:[0-9]+}")
    public ConsultationActivityDetails removeParticipant(@PathParam("id") long id, @PathParam("pid") long pid) {
        return service.removeParticipant(id, pid);
    }

    @POST
    @Path("/activities/{id:[0-9]+}/participants/{pid:[0-9]+}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails mark(@PathParam("id") long id, @PathParam("pid") long pid, AttendanceBody body) {
        AttendanceBody b = PlanResource.required(body, "present");
        return service.mark(id, pid, PlanResource.required(b.present(), "present"));
    }

    @POST
    @Path("/activities/{id:[0-9]+}/signup")
    public Response signUp(@PathParam("id") long id) {
        return Response.status(Response.Status.CREATED)
                .entity(service.signUp(id))
                .build();
    }

    @DELETE
    @Path("/activities/{id:[0-9]+}/signup")
    public ConsultationActivityDetails withdraw(@PathParam("id") long id) {
        return service.withdraw(id);
    }

    @POST
    @Path("/check-in")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails checkIn(CodeBody body) {
        CodeBody b = PlanResource.required(body, "code");
        return service.checkIn(PlanResource.required(b.code(), "code"));
    }

    @POST
    @Path("/activities/{id:[0-9]+}/research")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addResearch(@PathParam("id") long id, ResearchBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(service.addResearch(id, research(PlanResource.required(body, "on"))))
                .build();
    }

    @PUT
    @Path("/activities/{id:[0-9]+}/research/{rid:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails changeResearch(
            @PathParam("id") long id, @PathParam("rid") long rid, ResearchBody body) {
        return service.changeResearch(id, rid, research(PlanResource.required(body, "on")));
    }

    @POST
    @Path("/activities/{id:[0-9]+}/research/{rid:[0-9]+}/done")
    public ConsultationActivityDetails researchDone(@PathParam("id") long id, @PathParam("rid") long rid) {
        return service.researchDone(id, rid);
    }

    @POST
    @Path("/activities/{id:[0-9]+}/research/{rid:[0-9]+}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(
            @PathParam("id") long id, @PathParam("rid") long rid, @QueryParam("name") String name, byte[] content) {
        return Response.status(Response.Status.CREATED)
                .entity(service.attachResearchFile(id, rid, name, content))
                .build();
    }

    @GET
    @Path("/activities/{id:[0-9]+}/research/{rid:[0-9]+}/attachments")
    public List<ResearchFileSummary> attachments(@PathParam("id") long id, @PathParam("rid") long rid) {
        return service.researchFiles(id, rid);
    }

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

    @DELETE
    @Path("/activities/{id:[0-9]+}/research/{rid:[0-9]+}/attachments/{fid:[0-9]+}")
    public ConsultationActivityDetails removeAttachment(
            @PathParam("id") long id, @PathParam("rid") long rid, @PathParam("fid") long fid) {
        return service.removeResearchFile(id, rid, fid);
    }

    @PUT
    @Path("/activities/{id:[0-9]+}/reading-group")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails linkReadingGroup(@PathParam("id") long id, ReadingGroupBody body) {
        return service.linkReadingGroup(id, body == null ? null : body.readingGroupId());
    }

    @DELETE
    @Path("/activities/{id:[0-9]+}/reading-group")
    public ConsultationActivityDetails unlinkReadingGroup(@PathParam("id") long id) {
        return service.linkReadingGroup(id, null);
    }

    @GET
    @Path("/activities/{id:[0-9]+}/reading-groups")
    public List<ReadingGroupDirectory.GroupRef> readingGroups(@PathParam("id") long id) {
        return service.readingGroupChoices(id);
    }

    @POST
    @Path("/activities/{id:[0-9]+}/speeches")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submitSpeech(@PathParam("id") long id, SpeechBody body) {
        SpeechBody b = PlanResource.required(body, "title");
        return Response.status(Response.Status.CREATED)
                .entity(service.submitSpeech(id, b.title(), b.text()))
                .build();
    }

    @POST
    @Path("/activities/{id:[0-9]+}/speeches/{sid:[0-9]+}/selection")
    @Consumes(MediaType.APPLICATION_JSON)
    public ConsultationActivityDetails select(
            @PathParam("id") long id, @PathParam("sid") long sid, SelectionBody body) {
        SelectionBody b = PlanResource.required(body, "selected");
        return service.selectSpeech(id, sid, PlanResource.required(b.selected(), "selected"));
    }

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
