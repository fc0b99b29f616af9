package org.tongxin.platform.kernel.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class PageNumbersTest {

    @Test
    void thePatternTakesThePageAndTheNumberOfPages() {
        assertEquals("第 2 页 / 共 3 页", PageNumbers.text(PageNumbers.CHINESE, 2, 3));
        assertEquals("Page 2 of 13", PageNumbers.text("Page {0} of {1}", 2, 13));
    }

    @Test
    void everyPageCarriesItsNumberAndTheTotal() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter writer = PdfWriter.getInstance(doc, out);
        writer.setPageEvent(new PageNumbers(PageNumbers.CHINESE, 9));
        doc.open();
        for (int i = 0; i < 3; i++) {
            if (i > 0) {
                doc.newPage();
            }
            doc.add(new Paragraph("第" + (i + 1) + "部分", new Font(PdfFonts.chinese(), 12)));
        }
        doc.close();
        List<String> pages = PdfChecks.pages(out.toByteArray());
        assertEquals(3, pages.size());
        for (int i = 0; i < 3; i++) {
            assertTrue(pages.get(i).contains("第 " + (i + 1) + " 页 / 共 3 页"), pages.get(i));
        }
    }
}
