package org.tongxin.proposal.domain;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The plenary sessions of organisations. */
public interface PlenarySessions {

    void add(PlenarySession session);

    void remove(PlenarySession session);

    Optional<PlenarySession> session(long id);

    /** The organisation's sessions, the latest opening first (with the retired ones when asked). */
    List<PlenarySession> of(long organisationId, boolean withRetired);

    Optional<PlenarySession> byName(long organisationId, String name);

    Optional<PlenarySession> byCode(long organisationId, String code);

    /** Whether a proposal names the session. */
    boolean used(long sessionId);

    /** The organisation's sessions that a proposal names, in one query. */
    Set<Long> usedAmong(long organisationId);

    void flush();
}
