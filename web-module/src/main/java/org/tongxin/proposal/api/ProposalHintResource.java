package org.tongxin.proposal.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.tongxin.platform.kernel.Page;
import org.tongxin.proposal.application.ProposalHintService;
import org.tongxin.proposal.application.SimilarProposal;

/**
 * The similar-proposal hint while writing (issue 18): GET /api/v1/proposals/similar?text=&amp;exclude= → the closest
 * titles, best first, as one page ({@code {"items":[{"id","title","year","state","shared","visible"}],…}}).
 */
@Tag(name = "Proposals")
@Path("/proposals/similar")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ProposalHintResource {

    @EJB
    ProposalHintService hints;

    @Operation(
            operationId = "findSimilarProposals",
            description = "Finds proposals similar to a title; open to members, office staff, leaders. Refusals: 403.",
            summary = "Find proposals similar to a title")
    @GET
    public Page<SimilarProposal> similar(@QueryParam("text") String text, @QueryParam("exclude") Long exclude) {
        List<SimilarProposal> items = hints.similar(text, exclude);
        return new Page<>(items, 0, ProposalHintService.MAX, items.size());
    }
}
