package org.tongxin.platform.application;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The organisation tree as a spreadsheet (代码, 名称, 级别, 上级代码). Reads the cells as text, without
 * judging them; the import validates.
 */
public interface OrganisationSheet {

    /** The columns in their order in the sheet; the codes name the fields in error messages. */
    List<String> COLUMNS = List.of("code", "name", "level", "parent");

    /** One data row: its number as the spreadsheet shows it (the header is row 1) and its cells by column code. */
    record SheetRow(int number, Map<String, String> cells) implements java.io.Serializable {
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

    /** The template: the header, an example sheet of notes. */
    byte[] template();
}
