package org.tongxin.proposal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.tongxin.proposal.domain.AnswerDocument;
import org.tongxin.proposal.domain.AnswerDocuments;

/** The signed answer documents in JPA, by the proposal's id (their primary key). */
@ApplicationScoped
public class JpaAnswerDocuments implements AnswerDocuments {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Override
    public Optional<AnswerDocument> of(long proposalId) {
        return Optional.ofNullable(em.find(AnswerDocument.class, proposalId));
    }

    @Override
    public void add(AnswerDocument document) {
        em.persist(document);
    }

    @Override
    public void flush() {
        em.flush();
    }
}
