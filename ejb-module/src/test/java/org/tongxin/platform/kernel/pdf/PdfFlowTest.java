package org.tongxin.platform.kernel.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of the flow on a small page (265 pt wide: 26 characters of 10 pt to a line): fillers of one line ("填")
 * take the page down to a given number of free lines, then the paragraph under test ("议", whole lines of 26) comes.
 * Counting its characters on each page tells how many of its lines each page has.
 */
class PdfFlowTest {

    private static final int PER_LINE = 26;
    private static final Font FONT = new Font(PdfFonts.chinese(), 10);

    /** The lines of filler page 1 holds. */
    private static int capacity;

    private interface Body {
        void write(PdfFlow flow) throws Exception;
    }

    private static List<String> pdf(int fillers, Body body) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(305, 300), 20, 20, 20, 20);
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        doc.open();
        PdfFlow flow = new PdfFlow(doc, writer);
        for (int i = 0; i < fillers; i++) {
            flow.paragraph(line("填"));
        }
        body.write(flow);
        flow.finish();
        doc.close();
        return PdfChecks.pages(out.toByteArray());
    }

    private static Paragraph line(String text) {
        Paragraph p = new Paragraph(text, FONT);
        p.setLeading(15);
        return p;
    }

    /** A paragraph of whole lines of "议" (the last one a character short, so no rounding makes a line more). */
    private static Paragraph lines(int n) {
        return line("议".repeat(n * PER_LINE - 1));
    }

    private static long count(String page, char c) {
        return page.chars().filter(ch -> ch == c).count();
    }

    /** The lines of the paragraph under test on a page. */
    private static long linesOn(String page) {
        return (count(page, '议') + PER_LINE - 1) / PER_LINE;
    }

    @BeforeAll
    static void measure() throws Exception {
        List<String> pages = pdf(60, flow -> {});
        capacity = (int) count(pages.get(0), '填');
        assertTrue(capacity > 10 && capacity < 20, "lines on a page: " + capacity);
        List<String> one = pdf(0, flow -> flow.paragraph(lines(3)));
        assertEquals(3, linesOn(one.get(0)), "a line holds " + PER_LINE + " characters: " + one.get(0));
    }

    @Test
    void aParagraphLeavesNoSingleLineAtTheFootOfAPage() throws Exception {
        List<String> pages = pdf(capacity - 1, flow -> flow.paragraph(lines(5)));
        assertEquals(0, linesOn(pages.get(0)), "one free line: the paragraph starts on the next page");
        assertEquals(5, linesOn(pages.get(1)));
    }

    @Test
    void aParagraphCarriesNoSingleLineToTheNextPage() throws Exception {
        List<String> pages = pdf(capacity - 4, flow -> flow.paragraph(lines(5)));
        assertEquals(3, linesOn(pages.get(0)), "four free lines: three of five stay");
        assertEquals(2, linesOn(pages.get(1)), "two go over, not one");
    }

    @Test
    void aParagraphSplitsWhereBothPagesKeepTwoLines() throws Exception {
        List<String> pages = pdf(capacity - 3, flow -> flow.paragraph(lines(6)));
        assertEquals(3, linesOn(pages.get(0)));
        assertEquals(3, linesOn(pages.get(1)));
    }

    @Test
    void aParagraphOfThreeLinesIsNeverSplit() throws Exception {
        List<String> pages = pdf(capacity - 2, flow -> flow.paragraph(lines(3)));
        assertEquals(0, linesOn(pages.get(0)));
        assertEquals(3, linesOn(pages.get(1)));
    }

    @Test
    void aHeadingStaysWithTheFirstTwoLinesOfWhatFollows() throws Exception {
        List<String> pages = pdf(capacity - 2, flow -> {
            flow.heading(line("标题"));
            flow.paragraph(lines(5));
        });
        assertFalse(pages.get(0).contains("标题"), "heading and one line would fit: both go over");
        assertTrue(pages.get(1).contains("标题"));
        assertEquals(5, linesOn(pages.get(1)));
    }

    @Test
    void aTailStaysWithTheLastLinesOfItsParagraph() throws Exception {
        List<String> pages = pdf(capacity - 4, flow -> flow.paragraph(lines(4), line("来源")));
        assertFalse(pages.get(0).contains("来源"));
        assertTrue(pages.get(1).contains("来源"));
        assertEquals(3, linesOn(pages.get(0)), "the paragraph would fit, its tail not: one of its lines goes with it");
        assertEquals(1, linesOn(pages.get(1)));
    }

    @Test
    void whatFitsIsNotMoved() throws Exception {
        List<String> pages = pdf(capacity - 5, flow -> {
            flow.heading(line("标题"));
            flow.paragraph(lines(4));
        });
        assertTrue(pages.get(0).contains("标题"));
        assertEquals(4, linesOn(pages.get(0)));
        assertEquals(1, pages.size());
    }
}
