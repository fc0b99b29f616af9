package org.tongxin.committee.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.tongxin.committee.application.DutyRecord;
import org.tongxin.committee.application.DutyService;
import org.tongxin.committee.application.MemberProfile;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.RosterService;
import org.tongxin.committee.domain.MemberQuery;
import org.tongxin.committee.domain.MemberStatus;
import org.tongxin.committee.domain.Party;
import org.tongxin.committee.domain.Position;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;

/**
 * GET /api/v1/members?committee=&sector=&party=&q=&page=&size= (also term, position, status) and
 * GET /api/v1/members/{id} and GET /api/v1/members/{id}/duty?year= (business roles); GET /api/v1/members/lookup?name=
 * (sys-admin). Phone and birth date are present only for callers who may see them.
 */
@Path("/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    @EJB
    RosterService roster;
    @EJB
    DutyService duty;

    @GET
    public Page<MemberSummary> search(@QueryParam("committee") Long committee, @QueryParam("sector") Long sector,
            @QueryParam("party") String party, @QueryParam("term") Integer term,
            @QueryParam("position") String position, @QueryParam("status") String status, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page, @QueryParam("size") @DefaultValue("20") int size) {
        MemberQuery query = new MemberQuery(committee, sector, parse(Party.class, "party", party), term,
                parse(Position.class, "position", position), parse(MemberStatus.class, "status", status), q);
        return roster.search(query, new Page.Request(page, size));
    }

    /**
     * The system administrator's lookup to link an account to a member: id, name and organisation of at most 20
     * members whose name, pinyin or initials match; nothing else of the roster (everyone else: 403).
     */
    @GET
    @Path("/lookup")
    public java.util.List<RosterService.MemberLookup> lookup(@QueryParam("name") String name) {
        return roster.memberLookup(name);
    }

    @GET
    @Path("/{id}")
    public MemberProfile member(@PathParam("id") long id) {
        return roster.member(id);
    }

    /** A member's duty record of a year (this year by default): entries with their rules, subtotals, total, grade. */
    @GET
    @Path("/{id}/duty")
    public DutyRecord duty(@PathParam("id") long id, @QueryParam("year") Integer year) {
        return duty.record(id, DutyResource.yearOrNow(year));
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.field(field, "invalid-input", "problem.member.unknown-value", value);
        }
    }
}
