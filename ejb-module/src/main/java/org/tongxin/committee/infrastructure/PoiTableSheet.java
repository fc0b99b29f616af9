package org.tongxin.committee.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.tongxin.committee.application.TableSheet;
import org.tongxin.platform.kernel.SheetText;

/**
 * Writes a table with POI's streaming workbook, so that a province's ranking does not sit in memory twice.
 * Text that could start a formula is written behind an apostrophe ({@link SheetText}).
 */
@ApplicationScoped
public class PoiTableSheet implements TableSheet {

    @Override
    public byte[] write(String sheetName, List<String> headers, List<List<Object>> rows) {
        SXSSFWorkbook wb = new SXSSFWorkbook(200);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(sheetName);
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int c = 0; c < headers.size(); c++) {
                header.createCell(c).setCellValue(SheetText.cell(headers.get(c)));
                header.getCell(c).setCellStyle(bold);
                sheet.setColumnWidth(c, 16 * 256);
            }
            int n = 1;
            for (List<Object> row : rows) {
                Row r = sheet.createRow(n++);
                for (int c = 0; c < row.size(); c++) {
                    Object v = row.get(c);
                    if (v instanceof Number num) {
                        r.createCell(c).setCellValue(num instanceof BigDecimal b ? b.doubleValue() : num.doubleValue());
                    } else if (v != null) {
                        r.createCell(c).setCellValue(SheetText.cell(v.toString()));
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            wb.dispose();
        }
    }
}
