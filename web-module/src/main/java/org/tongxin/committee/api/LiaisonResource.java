package org.tongxin.committee.api;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.committee.application.AssignmentRow;
import org.tongxin.committee.application.CardDetails;
import org.tongxin.committee.application.GroupMember;
import org.tongxin.committee.application.LiaisonImportResult;
import org.tongxin.committee.application.LiaisonService;
import org.tongxin.committee.application.LiaisonStructure;
import org.tongxin.committee.application.PointSummary;
import org.tongxin.committee.application.TownSummary;
import org.tongxin.platform.application.PublicAddress;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Texts;

/**
 * Liaison groups, contact points and contact cards: GET /api/v1/liaison/towns?organisation=,
 * GET /api/v1/liaison/points?town=&amp;q=&amp;page=&amp;size=, GET /api/v1/liaison/members/{id}/points,
 * POST /api/v1/liaison/assignments, POST /api/v1/liaison/assignments/{id}/end,
 * POST /api/v1/liaison/towns/{id}/members, GET /api/v1/liaison/members/{id}/card, POST .../card/reissue and
 * GET .../card.pdf; the structure (issue 14): POST /api/v1/liaison/towns, PUT .../towns/{id}, POST
 * .../towns/{id}/retire, the same for /points and /groups, GET /api/v1/liaison/groups?organisation=, POST
 * /api/v1/liaison/import?organisation=&amp;dryRun= (the .xlsx as the body) and GET .../import/template.xlsx.
 */
@Tag(name = "Committees and members")
@Path("/liaison")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LiaisonResource {

    @EJB
    LiaisonService liaison;

    @EJB
    LiaisonStructure structure;

    @Context
    HttpHeaders headers;

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Schema(requiredProperties = {"organisation"})
    public record NewTown(Long organisation, String name, String kind) {}

    @Schema(requiredProperties = {"version"})
    public record TownChange(String name, String kind, Integer version) {}

    @Schema(requiredProperties = {"townId"})
    public record NewPoint(Long townId, String name, String kind) {}

    @Schema(requiredProperties = {"townId", "version"})
    public record PointChange(String name, String kind, Long townId, Integer version) {}

    @Schema(requiredProperties = {"townId"})
    public record NewGroup(Long townId, String name, Long leaderId) {}

    @Schema(requiredProperties = {"townId", "version"})
    public record GroupChange(String name, Long townId, Long leaderId, Integer version) {}

    public record Retiring(String on) {}

    @Schema(requiredProperties = {"memberId", "pointId"})
    public record NewAssignment(Long memberId, Long pointId, Boolean fixed, String since) {}

    public record Ending(String until) {}

    public record GroupMember(Long memberId) {}

    @Operation(
            operationId = "listTowns",
            description =
                    "Lists towns with their liaison groups and points; open to business roles who see the organisation.",
            summary = "List towns with their liaison groups and points")
    @GET
    @Path("/towns")
    public List<TownSummary> towns(@QueryParam("organisation") Long organisation) {
        return liaison.towns(required(organisation, "organisation"));
    }

    @Operation(
            operationId = "listLiaisonPoints",
            description = "Lists liaison points; open to same.",
            summary = "List liaison points")
    @GET
    @Path("/points")
    public Page<PointSummary> points(
            @QueryParam("town") Long town,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        return liaison.points(required(town, "town"), q, new Page.Request(page, size));
    }

    @Operation(
            operationId = "listMemberPoints",
            description = "Lists a member's current liaison assignments; open to same.",
            summary = "List a member's current liaison assignments")
    @GET
    @Path("/members/{id}/points")
    public List<AssignmentRow> memberPoints(@PathParam("id") long id) {
        return liaison.memberPoints(id);
    }

    @Operation(
            operationId = "assignLiaisonPoint",
            description = "Assigns a member to a liaison point; open to office staff. Refusals: 409.",
            summary = "Assign a member to a liaison point")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = AssignmentRow.class)))
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

    @Operation(
            operationId = "endLiaisonAssignment",
            description = "Ends a liaison assignment; open to office staff.",
            summary = "End a liaison assignment")
    @POST
    @Path("/assignments/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    public AssignmentRow end(@PathParam("id") long id, Ending body) {
        return liaison.endAssignment(id, date(body == null ? null : body.until(), "until"));
    }

    @Operation(
            operationId = "joinTownGroup",
            description = "Adds a member to a town's liaison group; open to office staff.",
            summary = "Add a member to a town's liaison group")
    @APIResponse(responseCode = "204", description = "Done")
    @POST
    @Path("/towns/{id}/members")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response join(@PathParam("id") long town, GroupMember body) {
        liaison.joinGroup(town, required(body == null ? null : body.memberId(), "memberId"));
        return Response.noContent().build();
    }

    @Operation(
            operationId = "getContactCard",
            description = "Reads a member's contact card; open to the member; office staff and leaders.",
            summary = "Read a member's contact card")
    @GET
    @Path("/members/{id}/card")
    public CardDetails card(@PathParam("id") long id) {
        return liaison.card(id);
    }

    /** A new secret for a lost card: the old QR code stops working. */
    @Operation(
            operationId = "reissueContactCard",
            description =
                    "Reissues a member's contact card with a new QR token, so that the old card's link stops working; open to the member, office staff and leaders of the member's organisation. Refusals: 403 for another member; 404 for a member not visible.",
            summary = "Reissue a member's contact card (new QR token)")
    @POST
    @Path("/members/{id}/card/reissue")
    public CardDetails reissue(@PathParam("id") long id) {
        return liaison.reissueCard(id);
    }

    @Operation(
            operationId = "getContactCardPdf",
            description =
                    "Downloads a member's contact card (name, contact point, QR code to the public card) as a PDF; open to the member, office staff and leaders of the member's organisation. Refusals: 403 for another member; 404 for a member not visible.",
            summary = "Download a member's contact card as PDF")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/members/{id}/card.pdf")
    @Produces("application/pdf")
    public Response cardPdf(@PathParam("id") long id) {
        String base = org.tongxin.platform.application.PublicAddress.base();
        return Response.ok(liaison.cardPdf(id, base), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"card-" + id + ".pdf\"")
                .build();
    }

    @Operation(
            operationId = "createTown",
            description =
                    "Creates a town; open to office staff. Refusals: 409 duplicate; 422 required, too-long, invalid-input.",
            summary = "Create a town")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LiaisonStructure.TownRow.class)))
    @POST
    @Path("/towns")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createTown(NewTown body) {
        NewTown b = body(body);
        LiaisonStructure.TownRow t =
                structure.createTown(required(b.organisation(), "organisation"), b.name(), b.kind());
        return created("towns", t.id(), t);
    }

    @Operation(
            operationId = "updateTown",
            description = "Changes a town; open to office staff. Refusals: 409 stale, duplicate, retired.",
            summary = "Change a town")
    @PUT
    @Path("/towns/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LiaisonStructure.TownRow updateTown(@PathParam("id") long id, TownChange body) {
        TownChange b = body(body);
        return structure.updateTown(id, b.name(), b.kind(), required(b.version(), "version"));
    }

    @Operation(
            operationId = "retireTown",
            description = "Retires a town; open to office staff. Refusals: 409 not-empty, retired.",
            summary = "Retire a town")
    @POST
    @Path("/towns/{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    public LiaisonStructure.TownRow retireTown(@PathParam("id") long id, Retiring body) {
        return structure.retireTown(id, date(body == null ? null : body.on(), "on"));
    }

    @Operation(
            operationId = "createLiaisonPoint",
            description = "Creates a liaison point; open to office staff. Refusals: 409 duplicate.",
            summary = "Create a liaison point")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LiaisonStructure.PointRow.class)))
    @POST
    @Path("/points")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createPoint(NewPoint body) {
        NewPoint b = body(body);
        LiaisonStructure.PointRow p = structure.createPoint(required(b.townId(), "townId"), b.name(), b.kind());
        return created("points", p.id(), p);
    }

    @Operation(
            operationId = "updateLiaisonPoint",
            description =
                    "Changes a liaison point; open to office staff. Refusals: 422 other-organisation; 409 retired, stale.",
            summary = "Change a liaison point")
    @PUT
    @Path("/points/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LiaisonStructure.PointRow updatePoint(@PathParam("id") long id, PointChange body) {
        PointChange b = body(body);
        return structure.updatePoint(
                id, b.name(), b.kind(), required(b.townId(), "townId"), required(b.version(), "version"));
    }

    @Operation(
            operationId = "retireLiaisonPoint",
            description = "Retires a liaison point; open to office staff.",
            summary = "Retire a liaison point")
    @POST
    @Path("/points/{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    public LiaisonStructure.PointRow retirePoint(@PathParam("id") long id, Retiring body) {
        return structure.retirePoint(id, date(body == null ? null : body.on(), "on"));
    }

    @Operation(
            operationId = "listLiaisonGroups",
            description = "Lists liaison groups; open to business roles who see the organisation.",
            summary = "List liaison groups")
    @GET
    @Path("/groups")
    public List<LiaisonStructure.GroupRow> groups(@QueryParam("organisation") Long organisation) {
        return structure.groups(required(organisation, "organisation"));
    }

    @Operation(
            operationId = "createLiaisonGroup",
            description = "Creates a liaison group; open to office staff. Refusals: 409 group-exists.",
            summary = "Create a liaison group")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LiaisonStructure.GroupRow.class)))
    @POST
    @Path("/groups")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response createGroup(NewGroup body) {
        NewGroup b = body(body);
        LiaisonStructure.GroupRow g = structure.createGroup(required(b.townId(), "townId"), b.name(), b.leaderId());
        return created("groups", g.id(), g);
    }

    @Operation(
            operationId = "updateLiaisonGroup",
            description = "Changes a liaison group; open to office staff. Refusals: 409 group-exists, stale, retired.",
            summary = "Change a liaison group")
    @PUT
    @Path("/groups/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public LiaisonStructure.GroupRow updateGroup(@PathParam("id") long id, GroupChange body) {
        GroupChange b = body(body);
        return structure.updateGroup(
                id, b.name(), required(b.townId(), "townId"), b.leaderId(), required(b.version(), "version"));
    }

    @Operation(
            operationId = "retireLiaisonGroup",
            description = "Retires a liaison group; open to office staff.",
            summary = "Retire a liaison group")
    @POST
    @Path("/groups/{id}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    public LiaisonStructure.GroupRow retireGroup(@PathParam("id") long id, Retiring body) {
        return structure.retireGroup(id, date(body == null ? null : body.on(), "on"));
    }

    /**
     * The workbook as the body. Valid: 200 with the counts ({@code imported} false on a dry run); any row
     * wrong: 422 problem+json {@code invalid-import} with every error in {@code fields} as
     * {@code "<sheet>[<row>].<column>"}, nothing saved.
     */
    @Operation(
            operationId = "importLiaisonStructure",
            description = "Imports towns, points and groups from a spreadsheet; open to office staff. Refusals: 422.",
            summary = "Import towns, points and groups from a spreadsheet")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = LiaisonImportResult.class)))
    @POST
    @Path("/import")
    @Consumes(MediaType.WILDCARD)
    public Response importStructure(
            @QueryParam("organisation") Long organisation,
            @QueryParam("dryRun") @DefaultValue("true") String dryRun,
            byte[] content) {
        if (!"true".equals(dryRun) && !"false".equals(dryRun)) {
            throw Problem.field("dryRun", "invalid-input", "problem.invalid-input");
        }
        LiaisonImportResult result =
                structure.importStructure(required(organisation, "organisation"), content, "false".equals(dryRun));
        if (result.errors().isEmpty()) {
            return Response.ok(result).build();
        }
        java.util.Locale locale = Texts.choose(java.util.Collections.enumeration(headers.getAcceptableLanguages()));
        Map<String, String> fields = new LinkedHashMap<>();
        for (LiaisonImportResult.RowError e : result.errors()) {
            fields.merge(e.field(), Texts.get(locale, e.messageKey(), e.args().toArray()), (a, b) -> a + "; " + b);
        }
        // the platform's problem+json, with a message of its own for every field
        jakarta.json.JsonObjectBuilder f = org.tongxin.platform.kernel.Jsonp.createObjectBuilder();
        fields.forEach(f::add);
        return Response.status(422)
                .type("application/problem+json;charset=UTF-8")
                .entity(org.tongxin.platform.kernel.Jsonp.createObjectBuilder()
                        .add("type", "urn:tongxin:problem:invalid-import")
                        .add(
                                "title",
                                Texts.get(
                                        locale,
                                        "problem.liaison.import.errors",
                                        result.errors().size()))
                        .add("status", 422)
                        .add("fields", f)
                        .build()
                        .toString())
                .build();
    }

    @Operation(
            operationId = "getLiaisonTemplate",
            description = "Downloads the liaison import template (.xlsx); open to office staff.",
            summary = "Download the liaison import template (.xlsx)")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/import/template.xlsx")
    @Produces(XLSX)
    public Response template() {
        return Response.ok(structure.template(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"liaison-template.xlsx\"")
                .build();
    }

    private static <T> T body(T body) {
        if (body == null) {
            throw Problem.rule("invalid-input", "problem.invalid-input");
        }
        return body;
    }

    private static Response created(String kind, long id, Object entity) {
        return Response.created(URI.create(PublicAddress.base() + "/api/v1/liaison/" + kind + "/" + id))
                .entity(entity)
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
