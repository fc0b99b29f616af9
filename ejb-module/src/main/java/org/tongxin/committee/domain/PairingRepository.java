package org.tongxin.committee.domain;

import java.util.List;
import java.util.Optional;

/** Pairings, current and ended. */
public interface PairingRepository {

    Optional<Pairing> byId(long id);

    void add(Pairing pairing);

    /** A member's current pairings, as CPC member or as partner. */
    List<Pairing> current(long memberId);

    /** Every pairing touching the members of an organisation, current ones first. */
    List<Pairing> ofOrganisation(long organisationId);

    /** Locks the member's row until the transaction ends, so that two pairings of one member queue. */
    void lock(Member member);
}
