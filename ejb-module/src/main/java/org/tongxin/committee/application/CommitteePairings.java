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
        List<PairingView> ended)
        implements java.io.Serializable {

    public record Person(long id, String name, String party, String committeeName) implements java.io.Serializable {}

    public record CpcMember(Person member, List<PairingView> partners) implements java.io.Serializable {}

    public record PairingView(long id, Person cpcMember, Person partner, LocalDate startedOn, LocalDate endedOn)
            implements java.io.Serializable {}
}
