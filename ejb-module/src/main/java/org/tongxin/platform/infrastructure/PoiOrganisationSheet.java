package org.tongxin.platform.infrastructure;

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
import org.tongxin.platform.application.OrganisationSheet;
import org.tongxin.platform.kernel.SheetText;

/** The organisation workbook with Apache POI, as the roster's: the first sheet, a Chinese header, one organisation per row. */
@ApplicationScoped
public class PoiOrganisationSheet implements OrganisationSheet {

    static final List<String> HEADERS = List.of("代码", "名称", "级别", "上级代码");

    private static final List<String> NOTES = List.of(
            "代码：组织的唯一代码，大写字母、数字或连字符，2至32位（必填）。",
            "名称：组织名称（必填）。",
            "级别：市 / 县（区），或 CITY / COUNTY，须为上级组织的下一级。",
            "上级代码：上级组织的代码，可为系统中已有的组织或本表中的另一行。",
            "系统中已有相同代码、名称和上级的行视为不变；导入时先校验全部行，只要有一行有误就不导入任何数据。");

    @Override
    public List<SheetRow> read(InputStream xlsx, int maxRows) throws Unreadable {
        try (Workbook wb = WorkbookFactory.create(xlsx)) {
            Sheet sheet = wb.getSheetAt(0);
            List<SheetRow> rows = new ArrayList<>();
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Row r = sheet.getRow(i);
                if (r == null) {
                    continue;
                }
                Map<String, String> cells = new LinkedHashMap<>();
                boolean empty = true;
                for (int c = 0; c < COLUMNS.size(); c++) {
                    String v = text(r.getCell(c));
                    cells.put(COLUMNS.get(c), v);
                    empty &= v == null || v.isBlank();
                }
                if (empty) {
                    continue;
                }
                if (rows.size() == maxRows) {
                    throw new Unreadable("problem.organisation.import.too-many-rows", null);
                }
                rows.add(new SheetRow(i + 1, cells));
            }
            return rows;
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("problem.organisation.import.unreadable", e);
        }
    }

    @Override
    public byte[] template() {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("组织");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADERS.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADERS.get(c));
                cell.setCellStyle(bold);
                sheet.setColumnWidth(c, (c == 1 ? 30 : 14) * 256);
            }
            sheet.createFreezePane(0, 1);
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
