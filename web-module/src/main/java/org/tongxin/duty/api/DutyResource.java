package org.tongxin.duty.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyService;
import org.tongxin.duty.application.ManualDuty;
import org.tongxin.duty.application.RankingQuery;
import org.tongxin.duty.application.RankingRow;
import org.tongxin.duty.application.RecomputePreview;
import org.tongxin.duty.application.RuleSetDetails;
import org.tongxin.duty.domain.RuleTerms;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;

/**
 * The duty ledger over REST, beyond a member's record (GET /api/v1/members/{id}/duty, {@link MemberDutyResource}):
 * GET /api/v1/duty/ranking and /duty/grades (office staff, leaders); POST /api/v1/duty/entries and
 * POST /api/v1/duty/entries/{id}/void (office staff); GET /api/v1/duty/rules,
 * POST /api/v1/duty/rules/preview and PUT /api/v1/duty/rules (office staff edit, leaders read).
 */
@Tag(name = "Duty ledger")
@Path("/duty")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DutyResource {

    @EJB
    DutyService duty;

    @Inject
    OrganisationTime time;

    /** The body of POST /api/v1/duty/entries: one act for one or many members. */
    public record NewEntries(String category, String occurredOn, String description, List<Long> memberIds) {}

    /** The answer of POST /api/v1/duty/entries: the ids of the new entries. */
    public record Created(List<Long> ids) {}

    public record VoidRequest(String reason) {}

    /** The body of the rule-set calls. */
    public record Rules(
            Long organisation,
            Integer year,
            Integer expectedRevision,
            Integer firstAuthorPercent,
            BigDecimal excellentFrom,
            BigDecimal goodFrom,
            BigDecimal competentFrom,
            List<RuleLine> rules) {}

    public record RuleLine(String category, BigDecimal points, BigDecimal annualCap) {}

    @Operation(
            operationId = "getDutyRanking",
            description = "Ranks members by duty points; open to office staff, leaders.",
            summary = "Rank members by duty points")
    @GET
    @Path("/ranking")
    public Page<RankingRow> ranking(
            @QueryParam("organisation") Long organisation,
            @QueryParam("year") Integer year,
            @QueryParam("committee") Long committee,
            @QueryParam("sector") Long sector,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return duty.ranking(
                new RankingQuery(required(organisation, "organisation"), year(organisation, year), committee, sector),
                new Page.Request(page, size));
    }

    @Operation(
            operationId = "countDutyGrades",
            description = "Counts members per duty grade; open to office staff, leaders.",
            summary = "Count members per duty grade")
    @GET
    @Path("/grades")
    public Map<String, Long> grades(
            @QueryParam("organisation") Long organisation,
            @QueryParam("year") Integer year,
            @QueryParam("committee") Long committee,
            @QueryParam("sector") Long sector) {
        return duty.grades(
                new RankingQuery(required(organisation, "organisation"), year(organisation, year), committee, sector));
    }

    @Operation(
            operationId = "recordDutyEntries",
            description = "Records duty entries by hand; open to office staff.",
            summary = "Record duty entries by hand")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Created.class)))
    @POST
    @Path("/entries")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(NewEntries body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        List<Long> ids = duty.recordManual(
                new ManualDuty(code(body.category()), date(body.occurredOn()), body.description(), body.memberIds()));
        return Response.status(Response.Status.CREATED).entity(new Created(ids)).build();
    }

    @Operation(
            operationId = "voidDutyEntry",
            description = "Voids a duty entry; open to office staff. Refusals: 409.",
            summary = "Void a duty entry")
    @APIResponse(responseCode = "204", description = "Done")
    @POST
    @Path("/entries/{id}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response voidEntry(@PathParam("id") long id, VoidRequest body) {
        duty.voidEntry(id, body == null ? null : body.reason());
        return Response.noContent().build();
    }

    @Operation(
            operationId = "getDutyRules",
            description = "Reads the duty scoring rules of a year; open to office staff, leaders.",
            summary = "Read the duty scoring rules of a year")
    @GET
    @Path("/rules")
    public RuleSetDetails rules(@QueryParam("organisation") Long organisation, @QueryParam("year") Integer year) {
        return duty.ruleSet(required(organisation, "organisation"), year(organisation, year));
    }

    @Operation(
            operationId = "previewDutyRules",
            description = "Previews the effect of changed duty rules; open to office staff.",
            summary = "Preview the effect of changed duty rules")
    @POST
    @Path("/rules/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    public RecomputePreview preview(Rules body) {
        Rules b = body(body);
        return duty.preview(b.organisation(), year(b.organisation(), b.year()), terms(b));
    }

    @Operation(
            operationId = "saveDutyRules",
            description = "Saves changed duty rules and rescore; open to office staff. Refusals: 409.",
            summary = "Save changed duty rules and rescore")
    @PUT
    @Path("/rules")
    @Consumes(MediaType.APPLICATION_JSON)
    public RecomputePreview save(Rules body) {
        Rules b = body(body);
        return duty.saveRuleSet(
                b.organisation(),
                year(b.organisation(), b.year()),
                terms(b),
                required(b.expectedRevision(), "expectedRevision"));
    }

    private static Rules body(Rules body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        required(body.organisation(), "organisation");
        return body;
    }

    private static RuleTerms terms(Rules b) {
        EnumMap<DutyCategory, RuleTerms.Line> lines = new EnumMap<>(DutyCategory.class);
        Map<String, RuleTerms.Line> own = new LinkedHashMap<>();
        for (RuleLine l : b.rules() == null ? List.<RuleLine>of() : b.rules()) {
            if (l != null) {
                String code = code(l.category());
                if (RuleTerms.builtIn(code)) {
                    lines.put(DutyCategory.valueOf(code), new RuleTerms.Line(l.points(), l.annualCap()));
                } else {
                    own.put(code, new RuleTerms.Line(l.points(), l.annualCap()));
                }
            }
        }
        return new RuleTerms(
                lines,
                required(b.firstAuthorPercent(), "firstAuthorPercent"),
                b.excellentFrom(),
                b.goodFrom(),
                b.competentFrom(),
                own);
    }

    /** The year asked for, or the organisation's current year. */
    private int year(long organisation, Integer year) {
        return year == null ? time.year(organisation) : year;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
        return value;
    }

    /** A category's code as sent: a built-in's name or an organisation's own code, in any case. */
    private static String code(String value) {
        return required(value, "category").trim().toUpperCase(Locale.ROOT);
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw Problem.field("occurredOn", "invalid-input", "problem.duty.date");
        }
    }
}
