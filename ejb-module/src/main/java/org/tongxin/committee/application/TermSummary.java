package org.tongxin.committee.application;

import java.time.LocalDate;

/**
 * One term of an organisation: its number, first and last day (null when not recorded: a term the roster
 * knows from before terms were opened here; the current term has no last day), the counts of its opening,
 * and how many members served in it.
 */
public record TermSummary(
        long organisationId,
        int number,
        LocalDate startsOn,
        LocalDate endsOn,
        boolean current,
        Integer continuing,
        Integer leaving,
        Integer joining,
        long members)
        implements java.io.Serializable {}
