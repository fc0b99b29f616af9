package org.tongxin.committee.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.platform.kernel.Page;

/**
 * Terms (届) and the change of term (换届): office staff open a new term, marking who continues, who leaves
 * and who is new, all or nothing; party, sector, term, position and committee are dated history, so a
 * member can be read as of any day and a past term's roster listed and exported.
 */
@Local
public interface TermService {

    /** The terms of an organisation (the caller's own when null), newest first, with the current one. */
    List<TermSummary> terms(Long organisationId);

    /** The organisation's active members, who continue unless marked as leaving. */
    List<TermCandidate> candidates(Long organisationId);

    /**
     * Opens a new term: every active member of the organisation continues (their term changes on the first
     * day) except those listed as leaving (status {@code LEFT} on the first day). With {@code apply} false, the
     * same work is done and rolled back: the counts are a preview.
     */
    TermOutcome open(TermPlan plan, boolean apply);

    /**
     * Opens a new term from a workbook in the roster's columns listing the continuing and the new members:
     * rows matching an active member continue (changes of party, sector, position, committee dated on the
     * first day), other rows join (a member who had left returns), active members not listed leave. Every
     * row is checked first; nothing is written while any row is in error.
     */
    TermOutcome importTerm(Long organisationId, int number, LocalDate startsOn, byte[] xlsx, boolean apply);

    /** A member's party, sector, term, position, committee and status as of a day. */
    MemberStanding standing(long memberId, LocalDate on);

    /** The members who served in a term, each as they stood on its last day (today for the current term). */
    Page<MemberSummary> roster(Long organisationId, int number, Page.Request request);

    /** The same as a workbook in the roster export's columns. */
    byte[] export(Long organisationId, int number);
}
