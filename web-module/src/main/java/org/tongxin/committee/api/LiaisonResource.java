package org.tongxin.committee.api;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.tongxin.committee.application.AssignmentRow;
import org.tongxin.committee.application.CardDetails;
import org.tongxin.committee.application.GroupMember;
import org.tongxin.committee.application.LiaisonService;
import org.tongxin.committee.application.PointSummary;
import org.tongxin.committee.application.TownSummary;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;

/**
 * Liaison groups, contact points and contact cards: GET /api/v1/liaison/towns?organisation=,
 * GET /api/v1/liaison/points?town=&amp;q=&amp;page=&amp;size=, GET /api/v1/liaison/members/{id}/points,
 * POST /api/v1/liaison/assignments, POST /api/v1/liaison/assignments/{id}/end,
 * POST /api/v1/liaison/towns/{id}/members, GET /api/v1/liaison/members/{id}/card, POST .../card/reissue and
 * GET .../card.pdf.
 */
@Path("/liaison")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LiaisonResource {

    @EJB
    LiaisonService liaison;

    public record NewAssignment(Long memberId, Long pointId, Boolean fixed, String since) {}

    public record Ending(String until) {}

    public record GroupMember(Long memberId) {}

    @GET
    @Path("/towns")
    public List<TownSummary> towns(@QueryParam("organisation") Long organisation) {
        return liaison.towns(required(organisation, "organisation"));
    }

    @GET
    @Path("/points")
    public Page<PointSummary> points(
            @QueryParam("town") Long town,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return liaison.points(required(town, "town"), q, new Page.Request(page, size));
    }

    @GET
    @Path("/members/{id}/points")
    public List<AssignmentRow> memberPoints(@PathParam("id") long id) {
        return liaison.memberPoints(id);
    }

    @POST
    @Path("/assignments")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(NewAssignment body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return Response.status(Response.Status.CREATED)
                .entity(liaison.assign(
                        required(body.memberId(), "memberId"),
                        required(body.pointId(), "pointId"),
                        Boolean.TRUE.equals(body.fixed()),
                        date(body.since(), "since")))
                .build();
    }

    @POST
    @Path("/assignments/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssignmentRow end(@PathParam("id") long id, Ending body) {
        return liaison.endAssignment(id, date(body == null ? null : body.until(), "until"));
    }

    @POST
    @Path("/towns/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(@PathParam("id") long town, GroupMember body) {
        liaison.joinGroup(town, required(body == null ? null : body.memberId(), "memberId"));
        return Response.noContent().build();
    }

    @GET
    @Path("/members/{id}/card")
    public CardDetails card(@PathParam("id") long id) {
        return liaison.card(id);
    }

    /** A new secret for a lost card: the old QR code stops working. */
    @POST
    @Path("/members/{id}/card/reissue")
    public CardDetails reissue(@PathParam("id") long id) {
        return liaison.reissueCard(id);
    }

    @GET
    @Path("/members/{id}/card.pdf")
    @Produces("application/pdf")
    public Response cardPdf(@PathParam("id") long id) {
        String base = org.tongxin.platform.application.PublicAddress.base();
        return Response.ok(liaison.cardPdf(id, base), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"card-" + id + ".pdf\"")
                .build();
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
        return value;
    }

    static LocalDate date(String value, String field) {
        try {
            return value == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.pairing.date");
        }
    }
}
