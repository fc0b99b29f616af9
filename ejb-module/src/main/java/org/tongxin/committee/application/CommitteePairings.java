package org.tongxin.committee.application;

import java.time.LocalDate;
import java.util.List;

/**
 * The pairings of one special committee (its functional party branch): every CPC member of the
 * committee with their current partners, the members still unpaired, and the ended pairings.
 */
public record CommitteePairings(
        long committeeId,
        String committeeName,
        List<CpcMember> cpcMembers,
        List<Person> unpairedCpc,
        List<Person> unpairedOthers,
        List<PairingView> ended) {

    public record Person(long id, String name, String party, String committeeName) {}

    public record CpcMember(Person member, List<PairingView> partners) {}

    public record PairingView(long id, Person cpcMember, Person partner, LocalDate startedOn, LocalDate endedOn) {}
}
