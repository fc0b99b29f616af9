package org.tongxin.inforeport.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.inforeport.application.AttachmentDetails;
import org.tongxin.inforeport.application.AttachmentSummary;
import org.tongxin.inforeport.application.DiffLineRow;
import org.tongxin.inforeport.application.NewReport;
import org.tongxin.inforeport.application.ReportAttachmentService;
import org.tongxin.inforeport.application.ReportDetails;
import org.tongxin.inforeport.application.ReportSearchService;
import org.tongxin.inforeport.application.ReportService;
import org.tongxin.inforeport.application.ReportStepRow;
import org.tongxin.inforeport.application.ReportSummary;
import org.tongxin.inforeport.application.RouteDetails;
import org.tongxin.inforeport.application.SimilarReportSummary;
import org.tongxin.inforeport.domain.Draft;
import org.tongxin.inforeport.domain.Instruction;
import org.tongxin.inforeport.domain.InstructionLevel;
import org.tongxin.inforeport.domain.ReportQuery;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;

/** {@code /api/v1/reports}: write, list, read, trace, and every move of the state machine. */
@Tag(name = "Information reports")
@Path("/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @EJB
    ReportService reports;

    @EJB
    ReportAttachmentService attachmentService;

    @EJB
    ReportSearchService search;

    @EJB
    org.tongxin.inforeport.application.ReportStatsService stats;

    @EJB
    org.tongxin.inforeport.application.ForwardingService forwarding;

    @EJB
    org.tongxin.inforeport.application.Courier courier;

    public record RouteBody(String baseUrl, String username, String password, String targetCode, String targetName) {}

    public record Body(
            String title, String body, List<String> proposals, String topic, List<Long> coAuthors, Long sourcePoint) {}

    public record Combine(List<Long> sources, String title, String body, List<String> proposals, String topic) {}

    public record Note(String note, String reason) {}

    public record InstructionBody(
            String leaderName, String level, String givenOn, String text, String department, String result) {}

    @Operation(
            operationId = "createReport",
            description = "Drafts an information report; open to a member (first author). Refusals: 422.",
            summary = "Draft an information report")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportDetails.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(Body body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        ReportDetails created = reports.create(new NewReport(
                body.title(), body.body(), body.proposals(), body.topic(), body.coAuthors(), body.sourcePoint()));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @Operation(
            operationId = "listReports",
            description =
                    "Lists information reports; open to members (reports they author or co-author), info editors and leaders (reports their organisation holds or has handled; never drafts). Refusals: 422 too-long.",
            summary = "List information reports")
    @GET
    public Page<ReportSummary> list(
            @QueryParam("state") String state,
            @QueryParam("topic") String topic,
            @QueryParam("q") String q,
            @QueryParam("level") String level,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("author") Long author,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        ReportState s = state == null || state.isBlank() ? null : parse(ReportState.class, state, "state");
        String l = level == null || level.isBlank()
                ? null
                : parse(org.tongxin.platform.kernel.OrganisationLevel.class, level, "level")
                        .name();
        return search.list(
                new ReportQuery(s, blankToNull(topic), words(q, "q"), l, date(from, "from"), date(to, "to"), author),
                new Page.Request(page, size));
    }

    /** Reports like the text being written, for the writer to look at before submitting a duplicate. */
    @Operation(
            operationId = "findSimilarReports",
            description = "Finds reports similar to a title and text; open to members, info editors, leaders.",
            summary = "Find reports similar to a title and text")
    @GET
    @Path("/similar")
    public List<SimilarReportSummary> similar(
            @QueryParam("title") String title,
            @QueryParam("body") String body,
            @QueryParam("excluding") Long excluding,
            @QueryParam("limit") @DefaultValue("5") int limit) {
        return search.similar(
                words(title, "title"),
                body == null || body.length() <= 2000 ? body : body.substring(0, 2000),
                excluding,
                limit);
    }

    /**
     * An editor of the level that forwarded a report to another deployment asks for a delivery attempt
     * now (a pending one, or one refused after the route was put right): the report with its delivery.
     */
    @Operation(
            operationId = "retryReportDelivery",
            description =
                    "Retries forwarding a report whose delivery failed; open to an editor of the level that forwarded. Refusals: 404; 409 already-delivered.",
            summary = "Retry forwarding a report whose delivery failed")
    @POST
    @Path("/{id}/delivery/retry")
    public ReportDetails retryDelivery(@PathParam("id") long id) {
        forwarding.retry(id);
        courier.attemptFor(id);
        return reports.report(id);
    }

    /**
     * The editor of the level that forwarded a delivered report has what became of it on the other
     * deployment read back now (adoptions and instructions there, credited to the authors here).
     */
    @Operation(
            operationId = "followReportDelivery",
            description =
                    "Refreshes a forwarded report's state from the receiving deployment; open to an editor of the level that forwarded, once DELIVERED (else 409 not-delivered; another level 404). Refusals: 409 not-delivered; 404.",
            summary = "Refresh a forwarded report's state from the receiving deployment")
    @POST
    @Path("/{id}/delivery/follow")
    public ReportDetails followDelivery(@PathParam("id") long id) {
        forwarding.followable(id);
        courier.followFor(id);
        return reports.report(id);
    }

    @Operation(
            operationId = "listReportRoutes",
            description =
                    "Lists the forwarding routes of reports; open to sys-admin. Refusals: 422 invalid-url, required.",
            summary = "List the forwarding routes of reports")
    @GET
    @Path("/routes")
    public List<RouteDetails> routes() {
        return forwarding.routes();
    }

    /** Where an organisation's reports go when forwarded, its parent being hosted by another deployment. */
    @Operation(
            operationId = "putReportRoute",
            description =
                    "Creates or change an organisation's forwarding route; open to sys-admin. Refusals: 422 invalid-url, required.",
            summary = "Create or change an organisation's forwarding route")
    @PUT
    @Path("/routes/{organisationId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RouteDetails putRoute(@PathParam("organisationId") long organisationId, RouteBody body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return forwarding.putRoute(
                organisationId, body.baseUrl(), body.username(), body.password(), body.targetCode(), body.targetName());
    }

    @Operation(
            operationId = "deleteReportRoute",
            description =
                    "Removes an organisation's forwarding route; open to sys-admin. Refusals: 422 invalid-url, required.",
            summary = "Remove an organisation's forwarding route")
    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("/routes/{organisationId}")
    public Response deleteRoute(@PathParam("organisationId") long organisationId) {
        forwarding.deleteRoute(organisationId);
        return Response.noContent().build();
    }

    /** How far the full-text index is: {@code ready} once it caught up with the database after a start. */
    @Operation(
            operationId = "getReportIndexStatus",
            description =
                    "Reads the state of the report search index; open to info editors, leaders, system administrators.",
            summary = "Read the state of the report search index")
    @GET
    @Path("/index")
    public org.tongxin.inforeport.domain.ReportSearch.Status index() {
        return search.indexStatus();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String words(String q, String field) {
        if (q != null && q.strip().length() > 200) {
            throw Problem.field(field, "too-long", "problem.text.too-long", 200);
        }
        return blankToNull(q);
    }

    @Operation(
            operationId = "combineReports",
            description = "Combines several reports into a new one; open to an info editor.",
            summary = "Combine several reports into a new one")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportDetails.class)))
    @POST
    @Path("/combine")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response combine(Combine body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        ReportDetails d =
                reports.combine(body.sources(), new Draft(body.title(), body.body(), body.proposals(), body.topic()));
        return Response.status(Response.Status.CREATED).entity(d).build();
    }

    @Operation(
            operationId = "getReportStats",
            description = "Reads report statistics; open to info editors, leaders (their organisation).",
            summary = "Read report statistics")
    @GET
    @Path("/stats")
    public org.tongxin.inforeport.application.ReportStats stats(
            @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("topic") String topic) {
        return stats.stats(date(from, "from"), date(to, "to"), topic);
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value, String field) {
        try {
            return Enum.valueOf(type, value == null ? "" : value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
    }

    private static LocalDate date(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
    }

    /** The contact points the calling member may name as a report's source ({@code sourcePoint}). */
    @Operation(
            operationId = "listReportSourcePoints",
            description = "Lists the liaison points a report can cite as its source; open to a member.",
            summary = "List the liaison points a report can cite as its source")
    @GET
    @Path("/source-points")
    public List<ReportDetails.Source> sourcePoints() {
        return reports.myPoints();
    }

    @Operation(
            operationId = "getReport",
            description =
                    "Reads one information report; open to the same callers as the list; anyone else 404. Refusals: 404.",
            summary = "Read one information report")
    @GET
    @Path("/{id:[0-9]+}")
    public ReportDetails report(@PathParam("id") long id) {
        return reports.report(id);
    }

    @Operation(
            operationId = "reviseReport",
            description = "Revises a report's text; open to the first author, in DRAFT or RETURNED.",
            summary = "Revise a report's text")
    @PUT
    @Path("/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportDetails revise(@PathParam("id") long id, Body body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return reports.revise(id, new Draft(body.title(), body.body(), body.proposals(), body.topic()));
    }

    @Operation(
            operationId = "getReportTrace",
            description = "Reads a report's history of steps; open to the same callers as reading the report.",
            summary = "Read a report's history of steps")
    @GET
    @Path("/{id:[0-9]+}/trace")
    public List<ReportStepRow> trace(@PathParam("id") long id) {
        return reports.trace(id);
    }

    @Operation(
            operationId = "getReportChanges",
            description =
                    "Reads the editor's changes to a report as a diff; open to the same callers as reading the report.",
            summary = "Read the editor's changes to a report as a diff")
    @GET
    @Path("/{id:[0-9]+}/changes")
    public List<DiffLineRow> changes(@PathParam("id") long id) {
        return reports.changes(id);
    }

    @Operation(
            operationId = "submitReport",
            description = "Submits a drafted report; open to the first author (DRAFT, RETURNED → SUBMITTED).",
            summary = "Submit a drafted report")
    @POST
    @Path("/{id:[0-9]+}/submit")
    public ReportDetails submit(@PathParam("id") long id) {
        return reports.submit(id);
    }

    @Operation(
            operationId = "startEditingReport",
            description =
                    "Takes a submitted report into editing; open to an info editor of the organisation holding it (SUBMITTED → EDITING).",
            summary = "Take a submitted report into editing")
    @POST
    @Path("/{id:[0-9]+}/start-editing")
    public ReportDetails startEditing(@PathParam("id") long id) {
        return reports.startEditing(id);
    }

    @Operation(
            operationId = "editReport",
            description =
                    "Saves the editor's version of a report; open to the info editor who took it up, while EDITING.",
            summary = "Save the editor's version of a report")
    @POST
    @Path("/{id:[0-9]+}/edit")
    @Consumes(MediaType.APPLICATION_JSON)
    public ReportDetails edit(@PathParam("id") long id, Body body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return reports.edit(id, new Draft(body.title(), body.body(), body.proposals(), body.topic()));
    }

    @Operation(
            operationId = "returnReport",
            description =
                    "Returns a report to its author; open to the info editor who took it up, at the report's own organisation (EDITING → RETURNED).",
            summary = "Return a report to its author")
    @POST
    @Path("/{id:[0-9]+}/return")
    public ReportDetails returnToAuthor(@PathParam("id") long id, Note body) {
        return reports.returnToAuthor(id, body == null ? null : body.note() != null ? body.note() : body.reason());
    }

    @Operation(
            operationId = "declineReport",
            description = "Declines a report; open to the info editor who took it up (EDITING → DECLINED).",
            summary = "Decline a report")
    @POST
    @Path("/{id:[0-9]+}/decline")
    public ReportDetails decline(@PathParam("id") long id, Note body) {
        return reports.decline(id, body == null ? null : body.reason() != null ? body.reason() : body.note());
    }

    @Operation(
            operationId = "adoptReport",
            description = "Adopts a report; open to the info editor who took it up (EDITING → ADOPTED).",
            summary = "Adopt a report")
    @POST
    @Path("/{id:[0-9]+}/adopt")
    public ReportDetails adopt(@PathParam("id") long id) {
        return reports.adopt(id);
    }

    @Operation(
            operationId = "forwardReport",
            description =
                    "Forwards a report to the next level; open to that level's editor (ADOPTED). Refusals: 409 already-forwarded.",
            summary = "Forward a report to the next level")
    @POST
    @Path("/{id:[0-9]+}/forward")
    public ReportDetails forward(@PathParam("id") long id) {
        return reports.forward(id);
    }

    @Operation(
            operationId = "voidReportAdoption",
            description = "Voids a report's adoption; open to an editor of an organisation that adopted it.",
            summary = "Void a report's adoption")
    @POST
    @Path("/{id:[0-9]+}/adoption/void")
    public ReportDetails voidAdoption(@PathParam("id") long id, Note body) {
        return reports.voidAdoption(id, body == null ? null : body.reason() != null ? body.reason() : body.note());
    }

    @Operation(
            operationId = "attachReportFile",
            description =
                    "Attaches a file to a report; open to the first author while DRAFT/RETURNED, the holding level's editor while EDITING (else 409). Refusals: 422 file-type, file-too-large; 409.",
            summary = "Attach a file to a report")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AttachmentSummary.class)))
    @POST
    @Path("/{id:[0-9]+}/attachments")
    @Consumes(MediaType.WILDCARD)
    public Response attach(@PathParam("id") long id, @QueryParam("name") String name, byte[] content) {
        return Response.status(Response.Status.CREATED)
                .entity(attachmentService.attach(id, name, content))
                .build();
    }

    @Operation(
            operationId = "listReportAttachments",
            description = "Lists a report's attachments; open to whoever sees the report.",
            summary = "List a report's attachments")
    @GET
    @Path("/{id:[0-9]+}/attachments")
    public List<AttachmentSummary> attachments(@PathParam("id") long id) {
        return attachmentService.attachments(id);
    }

    @Operation(
            operationId = "downloadReportAttachment",
            description = "Downloads a report attachment; open to whoever sees the report.",
            summary = "Download a report attachment")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_OCTET_STREAM,
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/{id:[0-9]+}/attachments/{attachment:[0-9]+}")
    @Produces(MediaType.WILDCARD)
    public Response download(@PathParam("id") long id, @PathParam("attachment") long attachment) {
        AttachmentDetails d = attachmentService.download(id, attachment);
        String encoded = java.net.URLEncoder.encode(d.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                .replace("+", "%20");
        return Response.ok(d.content(), d.contentType())
                .header("Content-Disposition", "attachment; filename=\"attachment\"; filename*=UTF-8''" + encoded)
                .header("X-Content-Type-Options", "nosniff")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @Operation(
            operationId = "instructOnReport",
            description =
                    "Records a leader's instruction on a report; open to the info editor who took it up, on a report adopted somewhere.",
            summary = "Record a leader's instruction on a report")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ReportDetails.class)))
    @POST
    @Path("/{id:[0-9]+}/instructions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response instruct(@PathParam("id") long id, InstructionBody body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        InstructionLevel level = parse(InstructionLevel.class, body.level(), "level");
        LocalDate givenOn = date(body.givenOn(), "givenOn");
        ReportDetails d = reports.instruct(
                id,
                new Instruction.Facts(
                        body.leaderName(), level, givenOn, body.text(), body.department(), body.result()));
        return Response.status(Response.Status.CREATED).entity(d).build();
    }
}
