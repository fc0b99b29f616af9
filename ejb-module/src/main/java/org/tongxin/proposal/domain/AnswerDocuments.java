package org.tongxin.proposal.domain;

import java.util.Optional;

/** The proposals' signed answer documents (issue 18). */
public interface AnswerDocuments {

    Optional<AnswerDocument> of(long proposalId);

    void add(AnswerDocument document);

    void flush();
}
