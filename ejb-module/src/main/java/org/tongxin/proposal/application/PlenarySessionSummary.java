package org.tongxin.proposal.application;

import java.time.LocalDate;
import org.tongxin.proposal.domain.PlenarySession;

/**
 * A plenary session as the pages and the API show it; {@code open}: plenary proposals may be filed and submitted for
 * it today (not retired, today within filingOpensOn .. deadline); {@code used}: a proposal names it (it can then only
 * be retired, not deleted).
 */
public record PlenarySessionSummary(
        long id,
        int version,
        long organisationId,
        String name,
        String code,
        LocalDate opensOn,
        LocalDate closesOn,
        LocalDate filingOpensOn,
        LocalDate deadline,
        boolean retired,
        boolean open,
        boolean used)
        implements java.io.Serializable {

    static PlenarySessionSummary of(PlenarySession s, LocalDate today, boolean used) {
        return new PlenarySessionSummary(
                s.id(),
                s.version(),
                s.organisationId(),
                s.name(),
                s.code(),
                s.opensOn(),
                s.closesOn(),
                s.filingOpensOn(),
                s.deadline(),
                s.retired(),
                s.openOn(today),
                used);
    }
}
