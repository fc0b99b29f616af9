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
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongxin.committee.application.RosterSheet;
import org.tongxin.platform.kernel.SheetText;

/**
 * The roster workbook with Apache POI: the first sheet, a header row in Chinese (the offices' own
 * column names), one member per row. Dates may be real date cells or text (2026-01-31); numbers that
 * are really text (a phone, a term) are read without a decimal point. Text that could start a formula is
 * written behind an apostrophe and read without it ({@link SheetText}).
 */
@ApplicationScoped
public class PoiRosterSheet implements RosterSheet {

    static final List<String> HEADERS =
            List.of("编号", "姓名", "性别", "民族", "出生日期", "党派", "界别", "届次", "职务", "专委会", "工作单位", "职称", "联系电话", "状态", "组织");

    private static final List<String> NOTES = List.of(
            "编号：名册中每位委员固定不变的编号（必填）。再次导入时按编号对应，不会重复新增。",
            "性别：男 / 女；党派：中共、民革、民盟、民建、民进、农工党、致公党、九三学社、台盟、无党派。",
            "职务：主席、副主席、常委、委员；状态：在职、辞职、去世、撤销资格（空白视为在职）。",
            "界别、专委会：须与系统中本组织的名称一致；出生日期：2026-01-31 或日期格式单元格。",
            "组织：委员所属组织的代码或名称，须为本组织或其下级组织（空白视为导入时选择的组织）。",
            "导入时先校验全部行，只要有一行有误就不导入任何数据。");

    @Override
    public List<RosterSheet.SheetRow> read(InputStream xlsx, int maxRows) throws Unreadable {
        try (Workbook wb = WorkbookFactory.create(xlsx)) {
            Sheet sheet = wb.getSheetAt(0);
            List<RosterSheet.SheetRow> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String v = text(r.getCell(c), COLUMNS.get(c));
                    cells.put(COLUMNS.get(c), v);
                    empty &= v == null || v.isBlank();
                }
                if (empty) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new Unreadable("problem.import.too-many-rows", null);
                }
                rows.add(new RosterSheet.SheetRow(i + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("problem.import.unreadable", e);
        }
    }

    @Override
    public byte[] write(List<Map<String, String>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("委员名册");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, (c == 10 || c == 14 ? 30 : 12) * 256);
            }
            sheet.createFreezePane(0, 1);
            int n = 1;
            for (Map<String, String> row : rows) {
                Row r = sheet.createRow(n++);
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String v = row.get(COLUMNS.get(c));
                    if (v != null) {
                        r.createCell(c, CellType.STRING).setCellValue(SheetText.cell(v));
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

    private static String text(Cell cell, String column) {
        if (cell == null) {
            return null;
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> SheetText.read(cell.getStringCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case NUMERIC -> {
                if ("birthDate".equals(column)) {
                    // a date cell, or a serial number a sheet lost the format of: the calendar day, not an instant
                    yield DateUtil.getLocalDateTime(cell.getNumericCellValue())
                            .toLocalDate()
                            .toString();
                }
                yield BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString();
            }
            default -> null;
        };
    }
}
