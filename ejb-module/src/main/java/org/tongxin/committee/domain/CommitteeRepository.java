package org.tongxin.committee.domain;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Special committees and sectors of organisations. */
public interface CommitteeRepository {

    Optional<SpecialCommittee> committee(long id);

    List<SpecialCommittee> committees(String organisationPathPattern);

    /** Active members per committee id. */
    Map<Long, Long> activeMemberCounts(String organisationPathPattern);

    List<Sector> sectors(String organisationPathPattern);

    Optional<Sector> sector(long id);

    void add(SpecialCommittee committee);

    void add(Sector sector);
}
