package org.tongxin.committee.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What opening a term did, or would do: the members continuing, leaving and joining. {@code applied} is
 * false for a preview and when any row is in error; then nothing was written.
 */
public record TermOutcome(
        boolean applied,
        long organisationId,
        int number,
        LocalDate startsOn,
        int continuing,
        int leaving,
        int joining,
        List<ImportResult.RowError> errors)
        implements java.io.Serializable {}
