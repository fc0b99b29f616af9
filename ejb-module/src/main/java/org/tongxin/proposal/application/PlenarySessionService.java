package org.tongxin.proposal.application;

import jakarta.ejb.Local;
import java.util.List;
import org.tongxin.proposal.domain.PlenarySession;

/**
 * The plenary sessions (全体会议) of the caller's organisation (issue 18): office staff create, change, retire and
 * delete them (only while no proposal names one: {@code 409 session-used}); members, leaders and handling units read
 * them. Another organisation's session is not found.
 */
@Local
public interface PlenarySessionService {

    /** The caller's organisation's sessions, the latest first; the retired ones too when asked. */
    List<PlenarySessionSummary> sessions(boolean withRetired);

    /** The sessions plenary proposals may be filed for today, the earliest deadline first. */
    List<PlenarySessionSummary> openSessions();

    PlenarySessionSummary create(PlenarySession.Terms terms);

    /** Changes the terms; {@code retired} non-null retires it or brings it back; {@code version} null: not checked. */
    PlenarySessionSummary change(long id, Integer version, PlenarySession.Terms terms, Boolean retired);

    void delete(long id);
}
