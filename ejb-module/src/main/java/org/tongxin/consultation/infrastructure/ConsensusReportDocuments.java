package org.tongxin.consultation.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.tongxin.consultation.application.ConsensusReport;
import org.tongxin.consultation.application.ConsensusReportPrinter;
import org.tongxin.platform.kernel.pdf.PageNumbers;
import org.tongxin.platform.kernel.pdf.PdfFlow;
import org.tongxin.platform.kernel.pdf.PdfFonts;

/**
 * The consensus report (协商报告) in its usual form: the title, the consultation's particulars (organisation, form,
 * topic, month, lead leader and committee, departments invited), then each suggestion agreed with its responsible
 * department, due date, the department's answer, how far it is carried out and the leaders' instructions. The text
 * is laid out once ({@link #blocks}) and written as PDF with OpenPDF (the platform's embedded Chinese font,
 * {@link PdfFonts}; {@link PdfFlow}: headings kept with what follows, no line alone at a page's foot or head; page
 * numbers) and as {@code .docx} with Apache POI.
 */
@ApplicationScoped
public class ConsensusReportDocuments implements ConsensusReportPrinter {

    private static final Map<String, String> FORMS = Map.of(
            "PLENARY", "全体会议协商",
            "STANDING", "常委会议协商",
            "MONTHLY", "月度协商座谈会",
            "SPECIAL", "专题协商",
            "COUNTERPART", "对口协商",
            "SECTOR", "界别协商",
            "PROPOSAL", "提案办理协商",
            "GRASSROOTS", "基层协商");

    private static final Map<String, String> STATES = Map.of(
            "AGREED", "已议定",
            "SENT", "已交办",
            "ANSWERED", "已答复",
            "TRACKING", "跟踪落实中",
            "DONE", "已落实");

    private static final Map<String, String> LEVELS =
            Map.of("COUNTY", "县级", "CITY", "市级", "PROVINCE", "省级", "NATIONAL", "全国");

    /** A block of the report: a kind (title, subtitle, heading, text, indented, right) and its text. */
    record Block(String kind, String text) {}

    static List<Block> blocks(ConsensusReport r) {
        List<Block> b = new ArrayList<>();
        b.add(new Block("title", r.organisationName() + "协商报告"));
        b.add(new Block(
                "subtitle",
                "（" + r.year() + "年度 · "
                        + FORMS.getOrDefault(r.form().name(), r.form().name()) + "）"));
        b.add(new Block("heading", "一、协商基本情况"));
        b.add(new Block("text", "协商议题：" + r.topic()));
        b.add(new Block(
                "text", "协商形式：" + FORMS.getOrDefault(r.form().name(), r.form().name())));
        b.add(new Block("text", "协商时间：" + r.year() + "年" + r.month() + "月"));
        if (r.leadLeader() != null) {
            b.add(new Block("text", "牵头领导：" + r.leadLeader()));
        }
        if (r.leadCommittee() != null) {
            b.add(new Block("text", "牵头专委会：" + r.leadCommittee()));
        }
        if (!r.departmentsInvited().isEmpty()) {
            b.add(new Block("text", "邀请部门：" + String.join("、", r.departmentsInvited())));
        }
        b.add(new Block("heading", "二、协商成果及办理情况"));
        if (r.outcomes().isEmpty()) {
            b.add(new Block("text", "尚无记录的协商成果。"));
        }
        int n = 1;
        for (ConsensusReport.Line l : r.outcomes()) {
            b.add(new Block("text", (n++) + ". " + l.suggestion()));
            b.add(new Block(
                    "indented",
                    "责任单位：" + l.department() + "；办理时限：" + day(l.due()) + "；办理状态："
                            + STATES.getOrDefault(l.state().name(), l.state().name())
                            + (l.published() ? "（已公示）" : "")));
            if (l.answer() != null) {
                b.add(new Block(
                        "indented",
                        "部门答复（" + day(l.answeredOn()) + "，" + l.answeredBy()
                                + (l.answerDocument() == null ? "" : "，" + l.answerDocument()) + "）：" + l.answer()));
            }
            if (l.doneOn() != null) {
                b.add(new Block("indented", "落实完成：" + day(l.doneOn())));
            }
            for (ConsensusReport.Instruction i : l.instructions()) {
                b.add(new Block(
                        "indented",
                        "领导批示（"
                                + LEVELS.getOrDefault(
                                        i.level().name(), i.level().name()) + "，" + i.leader() + "，" + day(i.on())
                                + "）：" + i.text()));
            }
        }
        b.add(new Block("right", r.organisationName() + "办公室　" + day(r.issuedOn())));
        return b;
    }

    private static String day(LocalDate d) {
        return d == null ? "" : d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
    }

    @Override
    public byte[] pdf(ConsensusReport report) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(PageSize.A4, 70, 70, 60, 60);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setPageEvent(new PageNumbers(PageNumbers.CHINESE, 9));
            doc.addTitle(report.topic());
            doc.addCreator("同心");
            doc.open();
            BaseFont song = PdfFonts.chinese();
            PdfFlow flow = new PdfFlow(doc, writer);
            for (Block block : blocks(report)) {
                Paragraph p;
                switch (block.kind()) {
                    case "title" -> {
                        p = new Paragraph(block.text(), new Font(song, 22, Font.BOLD));
                        p.setAlignment(Element.ALIGN_CENTER);
                    }
                    case "subtitle" -> {
                        p = new Paragraph(block.text(), new Font(song, 12));
                        p.setAlignment(Element.ALIGN_CENTER);
                        p.setSpacingAfter(12);
                    }
                    case "heading" -> {
                        p = new Paragraph(block.text(), new Font(song, 15, Font.BOLD));
                        p.setSpacingBefore(12);
                        p.setSpacingAfter(6);
                        flow.heading(p);
                        continue;
                    }
                    case "indented" -> {
                        p = new Paragraph(block.text(), new Font(song, 11));
                        p.setIndentationLeft(24);
                    }
                    case "right" -> {
                        p = new Paragraph(block.text(), new Font(song, 12));
                        p.setAlignment(Element.ALIGN_RIGHT);
                        p.setSpacingBefore(24);
                    }
                    default -> {
                        p = new Paragraph(block.text(), new Font(song, 12));
                        p.setLeading(20);
                    }
                }
                flow.paragraph(p);
            }
            flow.finish();
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the consensus report", e);
        }
    }

    @Override
    public byte[] docx(ConsensusReport report) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (Block block : blocks(report)) {
                XWPFParagraph p = doc.createParagraph();
                XWPFRun run = p.createRun();
                run.setText(block.text());
                run.setFontFamily("宋体");
                switch (block.kind()) {
                    case "title" -> {
                        p.setAlignment(ParagraphAlignment.CENTER);
                        run.setFontSize(22);
                        run.setBold(true);
                    }
                    case "subtitle" -> {
                        p.setAlignment(ParagraphAlignment.CENTER);
                        run.setFontSize(12);
                    }
                    case "heading" -> {
                        run.setFontSize(15);
                        run.setBold(true);
                    }
                    case "indented" -> {
                        p.setIndentationLeft(480);
                        run.setFontSize(11);
                    }
                    case "right" -> {
                        p.setAlignment(ParagraphAlignment.RIGHT);
                        run.setFontSize(12);
                    }
                    default -> run.setFontSize(12);
                }
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
