package org.tongxin.committee.application;

import java.io.InputStream;
import java.util.List;

/**
 * The roster as a spreadsheet, in the columns offices already keep (编号, 姓名, 性别 …). Reads the
 * cells as text, without judging them; the import service validates.
 */
public interface RosterSheet {

    /**
     * The columns, in their order in the sheet; the codes name the fields in error messages. The last,
     * the member's organisation (code or name), came later: a sheet without it imports into the
     * organisation chosen for the import.
     */
    List<String> COLUMNS = List.of(
            "rosterKey",
            "name",
            "gender",
            "ethnicity",
            "birthDate",
            "party",
            "sector",
            "term",
            "position",
            "committee",
            "workplace",
            "title",
            "phone",
            "status",
            "organisation");

    /** One data row: its number as the spreadsheet shows it (the header is row 1) and its cells by column code. */
    record SheetRow(int number, java.util.Map<String, String> cells) implements java.io.Serializable {
        public String cell(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    /** The file is not a readable .xlsx workbook, or holds more rows than an import takes. */
    class Unreadable extends Exception {
        private static final long serialVersionUID = 1L;
        private final String messageKey;

        public Unreadable(String messageKey, Throwable cause) {
            super(messageKey, cause);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }

    List<SheetRow> read(InputStream xlsx, int maxRows) throws Unreadable;

    /** A workbook with the header and these rows (cells by column code); the template when there are none. */
    byte[] write(List<java.util.Map<String, String>> rows);
}
