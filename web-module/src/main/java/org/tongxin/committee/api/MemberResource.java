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
import org.tongxin.committee.application.MemberProfile;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.Party;
import org.tongxin.committee.application.Position;
import org.tongxin.committee.application.RosterService;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;

/**
 * GET /api/v1/members?committee=&sector=&party=&q=&page=&size= (also term, position, status) and
 * GET /api/v1/members/{id} (business roles; a member's duty record, /members/{id}/duty, is the duty context's
 * {@code MemberDutyResource}); GET /api/v1/members/lookup?name=
 * (sys-admin). Phone and birth date are present only for callers who may see them.
 */
@Path("/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    @EJB
    RosterService roster;

    @GET
    public Page<MemberSummary> search(
            @QueryParam("committee") Long committee,
            @QueryParam("sector") Long sector,
            @QueryParam("party") String party,
            @QueryParam("term") Integer term,
            @QueryParam("position") String position,
            @QueryParam("status") String status,
            @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        MemberQuery query = new MemberQuery(
                committee,
                sector,
                parse(Party.class, "party", party),
                term,
                parse(Position.class, "position", position),
                parse(MemberStatus.class, "status", status),
                q);
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
