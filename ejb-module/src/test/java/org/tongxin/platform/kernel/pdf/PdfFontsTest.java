package org.tongxin.platform.kernel.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.Document;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfWriter;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PdfFontsTest {

    private static byte[] pdf(String text) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document();
        PdfWriter.getInstance(doc, out);
        doc.open();
        doc.add(new Paragraph(text, new Font(PdfFonts.chinese(), 12)));
        doc.close();
        return out.toByteArray();
    }

    @Test
    void theFontAndItsLicenceShipBesideTheClass() throws Exception {
        try (InputStream licence = PdfFonts.class.getResourceAsStream(PdfFonts.LICENCE)) {
            assertNotNull(licence, "the OFL ships with the font");
            String text = new String(licence.readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(text.contains("SIL OPEN FONT LICENSE Version 1.1"), text);
        }
        BaseFont font = PdfFonts.chinese();
        assertSame(font, PdfFonts.chinese(), "loaded once");
        assertEquals("NotoSerifSC-Regular", font.getPostscriptFontName());
        assertTrue(font.charExists('政') && font.charExists('協') && font.charExists('A') && font.charExists('　'));
    }

    @Test
    void aDocumentEmbedsOnlyTheGlyphsItUses() throws Exception {
        byte[] pdf = pdf("政协委员履职平台 · 社情民意 2026年第12期");
        PdfChecks.embedsNotoSerifSc(pdf);
        assertTrue(pdf.length < 80_000, pdf.length + " bytes");
        assertEquals("政协委员履职平台 · 社情民意 2026年第12期", PdfChecks.text(pdf).strip());
    }

    @Test
    void oneFontServesConcurrentDocuments() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> texts = new ArrayList<>();
            for (int i = 0; i < 16; i++) {
                String text = "第" + i + "号 " + "山西省大同市政协".substring(0, 1 + i % 8);
                texts.add(pool.submit(() -> PdfChecks.text(pdf(text)).strip() + "|" + text));
            }
            for (Future<String> t : texts) {
                String[] got = t.get().split("\\|");
                assertEquals(got[1], got[0]);
            }
        } finally {
            pool.shutdown();
        }
    }
}
