package org.tongxin.committee.application;

import java.util.List;

/**
 * What a liaison import did (or, on a dry run, would do): per sheet how many rows create, update or leave
 * alone a town, point or group; when any row is wrong, nothing, and every error by sheet, row and column.
 */
public record LiaisonImportResult(boolean imported, Counts towns, Counts points, Counts groups, List<RowError> errors)
        implements java.io.Serializable {

    public record Counts(int created, int updated, int unchanged) implements java.io.Serializable {}

    /**
     * One error: the sheet ({@code towns}, {@code points}, {@code groups}), the spreadsheet's row number (the
     * header is row 1), the column code (see {@link LiaisonSheet#COLUMNS}), a message key and its arguments.
     */
    public record RowError(String sheet, int row, String column, String messageKey, List<String> args)
            implements java.io.Serializable {

        /** The error's field name in problem+json: {@code points[12].town}. */
        public String field() {
            return sheet + "[" + row + "]." + column;
        }
    }
}
