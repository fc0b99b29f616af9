package org.tongxin.committee.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.committee.application.MemberStanding;
import org.tongxin.committee.application.TermService;
import org.tongxin.platform.kernel.Problem;

/**
 * GET /api/v1/members/{id}/standing?on=YYYY-MM-DD (business roles, like the member's profile): the member's
 * party, sector, term, position, committee and status as of that day. A class of its own beside the roster's
 * {@code MemberResource}; JAX-RS picks it for the longer literal path.
 */
@Tag(name = "Committees and members")
@Path("/members/{id}/standing")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MemberStandingResource {

    @EJB
    TermService terms;

    @Operation(
            operationId = "getMemberStanding",
            description =
                    "Reads a member's party, sector, term, committee and status on a day; open to business roles, as GET /members/{id}. Refusals: 422.",
            summary = "Read a member's party, sector, term, committee and status on a day")
    @GET
    public MemberStanding standing(@PathParam("id") long id, @QueryParam("on") String on) {
        LocalDate day;
        try {
            day = on == null || on.isBlank() ? null : LocalDate.parse(on.strip());
        } catch (DateTimeParseException e) {
            throw Problem.field("on", "invalid-input", "problem.member.date-required");
        }
        return terms.standing(id, day);
    }
}
