package org.tongxin.committee.application;

import jakarta.ejb.Local;

/** The roster in and out of spreadsheets: the template, the all-or-nothing import, the export. */
@Local
public interface RosterTransfer {

    /** Largest import, in rows. */
    int MAX_ROWS = 5000;

    byte[] template();

    /**
     * Validates every row of the workbook, then, only when all are valid and {@code apply} is true,
     * creates or updates the organisation's members matched by their roster key, in one transaction.
     * Importing the same file again changes nothing.
     */
    ImportResult importRoster(long organisationId, byte[] xlsx, boolean apply);

    /** The members the roster's filters find, as a workbook in the import's columns. */
    byte[] export(MemberQuery query);
}
