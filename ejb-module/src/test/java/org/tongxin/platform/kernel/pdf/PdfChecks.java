package org.tongxin.platform.kernel.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** What every PDF of the platform must show: the embedded, subsetted Noto Serif SC, and text that extracts. */
public final class PdfChecks {

    /** A subset's font name: six capitals, a plus, the font's PostScript name. */
    private static final Pattern SUBSET = Pattern.compile("/BaseFont\\s*/[A-Z]{6}\\+NotoSerifSC-Regular");

    private PdfChecks() {}

    /** The PDF embeds a subset of Noto Serif SC as a TrueType font program, and names no other Chinese font. */
    public static void embedsNotoSerifSc(byte[] pdf) {
        String raw = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(raw.contains("/FontFile2"), "a TrueType font program is embedded");
        assertTrue(SUBSET.matcher(raw).find(), "the font is a subset of Noto Serif SC");
        assertTrue(raw.contains("/Identity-H"), "Unicode glyph ids");
        assertFalse(raw.contains("STSong"), "no longer the reader-supplied STSong-Light");
        assertTrue(pdf.length < 200_000, "a subset, not the 15 MB font: " + pdf.length + " bytes");
    }

    /** The text of each page, in order. */
    public static List<String> pages(byte[] pdf) {
        try {
            PdfReader reader = new PdfReader(pdf);
            PdfTextExtractor text = new PdfTextExtractor(reader);
            List<String> pages = new ArrayList<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pages.add(text.getTextFromPage(i));
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of all pages. */
    public static String text(byte[] pdf) {
        return String.join("\n", pages(pdf));
    }
}
