package org.tongxin.home.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.tongxin.home.application.DashboardDocuments;
import org.tongxin.platform.kernel.SheetText;
import org.tongxin.platform.kernel.pdf.PageNumbers;
import org.tongxin.platform.kernel.pdf.PdfFonts;

/**
 * The dashboard as documents: a one-sheet workbook (a bold header row per section, numbers as numbers, shares as
 * percentages, the title rows repeated on every printed page) and an A4 PDF (a table per section, kept on one page;
 * page numbers in the reader's language, {@code dashboard.page}) in the platform's embedded Chinese font
 * ({@link PdfFonts}).
 */
@ApplicationScoped
public class DashboardFiles implements DashboardDocuments {

    @Override
    public byte[] workbook(String title, List<String> heading, List<String> columns, List<Section> sections) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet(SheetText.cell(title));
            CellStyle bold = wb.createCellStyle();
            org.apache.poi.ss.usermodel.Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = wb.createCellStyle();
            percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
            int n = 0;
            Row top = sheet.createRow(n++);
            top.createCell(0).setCellValue(SheetText.cell(title));
            top.getCell(0).setCellStyle(bold);
            for (String h : heading) {
                sheet.createRow(n++).createCell(0).setCellValue(SheetText.cell(h));
            }
            Row header = sheet.createRow(n++);
            for (int c = 0; c < columns.size(); c++) {
                header.createCell(c).setCellValue(SheetText.cell(columns.get(c)));
                header.getCell(c).setCellStyle(bold);
            }
            int repeat = n;
            for (Section s : sections) {
                n++;
                Row r = sheet.createRow(n++);
                r.createCell(0).setCellValue(SheetText.cell(s.title()));
                r.getCell(0).setCellStyle(bold);
                for (Line l : s.lines()) {
                    Row row = sheet.createRow(n++);
                    row.createCell(0).setCellValue(SheetText.cell(l.label()));
                    if (l.value() instanceof Share share) {
                        row.createCell(1).setCellValue(share.value());
                        row.getCell(1).setCellStyle(percent);
                    } else if (l.value() instanceof Number num) {
                        row.createCell(1).setCellValue(num.doubleValue());
                    } else if (l.value() != null) {
                        row.createCell(1).setCellValue(SheetText.cell(l.value().toString()));
                    }
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            sheet.setColumnWidth(1, 14 * 256);
            sheet.setRepeatingRows(new CellRangeAddress(0, repeat - 1, 0, 1));
            sheet.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
            sheet.setFitToPage(true);
            sheet.getPrintSetup().setFitWidth((short) 1);
            sheet.getPrintSetup().setFitHeight((short) 0);
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public byte[] pdf(String title, List<String> heading, List<Section> sections, String pages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(PageSize.A4, 56, 56, 56, 56);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(
                    new PageNumbers(pages != null && pages.contains("{0}") ? pages : PageNumbers.CHINESE, 9));
            BaseFont song = PdfFonts.chinese();
            Font titleFont = new Font(song, 18, Font.BOLD);
            Font headFont = new Font(song, 12, Font.BOLD);
            Font body = new Font(song, 10.5f);
            doc.open();
            Paragraph t = new Paragraph(title, titleFont);
            t.setAlignment(Element.ALIGN_CENTER);
            t.setSpacingAfter(8);
            doc.add(t);
            for (String h : heading) {
                doc.add(new Paragraph(h, body));
            }
            for (Section s : sections) {
                PdfPTable table = new PdfPTable(new float[] {3, 1});
                table.setWidthPercentage(100);
                table.setSpacingBefore(10);
                table.setKeepTogether(true);
                PdfPCell head = new PdfPCell(new Phrase(s.title(), headFont));
                head.setColspan(2);
                head.setGrayFill(0.9f);
                head.setPadding(4);
                table.addCell(head);
                table.setHeaderRows(1);
                for (Line l : s.lines()) {
                    PdfPCell label = new PdfPCell(new Phrase(l.label(), body));
                    label.setPadding(3);
                    table.addCell(label);
                    PdfPCell value = new PdfPCell(new Phrase(value(l.value()), body));
                    value.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    value.setPadding(3);
                    table.addCell(value);
                }
                doc.add(table);
            }
            doc.close();
            return out.toByteArray();
        } catch (DocumentException e) {
            throw new IllegalStateException("the dashboard PDF could not be written", e);
        }
    }

    private static String value(Object v) {
        if (v instanceof Share s) {
            return String.format(Locale.ROOT, "%.1f%%", s.value() * 100);
        }
        return v == null ? "" : v.toString();
    }
}
