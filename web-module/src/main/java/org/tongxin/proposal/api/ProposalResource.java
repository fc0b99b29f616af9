package org.tongxin.proposal.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.proposal.application.NewProposal;
import org.tongxin.proposal.application.ProposalDetails;
import org.tongxin.proposal.application.ProposalService;
import org.tongxin.proposal.application.ProposalSummary;
import org.tongxin.proposal.domain.AnswerCategory;
import org.tongxin.proposal.domain.Conversion;
import org.tongxin.proposal.domain.ProposalQuery;
import org.tongxin.proposal.domain.ProposalSession;
import org.tongxin.proposal.domain.ProposalState;
import org.tongxin.proposal.domain.Rating;

/**
 * Proposals: GET /api/v1/proposals?state=&amp;year= (paged, what the caller may see), GET /proposals/{id} (404 when
 * not visible; ETag of the version), POST /proposals (a member files a draft: 201), PUT /proposals/{id} (the draft),
 * and the steps POST /proposals/{id}/confirm, /submit, /review, /assignment, /send-back, /answer, /answer-review,
 * /rating, /close; (issue 18, second slice) /merge, /conversion, /opinion, /key, /instructions, /interviews and GET
 * /proposals/leaders; (third slice) {@code ?key=}, {@code ?supervisedByMe=}, DELETE /proposals/{id} (a draft),
 * /withdraw, /unmerge. A step's body may name the {@code version} it was made on.
 */
@Tag(name = "Proposals")
@Path("/proposals")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProposalResource {

    @EJB
    ProposalService proposals;

    public record ProposalBody(
            String title,
            String reason,
            String analysis,
            String suggestions,
            List<Long> coSigners,
            String collectiveBody,
            String session,
            Integer version,
            Long sessionId) {}

    public record VersionBody(Integer version) {}

    @Schema(requiredProperties = {"decision"})
    public record ReviewBody(String decision, String reason, Integer version) {}

    public record AssignmentBody(Long leadUnitId, List<Long> coUnitIds, String due, Integer version) {}

    public record ReasonBody(String reason, Integer version) {}

    @Schema(requiredProperties = {"category"})
    public record AnswerBody(String category, String text, Integer version) {}

    @Schema(requiredProperties = {"rating"})
    public record RatingBody(String rating, String comment, Integer version) {}

    /**
     * {@code ?key=true} the key proposals only ({@code false}: the others); {@code ?supervisedByMe=true} a leader's key
     * proposals they supervise (others: 403).
     */
    @Operation(
            operationId = "listProposals",
            description =
                    "Lists proposals; open to members, office staff, leaders, handling units. Refusals: 422 invalid-input.",
            summary = "List proposals")
    @GET
    public Page<ProposalSummary> list(
            @QueryParam("state") String state,
            @QueryParam("year") Integer year,
            @QueryParam("key") Boolean key,
            @QueryParam("supervisedByMe") @DefaultValue("false") boolean supervisedByMe,
            @QueryParam("page") @DefaultValue("0") int page,
            @QueryParam("size") @DefaultValue("20") int size) {
        ProposalState s = state == null || state.isBlank() ? null : value(ProposalState.class, state, "state");
        ProposalQuery q = new ProposalQuery(s, year, key, null);
        return supervisedByMe
                ? proposals.supervisedByMe(q, new Page.Request(page, size))
                : proposals.proposals(q, new Page.Request(page, size));
    }

    @Operation(
            operationId = "getProposal",
            description =
                    "Reads one proposal (with its version as ETag); open to the same callers as the list. Refusals: 404.",
            summary = "Read one proposal (with its version as ETag)")
    @APIResponse(
            responseCode = "200",
            description = "OK",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalDetails.class)))
    @GET
    @Path("/{id:[0-9]+}")
    public Response proposal(@PathParam("id") long id) {
        ProposalDetails p = proposals.proposal(id);
        return Response.ok(p).tag(new EntityTag(String.valueOf(p.version()))).build();
    }

    @Operation(
            operationId = "fileProposal",
            description = "Files a proposal draft; open to members. Refusals: 422 not-a-member.",
            summary = "File a proposal draft")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = ProposalDetails.class)))
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(ProposalBody body) {
        return Response.status(Response.Status.CREATED)
                .entity(proposals.file(proposal(required(body, "title"))))
                .build();
    }

    @Operation(
            operationId = "editProposal",
            description = "Edits a proposal draft; open to the proposer. Refusals: 409 proposal-state.",
            summary = "Edit a proposal draft")
    @PUT
    @Path("/{id:[0-9]+}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails edit(@PathParam("id") long id, ProposalBody body) {
        ProposalBody b = required(body, "title");
        return proposals.edit(id, b.version(), proposal(b));
    }

    @Operation(
            operationId = "confirmProposal",
            description = "Confirms co-signing a proposal; open to an invited co-signer.",
            summary = "Confirm co-signing a proposal")
    @POST
    @Path("/{id:[0-9]+}/confirm")
    public ProposalDetails confirm(@PathParam("id") long id, VersionBody body) {
        return proposals.confirm(id, body == null ? null : body.version());
    }

    @Operation(
            operationId = "submitProposal",
            description = "Submits a proposal; open to the proposer. Refusals: 409 co-signers-pending.",
            summary = "Submit a proposal")
    @POST
    @Path("/{id:[0-9]+}/submit")
    public ProposalDetails submit(@PathParam("id") long id, VersionBody body) {
        return proposals.submit(id, body == null ? null : body.version());
    }

    /** {@code {"decision":"ACCEPT"}} or {@code {"decision":"NOT_ACCEPT","reason":"…"}}. */
    @Operation(
            operationId = "reviewProposal",
            description =
                    "Reviews a submitted proposal (accept or not); open to office staff of the proposal's organisation. Refusals: 422 invalid-input.",
            summary = "Review a submitted proposal (accept or not)")
    @POST
    @Path("/{id:[0-9]+}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails review(@PathParam("id") long id, ReviewBody body) {
        ReviewBody b = required(body, "decision");
        String d = required(b.decision(), "decision").strip().toUpperCase(Locale.ROOT);
        if (!d.equals("ACCEPT") && !d.equals("NOT_ACCEPT")) {
            throw Problem.field("decision", "invalid-input", "problem.invalid-input");
        }
        return proposals.review(id, b.version(), d.equals("ACCEPT"), b.reason());
    }

    @Operation(
            operationId = "assignProposal",
            description = "Assigns a proposal to handling units; open to office staff. Refusals: 422.",
            summary = "Assign a proposal to handling units")
    @POST
    @Path("/{id:[0-9]+}/assignment")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails assign(@PathParam("id") long id, AssignmentBody body) {
        AssignmentBody b = required(body, "leadUnitId");
        return proposals.assign(id, b.version(), b.leadUnitId(), b.coUnitIds(), date(b.due(), "due"));
    }

    @Operation(
            operationId = "sendBackProposal",
            description =
                    "Sends a proposal back to its author; open to the lead unit. Refusals: 409 send-back-closed; 422.",
            summary = "Send a proposal back to its author")
    @POST
    @Path("/{id:[0-9]+}/send-back")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails sendBack(@PathParam("id") long id, ReasonBody body) {
        ReasonBody b = required(body, "reason");
        return proposals.sendBack(id, b.version(), b.reason());
    }

    @Operation(
            operationId = "answerProposal",
            description = "Records a handling unit's answer; open to the lead unit. Refusals: 422.",
            summary = "Record a handling unit's answer")
    @POST
    @Path("/{id:[0-9]+}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails answer(@PathParam("id") long id, AnswerBody body) {
        AnswerBody b = required(body, "category");
        AnswerCategory c = b.category() == null || b.category().isBlank()
                ? null
                : value(AnswerCategory.class, b.category(), "category");
        return proposals.answer(id, b.version(), c, b.text());
    }

    /** {@code {"decision":"APPROVE"}} or {@code {"decision":"RETURN","reason":"…"}}. */
    @Operation(
            operationId = "reviewProposalAnswer",
            description = "Reviews a handling unit's answer; open to office staff.",
            summary = "Review a handling unit's answer")
    @POST
    @Path("/{id:[0-9]+}/answer-review")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails reviewAnswer(@PathParam("id") long id, ReviewBody body) {
        ReviewBody b = required(body, "decision");
        String d = required(b.decision(), "decision").strip().toUpperCase(Locale.ROOT);
        if (!d.equals("APPROVE") && !d.equals("RETURN")) {
            throw Problem.field("decision", "invalid-input", "problem.invalid-input");
        }
        return proposals.reviewAnswer(id, b.version(), d.equals("APPROVE"), b.reason());
    }

    @Operation(
            operationId = "rateProposalAnswer",
            description = "Rates the answer as the proposer; open to the proposer.",
            summary = "Rate the answer as the proposer")
    @POST
    @Path("/{id:[0-9]+}/rating")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails rate(@PathParam("id") long id, RatingBody body) {
        RatingBody b = required(body, "rating");
        Rating r = b.rating() == null || b.rating().isBlank() ? null : value(Rating.class, b.rating(), "rating");
        return proposals.rate(id, b.version(), r, b.comment());
    }

    @Operation(
            operationId = "closeProposal",
            description = "Closes a proposal; open to office staff.",
            summary = "Close a proposal")
    @POST
    @Path("/{id:[0-9]+}/close")
    public ProposalDetails close(@PathParam("id") long id, VersionBody body) {
        return proposals.close(id, body == null ? null : body.version());
    }

    // ---- issue 18, second slice: merge and convert, co-handling opinions, key proposals, instructions, interviews

    @Schema(requiredProperties = {"proposalIds"})
    public record MergeBody(List<Long> proposalIds, Integer version) {}

    @Schema(requiredProperties = {"to"})
    public record ConversionBody(String to, String reason, String topic, Integer version) {}

    public record OpinionBody(String text, Integer version) {}

    public record KeyBody(String decidedOn, String decision, Long supervisorAccountId, Integer version) {}

    public record InstructionBody(String givenOn, String text, Integer version) {}

    public record InterviewBody(String heldOn, String people, String said, Integer version) {}

    public record LeaderRow(long accountId, String name) {}

    /** The office merges {@code proposalIds} (submitted) into this submitted proposal (并案). */
    @Operation(
            operationId = "mergeProposals",
            description =
                    "Merges other submitted proposals into this one; open to office staff. Refusals: 422 invalid-input.",
            summary = "Merge other submitted proposals into this one")
    @POST
    @Path("/{id:[0-9]+}/merge")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails merge(@PathParam("id") long id, MergeBody body) {
        MergeBody b = required(body, "proposalIds");
        return proposals.merge(id, b.version(), required(b.proposalIds(), "proposalIds"));
    }

    /** {@code {"to":"REPORT","topic":"…"}} (a draft information report) or {@code {"to":"LETTER","reason":"…"}}. */
    @Operation(
            operationId = "convertProposal",
            description =
                    "Converts a proposal into an information report or a letter; open to office staff. Refusals: 422 invalid-topic.",
            summary = "Convert a proposal into an information report or a letter")
    @POST
    @Path("/{id:[0-9]+}/conversion")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails convert(@PathParam("id") long id, ConversionBody body) {
        ConversionBody b = required(body, "to");
        Conversion to = b.to() == null || b.to().isBlank() ? null : value(Conversion.class, b.to(), "to");
        return proposals.convert(id, b.version(), to, b.reason(), b.topic());
    }

    /** A co-handling unit's opinion to the lead unit (会办意见). */
    @Operation(
            operationId = "addProposalOpinion",
            description =
                    "Gives a co-handling unit's opinion to the lead unit; open to a co-handling unit. Refusals: 409 proposal-state.",
            summary = "Give a co-handling unit's opinion to the lead unit")
    @POST
    @Path("/{id:[0-9]+}/opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails opinion(@PathParam("id") long id, OpinionBody body) {
        OpinionBody b = required(body, "text");
        return proposals.opinion(id, b.version(), b.text());
    }

    /** The office marks a key proposal (重点提案): the chair council's decision and day, the supervising leader. */
    @Operation(
            operationId = "markKeyProposal",
            description = "Marks a proposal as key proposal; open to office staff. Refusals: 422.",
            summary = "Mark a proposal as key proposal")
    @POST
    @Path("/{id:[0-9]+}/key")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails markKey(@PathParam("id") long id, KeyBody body) {
        KeyBody b = required(body, "decidedOn");
        return proposals.markKey(
                id, b.version(), date(b.decidedOn(), "decidedOn"), b.decision(), b.supervisorAccountId());
    }

    /** A leader's instruction (批示); {@code givenOn} defaults to today. */
    @Operation(
            operationId = "instructOnProposal",
            description = "Records a leader's instruction on a proposal; open to a leader of the organisation.",
            summary = "Record a leader's instruction on a proposal")
    @POST
    @Path("/{id:[0-9]+}/instructions")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails instruct(@PathParam("id") long id, InstructionBody body) {
        InstructionBody b = required(body, "text");
        return proposals.instruct(id, b.version(), date(b.givenOn(), "givenOn"), b.text());
    }

    /** The office records a member interview (委员访谈). */
    @Operation(
            operationId = "recordProposalInterview",
            description = "Records a member interview about a proposal; open to office staff.",
            summary = "Record a member interview about a proposal")
    @POST
    @Path("/{id:[0-9]+}/interviews")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProposalDetails interview(@PathParam("id") long id, InterviewBody body) {
        InterviewBody b = required(body, "heldOn");
        return proposals.interview(id, b.version(), date(b.heldOn(), "heldOn"), b.people(), b.said());
    }

    /** The leaders of the office's organisation who may supervise a key proposal. */
    @Operation(
            operationId = "listProposalLeaders",
            description = "Lists the leaders who may supervise a key proposal; open to office staff.",
            summary = "List the leaders who may supervise a key proposal")
    @GET
    @Path("/leaders")
    public List<LeaderRow> leaders() {
        return proposals.leaderChoices().entrySet().stream()
                .map(e -> new LeaderRow(e.getKey(), e.getValue()))
                .toList();
    }

    // ---- issue 18, third slice: withdrawing, undoing a merge

    /** The proposer deletes their draft (删除草稿): 204; {@code ?version=} optional. */
    @Operation(
            operationId = "discardProposal",
            description =
                    "Discards a proposal draft; open to the proposer. Refusals: 403 proposal-step-role; 409 proposal-state; 404.",
            summary = "Discard a proposal draft")
    @APIResponse(responseCode = "204", description = "Done")
    @DELETE
    @Path("/{id:[0-9]+}")
    public Response discard(@PathParam("id") long id, @QueryParam("version") Integer version) {
        proposals.discard(id, version);
        return Response.noContent().build();
    }

    /** The proposer takes a submitted proposal back before the office reviews it (撤回): a draft again. */
    @Operation(
            operationId = "withdrawProposal",
            description =
                    "Withdraws a submitted proposal back to draft; open to the proposer. Refusals: 409 proposal-state, withdraw-merged.",
            summary = "Withdraw a submitted proposal back to draft")
    @POST
    @Path("/{id:[0-9]+}/withdraw")
    public ProposalDetails withdraw(@PathParam("id") long id, VersionBody body) {
        return proposals.withdraw(id, body == null ? null : body.version());
    }

    /** The office takes this merged proposal out of its main one (撤销并案): submitted again. */
    @Operation(
            operationId = "unmergeProposal",
            description =
                    "Takes a merged proposal out of its main proposal; open to office staff. Refusals: 409 unmerge-reviewed, proposal-state.",
            summary = "Take a merged proposal out of its main proposal")
    @POST
    @Path("/{id:[0-9]+}/unmerge")
    public ProposalDetails unmerge(@PathParam("id") long id, VersionBody body) {
        return proposals.unmerge(id, body == null ? null : body.version());
    }

    private static NewProposal proposal(ProposalBody b) {
        ProposalSession s = b.session() == null || b.session().isBlank()
                ? null
                : value(ProposalSession.class, b.session(), "session");
        return new NewProposal(
                b.title(),
                b.reason(),
                b.analysis(),
                b.suggestions(),
                b.coSigners(),
                b.collectiveBody(),
                s,
                b.sessionId());
    }

    static <T> T required(T value, String field) {
        if (value == null) {
            throw Problem.field(field, "required", "problem.required");
        }
        return value;
    }

    static <E extends Enum<E>> E value(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
    }

    static LocalDate date(String value, String field) {
        try {
            return value == null || value.isBlank() ? null : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.invalid-input");
        }
    }
}
