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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.SchemaProperty;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
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
@Tag(name = "Committees and members")
@Path("/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MemberResource {

    @EJB
    RosterService roster;

    @Operation(
            operationId = "searchMembers",
            description = "Searches the roster of members; open to business roles.",
            summary = "Search the roster of members")
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
    @Operation(
            operationId = "lookupMembers",
            description =
                    "Finds members by name to link an account; open to sys-admin (everyone else 403). Refusals: 403.",
            summary = "Find members by name to link an account")
    @GET
    @Path("/lookup")
    public java.util.List<RosterService.MemberLookup> lookup(@QueryParam("name") String name) {
        return roster.memberLookup(name);
    }

    @Operation(
            operationId = "getMember",
            description = "Reads a member's profile; open to business roles.",
            summary = "Read a member's profile")
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
    @Operation(
            operationId = "importRoster",
            description =
                    "Imports the roster from an .xlsx workbook into an organisation the caller keeps, all rows or none, or only checks it with dryRun; open to office staff (other roles 403). Refusals: 422 with the row and column of every error, including rows of organisations the caller does not keep.",
            summary = "Import the roster from a spreadsheet (or check it with dryRun)")
    @APIResponse(
            responseCode = "200",
            description = "Checked (and imported unless dryRun): the counts",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema =
                                    @Schema(
                                            type = SchemaType.OBJECT,
                                            properties = {
                                                @SchemaProperty(name = "imported", type = SchemaType.BOOLEAN),
                                                @SchemaProperty(name = "rows", type = SchemaType.INTEGER),
                                                @SchemaProperty(name = "created", type = SchemaType.INTEGER),
                                                @SchemaProperty(name = "updated", type = SchemaType.INTEGER),
                                                @SchemaProperty(name = "unchanged", type = SchemaType.INTEGER)
                                            })))
    @APIResponse(responseCode = "422", description = "Rows in error (invalid-file), each in fields as <row>:<column>")
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
            jakarta.json.JsonObjectBuilder f = org.tongxin.platform.kernel.Jsonp.createObjectBuilder();
            fields.forEach(f::add);
            String body = org.tongxin.platform.kernel.Jsonp.createObjectBuilder()
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
    @Operation(
            operationId = "exportRoster",
            description =
                    "Exports the members the roster list finds with the same filters as a workbook in the import's columns, personal data only where the caller may read it; open to the business roles (administrators 403).",
            summary = "Export the roster as a spreadsheet")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content = @Content(mediaType = XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")))
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
    @Operation(
            operationId = "createMemberLogins",
            description =
                    "Opens logins with one-time passwords for active members without one (listed ids, a committee or all the caller keeps); open to office staff (other roles 403). Refusals: 422 required when no members are named.",
            summary = "Open logins for members without one")
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
    @Operation(
            operationId = "getLoginSlips",
            description =
                    "Downloads the PDF of login slips (login name and one-time password per member) of one login creation; open to office staff (other roles 403). Refusals: 404 for a batch that is unknown or not the caller's.",
            summary = "Download the login slips of a batch as PDF")
    @APIResponse(
            responseCode = "200",
            description = "The file",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @GET
    @Path("/accounts/slips/{batch}")
    @Produces("application/pdf")
    public jakarta.ws.rs.core.Response slips(@PathParam("batch") String batch) {
        return jakarta.ws.rs.core.Response.ok(memberAccounts.slips(batch), "application/pdf")
                .header("Content-Disposition", "attachment; filename=\"login-slips.pdf\"")
                .build();
    }

    @Schema(requiredProperties = {"accountId"})
    public record LinkRequest(Long accountId) {}

    @Operation(
            operationId = "linkMemberAccount",
            description =
                    "Links a member to an existing login account of their organisation; open to office staff (other roles 403). Refusals: 422 account-required without accountId; 404 for a member or account not visible; 409 member-has-account, account-linked.",
            summary = "Link a member to an account")
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

    @Operation(
            operationId = "unlinkMemberAccount",
            description =
                    "Removes the link between a member and their login account; open to office staff of the member's organisation (other roles 403). Refusals: 404 for a member not visible.",
            summary = "Unlink a member's account")
    @APIResponse(responseCode = "204", description = "Done")
    @jakarta.ws.rs.DELETE
    @Path("/{id}/account")
    public jakarta.ws.rs.core.Response unlink(@PathParam("id") long id) {
        memberAccounts.unlink(id);
        return jakarta.ws.rs.core.Response.noContent().build();
    }

    /** The member's login: {@code {"accountId","username","enabled"}}, all null when none. */
    @Operation(
            operationId = "getMemberAccount",
            description =
                    "Reads the login account linked to a member, if any; open to office staff and leaders of the member's organisation (other roles 403). Refusals: 404 for a member not visible.",
            summary = "Read the account linked to a member")
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
