package org.tongxin.home.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.home.application.Home;
import org.tongxin.home.application.HomeService;

/**
 * GET /api/v1/me/home: the caller's home page as JSON, one section per role they hold (docs/api.md, "The home").
 */
@Tag(name = "Platform")
@Path("/me/home")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeHomeResource {

    @EJB
    HomeService homes;

    @Operation(
            operationId = "getMyHome",
            description =
                    "Reads the caller's home: what each of their roles has to do now, with counts; open to anyone signed in.",
            summary = "Read the caller's home: what each of their roles has to do now, with counts")
    @GET
    public Home home() {
        return homes.home();
    }
}
