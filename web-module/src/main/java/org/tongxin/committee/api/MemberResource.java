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
    @Path("/{id: [0-9]+}") // only numbers: /export.xlsx is not a member
    public MemberProfile member(@PathParam("id") long id) {
        return roster.member(id);
    }

    // --- issue 14: roster to logins ---------------------------------------------------------------

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    org.tongxin.committee.application.RosterTransfer transfer;

    @EJB
    org.tongxin.committee.application.MemberAccounts memberAccounts;

    @EJB
    org.tongxin.platform.application.AccountService accountService;

    @jakarta.ws.rs.core.Context
    jakarta.ws.rs.core.HttpHeaders headers;

    /**
     * The roster .xlsx as the body: every row checked, and imported (all or nothing) unless {@code dryRun};
     * into the caller's organisation, or {@code organisation}, for rows without an organisation column.
     * Errors: 422 {@code invalid-file} with {@code fields} {@code "<row>:<column>"} → message.
     */
    @jakarta.ws.rs.POST
    @Path("/import")
    @jakarta.ws.rs.Consumes(MediaType.WILDCARD)
    public jakarta.ws.rs.core.Response importRoster(
            @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
            @QueryParam("organisation") Long organisation,
            byte[] xlsx) {
        long into = organisation != null
                ? organisation
                : accountService.me().organisation().id();
        org.tongxin.committee.application.ImportResult result = transfer.importRoster(into, xlsx, !dryRun);
        if (!result.errors().isEmpty()) {
            java.util.Locale locale = org.tongxin.platform.web.Texts.choose(
                    java.util.Collections.enumeration(headers.getAcceptableLanguages()));
            java.util.Map<String, String> fields = new java.util.LinkedHashMap<>();
            for (org.tongxin.committee.application.ImportResult.RowError e : result.errors()) {
                String text = org.tongxin.platform.web.Texts.get(
                        locale, e.messageKey(), e.args().toArray());
                fields.merge(e.row() + ":" + e.column(), text, (a, b) -> a + "；" + b);
            }
            // problem+json as the platform's mapper writes it (built here: the platform's api package is not ours)
            jakarta.json.JsonObjectBuilder f = jakarta.json.Json.createObjectBuilder();
            fields.forEach(f::add);
            String body = jakarta.json.Json.createObjectBuilder()
                    .add("type", "urn:tongxin:problem:invalid-file")
                    .add(
                            "title",
                            org.tongxin.platform.web.Texts.get(
                                    locale, "import.has-errors", result.errors().size()))
                    .add("status", 422)
                    .add("fields", f)
                    .build()
                    .toString();
            return jakarta.ws.rs.core.Response.status(422)
                    .type("application/problem+json; charset=UTF-8")
                    .entity(body)
                    .build();
        }
        return jakarta.ws.rs.core.Response.ok(java.util.Map.of(
                        "imported", result.imported(),
                        "rows", result.rows(),
                        "created", result.created(),
                        "updated", result.updated(),
                        "unchanged", result.unchanged()))
                .type(MediaType.APPLICATION_JSON)
                .build();
    }

    /** The members the list's filters find (the query parameters of GET /members), as the import's workbook. */
    @GET
    @Path("/export.xlsx")
    @Produces(XLSX)
    public jakarta.ws.rs.core.Response export(
            @QueryParam("committee") Long committee,
            @QueryParam("sector") Long sector,
            @QueryParam("party") String party,
            @QueryParam("term") Integer term,
            @QueryParam("position") String position,
            @QueryParam("status") String status,
            @QueryParam("q") String q) {
        MemberQuery query = new MemberQuery(
                committee,
                sector,
                parse(Party.class, "party", party),
                term,
                parse(Position.class, "position", position),
                parse(MemberStatus.class, "status", status),
                q);
        return jakarta.ws.rs.core.Response.ok(transfer.export(query), XLSX)
                .header("Content-Disposition", "attachment; filename=\"members.xlsx\"")
                .build();
    }

    /** Body of POST /members/accounts: one of the three scopes. */
    public record AccountsRequest(java.util.List<Long> memberIds, Long committee, Boolean all) {}

    public record CreatedLogin(long memberId, String username, String oneTimePassword) {}

    public record SkippedMember(long memberId, String reason) {}

    public record AccountsAnswer(
            java.util.List<CreatedLogin> created, java.util.List<SkippedMember> skipped, String slips) {}

    /** Opens logins for members without one; {@code slips} is the address of the sheet of slips (or null). */
    @jakarta.ws.rs.POST
    @Path("/accounts")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public AccountsAnswer createLogins(AccountsRequest body) {
        if (body == null) {
            throw Problem.field("memberIds", "required", "problem.member-login.scope");
        }
        org.tongxin.committee.application.MemberAccounts.Result r =
                memberAccounts.createLogins(new org.tongxin.committee.application.MemberAccounts.Scope(
                        body.memberIds(), body.committee(), Boolean.TRUE.equals(body.all())));
        return new AccountsAnswer(
                r.created().stream()
                        .map(c -> new CreatedLogin(c.memberId(), c.username(), c.oneTimePassword()))
                        .toList(),
                r.skipped().stream()
                        .map(x -> new SkippedMember(x.memberId(), x.reason()))
                        .toList(),
                r.batch() == null ? null : "/api/v1/members/accounts/slips/" + r.batch());
    }

    /** The sheet of login slips of a bulk creation (the caller's own, for a day), as a PDF. */
    @GET
    @Path("/accounts/slips/{batch}")
    @Produces("application/pdf")
    public jakarta.ws.rs.core.Response slips(@PathParam("batch") String batch) {
        return jakarta.ws.rs.core.Response.ok(memberAccounts.slips(batch), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"login-slips.pdf\"")
                .build();
    }

    public record LinkRequest(Long accountId) {}

    @jakarta.ws.rs.PUT
    @Path("/{id}/account")
    @jakarta.ws.rs.Consumes(MediaType.APPLICATION_JSON)
    public org.tongxin.committee.application.MemberAccounts.Login link(@PathParam("id") long id, LinkRequest body) {
        if (body == null || body.accountId() == null) {
            throw Problem.field("accountId", "required", "problem.member-login.account-required");
        }
        memberAccounts.link(id, body.accountId());
        return memberAccounts.login(id);
    }

    @jakarta.ws.rs.DELETE
    @Path("/{id}/account")
    public jakarta.ws.rs.core.Response unlink(@PathParam("id") long id) {
        memberAccounts.unlink(id);
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    /** The member's login: {@code {"accountId","username","enabled"}}, all null when none. */
    @GET
    @Path("/{id}/account")
    public org.tongxin.committee.application.MemberAccounts.Login login(@PathParam("id") long id) {
        return memberAccounts.login(id);
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
