package org.tongxin.platform.application;

import java.util.List;

/**
 * What an organisation import did (or, in a dry run, would do): when every row was valid, how many
 * organisations were created and how many were already there; otherwise nothing, and every error by row
 * and column (see {@link OrganisationSheet#COLUMNS}).
 */
public record OrganisationImportResult(boolean imported, int rows, int created, int unchanged, List<RowError> errors)
        implements java.io.Serializable {

    /** One error: the spreadsheet's row number, the column code, a message key and its arguments. */
    public record RowError(int row, String column, String messageKey, List<String> args)
            implements java.io.Serializable {}
}
