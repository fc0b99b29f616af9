package org.tongxin.committee.application;

import java.util.List;

/**
 * What a roster import did: when every row was valid, how many members were created, updated or left
 * unchanged; otherwise nothing, and every error by row and column.
 */
public record ImportResult(boolean imported, int rows, int created, int updated, int unchanged, List<RowError> errors)
        implements java.io.Serializable {

    /**
     * One error: the spreadsheet's row number, the column code (see {@link RosterSheet#COLUMNS}), a
     * message key and its arguments, for the edges to say in the reader's language.
     */
    public record RowError(int row, String column, String messageKey, List<String> args)
            implements java.io.Serializable {}
}
