package org.tongxin.committee.application;

import jakarta.ejb.Local;
import java.time.LocalDate;

/** Party pairings: read by everyone who sees the organisation, changed by its office staff. */
@Local
public interface PairingService {

    CommitteePairings ofCommittee(long committeeId);

    CommitteePairings.PairingView pair(long cpcMemberId, long partnerId, LocalDate startedOn);

    CommitteePairings.PairingView end(long pairingId, LocalDate endedOn);
}
