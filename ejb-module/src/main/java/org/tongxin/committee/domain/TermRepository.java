package org.tongxin.committee.domain;

import java.util.List;
import java.util.Optional;

/** Terms (届) of an organisation, and the members who served in one. */
public interface TermRepository {

    /** The organisation's opened terms, newest first. */
    List<Term> terms(long organisationId);

    Optional<Term> term(long organisationId, int number);

    void add(Term term);

    /** The highest term number among the organisation's members (0 without members). */
    int rosterTerm(long organisationId);

    /** The term numbers the organisation's roster knows (members' terms and their term changes). */
    List<Integer> rosterTerms(long organisationId);

    /** Locks the organisation's members' rows (in id order) so that a new term and other changes queue. */
    List<Member> lockMembers(long organisationId);

    /** The organisation's members who served in a term (it is their term, or a term change came from or led to it). */
    List<Member> servedIn(long organisationId, int number, int offset, int limit);

    long countServedIn(long organisationId, int number);

    /** Writes what is pending, so that the database's keys are checked now. */
    void flush();
}
