package org.tongxin.proposal.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.kernel.Jsonp;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.web.Texts;
import org.tongxin.proposal.application.ProposalStatistics;
import org.tongxin.proposal.application.ProposalSummary;
import org.tongxin.proposal.application.ProposalTrackingService;
import org.tongxin.proposal.domain.ProposalSession;

/**
 * The proposal office's follow-up (issue 18): GET /api/v1/proposals/overdue (paged, the oldest due first), POST
 * /proposals/reminders (send the deadline reminders due now: {@code {"sent": n}}), GET /proposals/statistics?year=
 * &amp;session=&amp;sessionId= (a dated plenary session) and GET /proposals/statistics.xlsx (the same, as a workbook in the caller's language). Kept apart from
 * {@link ProposalResource}: the literal paths never meet its {@code {id}} ones.
 */
@Tag(name = "Proposals")
@Path("/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProposalTrackingResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    ProposalTrackingService tracking;

    @Context
    HttpHeaders headers;

    @Operation(
            operationId = "listOverdueProposals",
            description = "Lists proposals whose answer is overdue; open to office staff, leaders.",
            summary = "List proposals whose answer is overdue")
    @GET
    @Path("/overdue")
    public Page<ProposalSummary> overdue(
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        return tracking.overdue(new Page.Request(page, size));
    }

    @Operation(
            operationId = "sendProposalReminders",
            description = "Reminds handling units of overdue proposals; open to office staff.",
            summary = "Remind handling units of overdue proposals")
    @APIResponse(
            responseCode = "200",
            description = "The number of reminders sent",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            properties = @SchemaProperty(name = "sent", type = SchemaType.INTEGER))))
    @POST
    @Path("/reminders")
    public Response remind() {
        return Response.ok(Jsonp.createObjectBuilder()
                        .add("sent", tracking.sendReminders())
                        .build()
                        .toString())
                .build();
    }

    @Operation(
            operationId = "getProposalStatistics",
            description = "Reads proposal statistics; open to office staff, leaders. Refusals: 422 invalid-input.",
            summary = "Read proposal statistics")
    @GET
    @Path("/statistics")
    public ProposalStatistics statistics(
            @QueryParam("year") Integer year,
            @QueryParam("session") String session,
            @QueryParam("sessionId") Long sessionId) {
        return tracking.statistics(year, session(session), sessionId);
    }

    @Operation(
            operationId = "exportProposalStatistics",
            description = "Exports proposal statistics as a spreadsheet; open to office staff, leaders.",
            summary = "Export proposal statistics as a spreadsheet")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/statistics.xlsx")
    @Produces(XLSX)
    public Response export(
            @QueryParam("year") Integer year,
            @QueryParam("session") String session,
            @QueryParam("sessionId") Long sessionId) {
        Locale locale = Texts.choose(java.util.Collections.enumeration(headers.getAcceptableLanguages()));
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : ProposalTrackingService.EXPORT_LABELS) {
            labels.put(key, Texts.get(locale, key));
        }
        byte[] bytes = tracking.export(year, session(session), sessionId, labels);
        return Response.ok(bytes, XLSX)
                .header("Content-Disposition", "attachment; filename=\"proposal-statistics.xlsx\"")
                .build();
    }

    private static ProposalSession session(String text) {
        return text == null || text.isBlank() ? null : ProposalResource.value(ProposalSession.class, text, "session");
    }
}
