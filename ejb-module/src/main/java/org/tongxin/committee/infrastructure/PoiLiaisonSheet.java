package org.tongxin.committee.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongxin.committee.application.LiaisonSheet;
import org.tongxin.committee.application.RosterSheet;
import org.tongxin.platform.kernel.SheetText;

/**
 * The liaison workbook with Apache POI: sheets 镇街, 联系点, 联络组 (found by name), a header row in
 * Chinese, one town, point or group per row; a sheet of notes. Formula-like text is written behind an
 * apostrophe and read without it ({@link SheetText}).
 */
@ApplicationScoped
public class PoiLiaisonSheet implements LiaisonSheet {

    static final Map<String, String> NAMES = sheetNames();

    static final Map<String, List<String>> HEADERS = Map.of(
            "towns", List.of("名称", "类型"),
            "points", List.of("镇街", "名称", "类型"),
            "groups", List.of("镇街", "名称", "组长编号", "成员编号"));

    private static final List<String> NOTES = List.of(
            "镇街：每行一个镇或街道；类型：镇 / 街道。",
            "联系点：镇街须为本表“镇街”页或系统中已有的镇街；类型：村 / 社区。",
            "联络组：每个镇街至多一个联络组；组长编号、成员编号为委员名册中的编号，成员之间用逗号或顿号分隔；组长自动成为成员。",
            "再次导入时按名称对应（镇街按名称，联系点按镇街与名称，联络组按镇街），不会重复新增；已撤销的不能再导入。",
            "导入时先校验全部行，只要有一行有误就不导入任何数据。");

    private static Map<String, String> sheetNames() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("towns", "镇街");
        m.put("points", "联系点");
        m.put("groups", "联络组");
        return m;
    }

    @Override
    public Map<String, List<SheetRow>> read(InputStream xlsx, int maxRows) throws RosterSheet.Unreadable {
        try (Workbook wb = WorkbookFactory.create(xlsx)) {
            Map<String, List<SheetRow>> result = new LinkedHashMap<>();
            int total = 0;
            for (Map.Entry<String, String> e : NAMES.entrySet()) {
                List<String> columns = COLUMNS.get(e.getKey());
                List<SheetRow> rows = new ArrayList<>();
                result.put(e.getKey(), rows);
                Sheet sheet = wb.getSheet(e.getValue());
                if (sheet == null) {
                    continue;
                }
                for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                    Row r = sheet.getRow(i);
                    if (r == null) {
                        continue;
                    }
                    Map<String, String> cells = new LinkedHashMap<>();
                    boolean empty = true;
                    for (int c = 0; c < columns.size(); c++) {
                        String v = text(r.getCell(c));
                        cells.put(columns.get(c), v);
                        empty &= v == null || v.isBlank();
                    }
                    if (empty) {
                        continue;
                    }
                    if (++total > maxRows) {
                        throw new RosterSheet.Unreadable("problem.import.too-many-rows", null);
                    }
                    rows.add(new SheetRow(e.getKey(), i + 1, cells));
                }
            }
            return result;
        } catch (IOException | RuntimeException e) {
            throw new RosterSheet.Unreadable("problem.import.unreadable", e);
        }
    }

    @Override
    public byte[] write(Map<String, List<Map<String, String>>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            for (Map.Entry<String, String> e : NAMES.entrySet()) {
                Sheet sheet = wb.createSheet(e.getValue());
                List<String> headers = HEADERS.get(e.getKey());
                List<String> columns = COLUMNS.get(e.getKey());
                Row header = sheet.createRow(0);
                for (int c = 0; c < headers.size(); c++) {
                    Cell cell = header.createCell(c);
                    cell.setCellValue(headers.get(c));
                    cell.setCellStyle(bold);
                    sheet.setColumnWidth(c, (c == 3 ? 40 : 16) * 256);
                }
                sheet.createFreezePane(0, 1);
                int n = 1;
                for (Map<String, String> row : rows.getOrDefault(e.getKey(), List.of())) {
                    Row r = sheet.createRow(n++);
                    for (int c = 0; c < columns.size(); c++) {
                        String v = row.get(columns.get(c));
                        if (v != null) {
                            r.createCell(c, CellType.STRING).setCellValue(SheetText.cell(v));
                        }
                    }
                }
            }
            Sheet notes = wb.createSheet("填写说明");
            for (int i = 0; i < NOTES.size(); i++) {
                notes.createRow(i).createCell(0).setCellValue(NOTES.get(i));
            }
            notes.setColumnWidth(0, 100 * 256);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Cell cell) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> SheetText.read(cell.getStringCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC ->
                BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            default -> null;
        };
    }
}
