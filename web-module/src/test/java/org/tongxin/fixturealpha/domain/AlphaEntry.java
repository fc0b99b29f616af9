package org.tongxin.fixturealpha.domain;

import java.time.LocalDate;
import org.tongxin.fixturealpha.infrastructure.AlphaStore;
import org.tongxin.fixturebeta.domain.BetaSecret;

/**
 * Breaks the rules on purpose, for ArchitectureRulesTest: reaches another context's domain, its own
 * infrastructure, EJB, and the system clock.
 */
@jakarta.ejb.Stateless
public class AlphaEntry {

    BetaSecret secret;
    AlphaStore store;

    LocalDate today() {
        return LocalDate.now();
    }
}
