package org.tongxin.inforeport.infrastructure;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import com.lowagie.text.pdf.draw.LineSeparator;
import jakarta.enterprise.context.ApplicationScoped;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.tongxin.inforeport.application.BulletinDetails;
import org.tongxin.inforeport.application.BulletinPrinter;
import org.tongxin.platform.kernel.pdf.PageNumbers;
import org.tongxin.platform.kernel.pdf.PdfFlow;
import org.tongxin.platform.kernel.pdf.PdfFonts;

/**
 * The bulletin in its usual form: the red masthead (社情民意), the issue (2026年第12期), the editing office
 * and date over a red rule, the table of contents, then each report with its proposals and its source.
 * PDF with OpenPDF in the platform's embedded Chinese font ({@link PdfFonts}), laid out by {@link PdfFlow} (headings
 * kept with what follows, no line alone at a page's foot or head) with page numbers (第 x 页 / 共 y 页);
 * {@code .docx} with Apache POI.
 */
@ApplicationScoped
public class BulletinDocuments implements BulletinPrinter {

    private static final Color RED = new Color(0xC0, 0x10, 0x10);

    @Override
    public byte[] pdf(BulletinDetails b, ZoneId zone) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4, 70, 70, 60, 60);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers(PageNumbers.CHINESE, 9));
            doc.addTitle(b.title() + " " + issue(b));
            doc.addCreator("同心");
            doc.open();
            BaseFont song = PdfFonts.chinese();
            Font masthead = new Font(song, 40, Font.BOLD, RED);
            Font normal = new Font(song, 12);
            Font heading = new Font(song, 15, Font.BOLD);
            Font small = new Font(song, 10);
            PdfFlow flow = new PdfFlow(doc, writer);
            flow.paragraph(centered(b.title(), masthead));
            flow.paragraph(centered(issue(b), normal));
            Paragraph office = new Paragraph(b.organisationName() + "办公室编" + "　　　　" + date(b, zone), normal);
            office.setSpacingBefore(12);
            flow.paragraph(office);
            Chunk rule = new Chunk(new LineSeparator(2f, 100f, RED, Element.ALIGN_CENTER, -4));
            rule.setFont(normal);
            flow.paragraph(new Paragraph(rule));
            Paragraph contents = new Paragraph("本期目录", heading);
            contents.setSpacingBefore(12);
            flow.heading(contents);
            int n = 1;
            for (BulletinDetails.Item item : b.items()) {
                flow.paragraph(new Paragraph((n++) + ". " + item.title(), normal));
            }
            for (BulletinDetails.Item item : b.items()) {
                Paragraph title = new Paragraph(item.title(), heading);
                title.setAlignment(Element.ALIGN_CENTER);
                title.setSpacingBefore(24);
                title.setSpacingAfter(8);
                flow.heading(title);
                for (String line : item.body().split("\n")) {
                    Paragraph p = new Paragraph(line, normal);
                    p.setFirstLineIndent(24);
                    p.setLeading(20);
                    flow.paragraph(p);
                }
                flow.heading(new Paragraph("建议：", normal));
                Paragraph source = new Paragraph("（" + source(item) + "）", small);
                source.setAlignment(Element.ALIGN_RIGHT);
                List<String> proposals = item.proposals();
                for (int k = 0; k < proposals.size(); k++) {
                    Paragraph p = new Paragraph((k + 1) + ". " + proposals.get(k), normal);
                    p.setIndentationLeft(24);
                    // the source, the report's last line, stays with the last proposal
                    flow.paragraph(p, k == proposals.size() - 1 ? source : null);
                }
                if (proposals.isEmpty()) {
                    flow.paragraph(source);
                }
            }
            flow.finish();
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the bulletin", e);
        }
    }

    @Override
    public byte[] docx(BulletinDetails b, ZoneId zone) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            run(doc, ParagraphAlignment.CENTER, b.title(), 40, true, "C01010");
            run(doc, ParagraphAlignment.CENTER, issue(b), 12, false, null);
            XWPFParagraph office = paragraph(
                    doc, ParagraphAlignment.LEFT, b.organisationName() + "办公室编　　　　" + date(b, zone), 12, false, null);
            office.setBorderBottom(org.apache.poi.xwpf.usermodel.Borders.THICK);
            run(doc, ParagraphAlignment.LEFT, "本期目录", 15, true, null);
            int n = 1;
            for (BulletinDetails.Item item : b.items()) {
                run(doc, ParagraphAlignment.LEFT, (n++) + ". " + item.title(), 12, false, null);
            }
            for (BulletinDetails.Item item : b.items()) {
                run(doc, ParagraphAlignment.CENTER, item.title(), 15, true, null);
                for (String line : item.body().split("\n")) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, line, 12, false, null);
                    p.setIndentationFirstLine(480);
                }
                run(doc, ParagraphAlignment.LEFT, "建议：", 12, false, null);
                int k = 1;
                for (String proposal : item.proposals()) {
                    XWPFParagraph p = paragraph(doc, ParagraphAlignment.LEFT, (k++) + ". " + proposal, 12, false, null);
                    p.setIndentationLeft(480);
                }
                run(doc, ParagraphAlignment.RIGHT, "（" + source(item) + "）", 10, false, null);
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(
            XWPFDocument doc, ParagraphAlignment align, String text, int size, boolean bold, String color) {
        paragraph(doc, align, text, size, bold, color);
    }

    private static XWPFParagraph paragraph(
            XWPFDocument doc, ParagraphAlignment align, String text, int size, boolean bold, String color) {
        XWPFParagraph p = doc.createParagraph();
        p.setAlignment(align);
        XWPFRun r = p.createRun();
        r.setText(text);
        r.setFontSize(size);
        r.setBold(bold);
        r.setFontFamily("宋体");
        if (color != null) {
            r.setColor(color);
        }
        return p;
    }

    private static Paragraph centered(String text, Font font) {
        Paragraph p = new Paragraph(text, font);
        p.setAlignment(Element.ALIGN_CENTER);
        return p;
    }

    static String issue(BulletinDetails b) {
        return "（" + b.year() + "年第" + b.number() + "期）";
    }

    /** The day of publication in the publishing organisation's calendar. */
    private static String date(BulletinDetails b, ZoneId zone) {
        LocalDate d = LocalDate.ofInstant(b.publishedAt(), zone);
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    private static String source(BulletinDetails.Item item) {
        return "来源：" + item.origin() + "委员 " + String.join("、", item.authors());
    }
}
