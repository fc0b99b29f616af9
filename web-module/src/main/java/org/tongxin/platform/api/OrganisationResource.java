package org.tongxin.platform.api;

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
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationImportResult;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Texts;

/** The organisations visible to the caller; a system administrator adds committees below their own. */
@Tag(name = "Platform")
@Path("/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    /** The body of POST /api/v1/organisations. */
    @Schema(requiredProperties = {"parentId", "code", "name"})
    public record NewOrganisation(Long parentId, String code, String name) {}

    /** The body of PUT /api/v1/organisations/{id}: a null parent or time zone leaves it as it is. */
    @Schema(requiredProperties = {"version"})
    public record OrganisationChange(String name, Long parentId, String timeZone, Integer version) {}

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    OrganisationService organisations;

    @Context
    HttpHeaders headers;

    @Operation(
            operationId = "listOrganisations",
            description =
                    "Lists the organisations visible to the caller; open to business roles and the administrators (not a service account, not an account without a role).",
            summary = "List the organisations visible to the caller")
    @GET
    public List<OrganisationDetails> visible() {
        return organisations.visible();
    }

    @Operation(
            operationId = "getOrganisation",
            description = "Reads one organisation; open to the same callers as the list. Refusals: 404.",
            summary = "Read one organisation")
    @GET
    @Path("/{id:[0-9]+}")
    public OrganisationDetails get(@PathParam("id") long id) {
        return organisations.get(id);
    }

    @Operation(
            operationId = "createOrganisation",
            description = "Creates an organisation; open to sys-admin.",
            summary = "Create an organisation")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationDetails.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewOrganisation body) {
        if (body == null || body.parentId() == null) {
            throw Problem.field("parentId", "invalid-input", "problem.organisation.parent-required");
        }
        OrganisationDetails created = organisations.create(body.parentId(), body.code(), body.name());
        return Response.created(URI.create(org.tongxin.platform.application.PublicAddress.base()
                        + "/api/v1/organisations/" + created.id()))
                .entity(created)
                .build();
    }

    @Operation(
            operationId = "updateOrganisation",
            description = "Changes an organisation; open to sys-admin.",
            summary = "Change an organisation")
    @PUT
    @Path("/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public OrganisationDetails update(@PathParam("id") long id, OrganisationChange body) {
        if (body == null || body.version() == null) {
            throw Problem.field("version", "invalid-input", "problem.organisation.version-required");
        }
        return organisations.update(id, body.name(), body.parentId(), body.timeZone(), body.version());
    }

    @Operation(
            operationId = "retireOrganisation",
            description = "Retires an organisation; open to sys-admin.",
            summary = "Retire an organisation")
    @POST
    @Path("/{id:[0-9]+}/retire")
    public OrganisationDetails retire(@PathParam("id") long id) {
        return organisations.retire(id);
    }

    @Operation(
            operationId = "getOrganisationTemplate",
            description = "Downloads the organisation import template (.xlsx); open to sys-admin.",
            summary = "Download the organisation import template (.xlsx)")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/template.xlsx")
    @Produces(XLSX)
    public Response template() {
        return Response.ok(organisations.template(), XLSX)
                .header("Content-Disposition", "attachment; filename=\"organisations.xlsx\"")
                .build();
    }

    /**
     * The tree from .xlsx (code, name, level, parent code), all or nothing: {@code 200} with what was (or,
     * with {@code dryRun=true}, would be) created; {@code 422} problem+json {@code invalid-import} with
     * {@code fields} keyed {@code "<row>.<column>"} (e.g. {@code "3.parent"}) when any row is wrong.
     */
    @Operation(
            operationId = "importOrganisations",
            description = "Imports an organisation tree from a spreadsheet; open to sys-admin. Refusals: 422.",
            summary = "Import an organisation tree from a spreadsheet")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = OrganisationImportResult.class)))
    @POST
    @Path("/import")
    @Consumes(MediaType.WILDCARD)
    public Response importTree(@QueryParam("dryRun") @DefaultValue("true") boolean dryRun, byte[] content) {
        OrganisationImportResult result = organisations.importTree(content, !dryRun);
        if (!result.errors().isEmpty()) {
            java.util.Locale locale = ProblemResponses.locale(headers);
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            for (OrganisationImportResult.RowError e : result.errors()) {
                fields.merge(
                        e.row() + "." + e.column(),
                        Texts.get(locale, e.messageKey(), e.args().toArray()),
                        (a, b) -> a + "; " + b);
            }
            return ProblemResponses.of(
                    422,
                    "invalid-import",
                    Texts.get(
                            locale,
                            "problem.organisation.import.invalid",
                            result.errors().size()),
                    fields);
        }
        return Response.ok(result).build();
    }
}
