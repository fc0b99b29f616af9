package org.tongxin.platform.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Problem;

/** The organisations visible to the caller; a system administrator adds committees below their own. */
@Path("/organisations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    /** The body of POST /api/v1/organisations. */
    public record NewOrganisation(Long parentId, String code, String name) {}

    @EJB
    OrganisationService organisations;

    @GET
    public List<OrganisationDetails> visible() {
        return organisations.visible();
    }

    @GET
    @Path("/{id}")
    public OrganisationDetails get(@PathParam("id") long id) {
        return organisations.get(id);
    }

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
}
