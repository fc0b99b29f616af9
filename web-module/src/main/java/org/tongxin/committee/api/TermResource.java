package org.tongxin.committee.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
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
import org.tongxin.committee.application.ImportResult;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.TermOutcome;
import org.tongxin.committee.application.TermPlan;
import org.tongxin.committee.application.TermService;
import org.tongxin.committee.application.TermSummary;
import org.tongxin.platform.kernel.Jsonp;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Texts;

/**
 * Terms (届) and the change of term (换届), office staff only: GET /api/v1/terms?organisation=, POST
 * /api/v1/terms?dryRun=true|false (body {@link TermPlan}), POST
 * /api/v1/terms/import?organisation=&number=&startsOn=&dryRun=true|false (the .xlsx as the body; rows in error
 * answer 422 with {@code fields} by row and column, {@code rows[3].sector}), GET /api/v1/terms/{number}/members and
 * GET /api/v1/terms/{number}/roster.xlsx (a term's roster as it stood on its last day).
 */
@Tag(name = "Committees and members")
@Path("/terms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TermResource {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json", "UTF-8");

    @EJB
    TermService terms;

    @Context
    HttpHeaders headers;

    @Operation(operationId = "listTerms", description = "Lists terms; open to office staff.", summary = "List terms")
    @GET
    public List<TermSummary> list(@QueryParam("organisation") Long organisation) {
        return terms.terms(organisation);
    }

    /** Opens a term (dryRun=false: 201) or previews it (the default: 200, nothing written). */
    @Operation(
            operationId = "openTerm",
            description =
                    "Opens a new term (previews it unless dryRun is false); open to office staff. Refusals: 422 term-not-next; 409 term-exists.",
            summary = "Open a new term (previews it unless dryRun is false)")
    @APIResponse(
            responseCode = "200",
            description = "The preview (dryRun, the default): nothing written",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TermOutcome.class)))
    @APIResponse(
            responseCode = "201",
            description = "The term opened",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TermOutcome.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun, TermPlan plan) {
        TermOutcome outcome = terms.open(plan, !dryRun);
        return Response.status(outcome.applied() ? 201 : 200).entity(outcome).build();
    }

    @Operation(
            operationId = "importTerm",
            description =
                    "Imports a new term's roster (previews it unless dryRun is false); open to office staff. Refusals: 422.",
            summary = "Import a new term's roster (previews it unless dryRun is false)")
    @APIResponse(
            responseCode = "200",
            description = "The preview (dryRun, the default): nothing written",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TermOutcome.class)))
    @APIResponse(
            responseCode = "201",
            description = "The term opened",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = TermOutcome.class)))
    @POST
    @Path("/import")
    @Consumes(MediaType.WILDCARD)
    public Response importTerm(
            @QueryParam("organisation") Long organisation,
            @QueryParam("number") Integer number,
            @QueryParam("startsOn") String startsOn,
            @QueryParam("dryRun") @DefaultValue("true") boolean dryRun,
            byte[] xlsx) {
        if (number == null) {
            throw Problem.field("number", "invalid-input", "problem.term.number-required");
        }
        TermOutcome outcome = terms.importTerm(organisation, number, date(startsOn), xlsx, !dryRun);
        if (!outcome.errors().isEmpty()) {
            return rowErrors(outcome.errors());
        }
        return Response.status(outcome.applied() ? 201 : 200).entity(outcome).build();
    }

    @Operation(
            operationId = "listTermMembers",
            description = "Lists the members of a term; open to office staff.",
            summary = "List the members of a term")
    @GET
    @Path("/{number:[0-9]+}/members")
    public Page<MemberSummary> roster(
            @PathParam("number") int number,
            @QueryParam("organisation") Long organisation,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return terms.roster(organisation, number, new Page.Request(page, size));
    }

    @Operation(
            operationId = "exportTermRoster",
            description = "Exports a term's roster as a spreadsheet; open to office staff.",
            summary = "Export a term's roster as a spreadsheet")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/{number:[0-9]+}/roster.xlsx")
    @Produces(XLSX)
    public Response export(@PathParam("number") int number, @QueryParam("organisation") Long organisation) {
        return Response.ok(terms.export(organisation, number))
                .header("Content-Disposition", "attachment; filename=\"term-" + number + ".xlsx\"")
                .build();
    }

    private static LocalDate date(String text) {
        if (text == null || text.isBlank()) {
            throw Problem.field("startsOn", "invalid-input", "problem.term.start-required");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw Problem.field("startsOn", "invalid-input", "problem.term.start-required");
        }
    }

    /** Row errors as problem+json: {@code fields} by row and column, and the list of them in order. */
    private Response rowErrors(List<ImportResult.RowError> errors) {
        Locale locale = Texts.choose(java.util.Collections.enumeration(headers.getAcceptableLanguages()));
        JsonObjectBuilder fields = Jsonp.createObjectBuilder();
        JsonArrayBuilder list = Jsonp.createArrayBuilder();
        for (ImportResult.RowError e : errors) {
            String text = Texts.get(locale, e.messageKey(), e.args().toArray());
            fields.add("rows[" + e.row() + "]." + e.column(), text);
            list.add(Jsonp.createObjectBuilder()
                    .add("row", e.row())
                    .add("column", e.column())
                    .add("message", text));
        }
        String body = Jsonp.createObjectBuilder()
                .add("type", "urn:tongxin:problem:invalid-rows")
                .add("title", Texts.get(locale, "problem.term.invalid-rows", errors.size()))
                .add("status", 422)
                .add("fields", fields)
                .add("errors", list)
                .build()
                .toString();
        return Response.status(422).type(PROBLEM_JSON).entity(body).build();
    }
}
