package org.tongxin.duty.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.duty.application.DutyRecord;
import org.tongxin.duty.application.DutyService;

/**
 * GET /api/v1/members/{id}/duty?year= (business roles): a member's duty record. The path sits under the
 * roster's {@code /members} (a contract), the answer belongs to the duty context; JAX-RS picks this class for
 * the longer literal path.
 */
@Tag(name = "Duty ledger")
@Path("/members/{id}/duty")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MemberDutyResource {

    @EJB
    DutyService duty;

    /** A member's duty record of a year (this year by default): entries with their rules, subtotals, total, grade. */
    @Operation(
            operationId = "getMemberDutyRecord",
            description =
                    "Reads a member's duty record of a year; open to the member; office staff and leaders of the organisation (else 403; invisible: 404). Refusals: 403; 404.",
            summary = "Read a member's duty record of a year")
    @GET
    public DutyRecord record(@PathParam("id") long id, @QueryParam("year") Integer year) {
        return duty.record(id, year);
    }
}
