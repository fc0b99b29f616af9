package org.tongxin.consultation.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.consultation.application.GrassrootsCounts;
import org.tongxin.consultation.application.GrassrootsService;

/**
 * GET /api/v1/consultation/counts?from=&amp;to= → {"demandsCollected","topics","consultations","solved",…} of the
 * caller's organisation and those below it (office staff, leaders); the period defaults to this year up to today.
 */
@Tag(name = "Consultation")
@Path("/consultation/counts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CountsResource {

    @EJB
    GrassrootsService grassroots;

    @Operation(
            operationId = "countConsultation",
            description =
                    "Counts the consultation work of the caller's organisation and those below; open to office staff, leaders. Refusals: 422.",
            summary = "Count the consultation work of the caller's organisation and those below")
    @GET
    public GrassrootsCounts counts(@QueryParam("from") String from, @QueryParam("to") String to) {
        LocalDate f = PlanResource.date(from, "from");
        LocalDate t = PlanResource.date(to, "to");
        if (f == null || t == null) {
            LocalDate today = grassroots.today();
            f = f == null ? today.withDayOfYear(1) : f;
            t = t == null ? today : t;
        }
        return grassroots.counts(f, t);
    }
}
