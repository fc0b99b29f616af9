package org.tongxin.proposal.application;

import java.time.Instant;
import java.time.LocalDate;
import org.tongxin.proposal.domain.ProposalKind;
import org.tongxin.proposal.domain.ProposalState;

/** A proposal as a list shows it. */
public record ProposalSummary(
        long id,
        long organisationId,
        int year,
        String title,
        ProposalKind kind,
        long proposerId,
        String proposerName,
        ProposalState state,
        Instant createdAt,
        Long leadUnitId,
        String leadUnitName,
        LocalDate due,
        boolean overdue,
        String caseNumber)
        implements java.io.Serializable {}
