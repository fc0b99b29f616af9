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

    /** Names of these committees, by id (one query for a page of members). */
    Map<Long, String> committeeNames(java.util.Collection<Long> ids);

    /** Names of these sectors, by id. */
    Map<Long, String> sectorNames(java.util.Collection<Long> ids);

    void add(SpecialCommittee committee);

    void add(Sector sector);
}
