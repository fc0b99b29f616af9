package org.tongxin.duty.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.duty.application.CategoryChange;
import org.tongxin.duty.application.CategoryDetails;
import org.tongxin.duty.application.DutyCategoryService;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.web.Texts;

/**
 * Duty categories per organisation: GET /api/v1/duty/categories (office staff, leaders: the built-ins and the
 * caller's organisation's own), POST /api/v1/duty/categories, PUT /api/v1/duty/categories/{id} and
 * POST /api/v1/duty/categories/{id}/retire (office staff).
 */
@Tag(name = "Duty ledger")
@Path("/duty/categories")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DutyCategoryResource {

    @EJB
    DutyCategoryService categories;

    /** The body of POST and PUT. */
    public record CategoryBody(
            String nameZh, String nameEn, BigDecimal points, BigDecimal annualCap, Boolean deduction) {}

    @Operation(
            operationId = "listDutyCategories",
            description = "Lists duty categories; open to office staff, leaders.",
            summary = "List duty categories")
    @GET
    public Page<CategoryDetails> list() {
        List<CategoryDetails> items = categories.categories().stream()
                .map(DutyCategoryResource::named)
                .toList();
        return new Page<>(items, 0, Math.max(1, items.size()), items.size());
    }

    @Operation(
            operationId = "createDutyCategory",
            description = "Creates a duty category; open to office staff. Refusals: 409 duplicate-category; 422.",
            summary = "Create a duty category")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = CategoryDetails.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(CategoryBody body) {
        CategoryDetails created = categories.create(change(body));
        return Response.status(Response.Status.CREATED).entity(created).build();
    }

    @Operation(
            operationId = "updateDutyCategory",
            description =
                    "Changes a duty category; open to office staff of the category's organisation. Refusals: 422 deduction; 409 built-in-category; 404.",
            summary = "Change a duty category")
    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public CategoryDetails update(@PathParam("id") long id, CategoryBody body) {
        return categories.update(id, change(body));
    }

    @Operation(
            operationId = "retireDutyCategory",
            description =
                    "Retires a duty category; open to office staff of the category's organisation. Refusals: 422; 409.",
            summary = "Retire a duty category")
    @POST
    @Path("/{id}/retire")
    public CategoryDetails retire(@PathParam("id") long id) {
        return categories.retire(id);
    }

    private static CategoryChange change(CategoryBody b) {
        return b == null ? null : new CategoryChange(b.nameZh(), b.nameEn(), b.points(), b.annualCap(), b.deduction());
    }

    /** A built-in named from the bundles, in both languages like the organisation's own. */
    private static CategoryDetails named(CategoryDetails c) {
        if (!c.builtIn()) {
            return c;
        }
        String key = "category." + c.code();
        return new CategoryDetails(
                c.id(),
                c.code(),
                true,
                c.manual(),
                c.deduction(),
                null,
                Texts.get(Locale.SIMPLIFIED_CHINESE, key),
                Texts.get(Locale.ENGLISH, key),
                c.points(),
                c.annualCap(),
                c.retired(),
                c.version(),
                c.updatedAt(),
                c.updatedBy());
    }
}
