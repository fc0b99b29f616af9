package org.tongxin.proposal.application;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.proposal.domain.Conversion;

/**
 * The second slice of a proposal's details (issue 18): where it was merged to and who was merged into it, what it was
 * converted to, the co-handling units' opinions (shown to the office, leaders and units only), whether it is a key
 * proposal with its decision and supervising leader, leaders' instructions and member interviews.
 */
public record ProposalExtras(
        Long mergedIntoId,
        List<MergedRow> mergedProposers,
        Conversion conversion,
        String conversionReason,
        Long convertedReportId,
        List<OpinionRow> opinions,
        boolean key,
        LocalDate keyDecidedOn,
        String keyDecision,
        Long supervisorAccountId,
        String supervisorName,
        List<InstructionRow> instructions,
        List<InterviewRow> interviews)
        implements Serializable {

    public record MergedRow(long memberId, String name, Long fromProposalId) implements Serializable {}

    public record OpinionRow(long unitId, String unitName, String text, LocalDate givenOn, String givenBy)
            implements Serializable {}

    public record InstructionRow(long leaderAccountId, String leaderName, LocalDate givenOn, String text)
            implements Serializable {}

    public record InterviewRow(LocalDate heldOn, String people, String said, String recordedBy)
            implements Serializable {}
}
