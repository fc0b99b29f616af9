package org.tongxin.committee.application;

import java.io.InputStream;
import java.util.List;
import java.util.Map;

/**
 * The liaison structure as one workbook of three sheets, found by name: 镇街 (towns), 联系点 (points),
 * 联络组 (groups); a missing sheet is empty. Reads the cells as text; the import service validates.
 */
public interface LiaisonSheet {

    /** Sheet code to its column codes, in their order in the sheet. */
    Map<String, List<String>> COLUMNS = Map.of(
            "towns", List.of("name", "kind"),
            "points", List.of("town", "name", "kind"),
            "groups", List.of("town", "name", "leader", "members"));

    /** One data row of a sheet: its number as the spreadsheet shows it, cells by column code. */
    record SheetRow(String sheet, int number, Map<String, String> cells) implements java.io.Serializable {
        public String cell(String column) {
            String v = cells.get(column);
            return v == null || v.isBlank() ? null : v.strip();
        }
    }

    /** Rows by sheet code ({@code towns}, {@code points}, {@code groups}). */
    Map<String, List<SheetRow>> read(InputStream xlsx, int maxRows) throws RosterSheet.Unreadable;

    /** A workbook with these rows (cells by column code) per sheet; the template when there are none. */
    byte[] write(Map<String, List<Map<String, String>>> rows);
}
