package org.tongxin.home.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.home.application.Dashboard;
import org.tongxin.home.application.DashboardService;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Texts;

/**
 * GET /api/v1/dashboard?from=&amp;to=: the leader's dashboard as JSON, and GET /dashboard/export.xlsx and /dashboard/export.pdf, the
 * same figures as documents in the caller's language (docs/api.md, "The leader's dashboard").
 */
@Tag(name = "Platform")
@Path("/dashboard")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DashboardResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    DashboardService dashboards;

    @Context
    HttpHeaders headers;

    @Operation(
            operationId = "getLeaderDashboard",
            description =
                    "Reads the leader's dashboard: the figures of a period for the caller's organisation and those below; open to leaders, office staff (everyone else 403). Refusals: 422 invalid-period, invalid-input; 403.",
            summary =
                    "Read the leader's dashboard: the figures of a period for the caller's organisation and those below")
    @GET
    public Dashboard dashboard(@QueryParam("from") String from, @QueryParam("to") String to) {
        return dashboards.dashboard(date(from, "from"), date(to, "to"));
    }

    @Operation(
            operationId = "exportLeaderDashboard",
            description = "Exports the leader's dashboard as a spreadsheet; open to leaders, office staff.",
            summary = "Export the leader's dashboard as a spreadsheet")
    @APIResponse(
            responseCode = "200",
            description = "The workbook",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/export.xlsx")
    @Produces(XLSX)
    public Response workbook(@QueryParam("from") String from, @QueryParam("to") String to) {
        byte[] bytes = dashboards.workbook(date(from, "from"), date(to, "to"), labels());
        return Response.ok(bytes, XLSX)
                .header("Content-Disposition", "attachment; filename=\"dashboard.xlsx\"")
                .build();
    }

    @Operation(
            operationId = "printLeaderDashboard",
            description = "Exports the leader's dashboard as a PDF; open to leaders, office staff.",
            summary = "Export the leader's dashboard as a PDF")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/export.pdf")
    @Produces("application/pdf")
    public Response pdf(@QueryParam("from") String from, @QueryParam("to") String to) {
        byte[] bytes = dashboards.pdf(date(from, "from"), date(to, "to"), labels());
        return Response.ok(bytes, "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"dashboard.pdf\"")
                .build();
    }

    private Map<String, String> labels() {
        Locale locale = Texts.choose(java.util.Collections.enumeration(headers.getAcceptableLanguages()));
        Map<String, String> labels = new LinkedHashMap<>();
        for (String key : DashboardService.LABELS) {
            labels.put(key, Texts.get(locale, key));
        }
        return labels;
    }

    private static LocalDate date(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
    }
}
