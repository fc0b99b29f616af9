package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.application.DepartmentService;
import org.tongxin.platform.application.DepartmentSummary;
import org.tongxin.platform.kernel.Problem;

/**
 * {@code /api/v1/departments}: the government departments of the caller's organisation (responsible departments of
 * consultation outcomes). GET (office staff, leaders; {@code ?retired=true} with the retired ones), POST (register),
 * PUT /{id} (rename), POST /{id}/retire and /{id}/reinstate (office staff). Every change names the {@code version}.
 */
@Tag(name = "Platform")
@Path("/departments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DepartmentResource {

    @EJB
    DepartmentService departments;

    public record DepartmentBody(String name, Integer version) {}

    public record VersionBody(Integer version) {}

    @Operation(
            operationId = "listDepartments",
            description = "Lists government departments; open to office staff, leaders.",
            summary = "List government departments")
    @GET
    public List<DepartmentSummary> list(@QueryParam("retired") boolean retired) {
        return departments.departments(retired);
    }

    @Operation(
            operationId = "createDepartment",
            description =
                    "Creates a government department; open to office staff. Refusals: 409 department-exists, organisation-retired; 422.",
            summary = "Create a government department")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DepartmentSummary.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DepartmentBody body) {
        if (body == null) {
            throw Problem.field("name", "required", "problem.required");
        }
        return Response.status(Response.Status.CREATED)
                .entity(departments.create(body.name()))
                .build();
    }

    @Operation(
            operationId = "renameDepartment",
            description =
                    "Renames a government department; open to office staff. Refusals: 409 department-exists, stale; 404.",
            summary = "Rename a government department")
    @PUT
    @Path("/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DepartmentSummary rename(@PathParam("id") long id, DepartmentBody body) {
        if (body == null) {
            throw Problem.field("name", "required", "problem.required");
        }
        return departments.rename(id, version(body.version()), body.name());
    }

    @Operation(
            operationId = "retireDepartment",
            description =
                    "Retires a government department; open to office staff. Refusals: 409 department-retired; 404.",
            summary = "Retire a government department")
    @POST
    @Path("/{id:[0-9]+}/retire")
    @Consumes(MediaType.APPLICATION_JSON)
    public DepartmentSummary retire(@PathParam("id") long id, VersionBody body) {
        return departments.retire(id, version(body == null ? null : body.version()));
    }

    @Operation(
            operationId = "reinstateDepartment",
            description =
                    "Reinstates a retired government department; open to office staff. Refusals: 409 department-retired; 404.",
            summary = "Reinstate a retired government department")
    @POST
    @Path("/{id:[0-9]+}/reinstate")
    @Consumes(MediaType.APPLICATION_JSON)
    public DepartmentSummary reinstate(@PathParam("id") long id, VersionBody body) {
        return departments.reinstate(id, version(body == null ? null : body.version()));
    }

    private static int version(Integer version) {
        if (version == null) {
            throw Problem.field("version", "required", "problem.required");
        }
        return version;
    }
}
