package org.tongxin.platform.kernel.pdf;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;

/**
 * The Chinese font of every PDF the platform writes: Noto Serif SC Regular (思源宋体, SIL Open Font License 1.1, its
 * text beside it as {@value #LICENCE}), shipped in the ejb jar next to this class. The build fetches it (the npm
 * package {@code @expo-google-fonts/noto-serif-sc}, checksum pinned in {@code ejb-module/pom.xml}); nothing of it is
 * in the repository. Embedded with {@code Identity-H}, so OpenPDF writes into each PDF only the glyphs it uses (a
 * subset, tens of KB) and the document looks the same in every reader, whatever fonts the reader's machine has; its
 * text extracts as Unicode. Bold is OpenPDF's simulated bold ({@code Font.BOLD}), as before.
 *
 * <p>The font is read once (about 15 MB of bytes, some 25 MB of heap with its tables) at the first PDF and shared:
 * OpenPDF keeps the glyphs a document uses in that document's writer, and each subset reads the shared bytes
 * through a reader of its own, so one instance serves concurrent documents.
 */
public final class PdfFonts {

    /** The font's resource, beside this class. */
    static final String FONT = "NotoSerifSC-Regular.ttf";

    /** Its licence (the SIL Open Font License 1.1 with Google's copyright), beside it. */
    static final String LICENCE = "NotoSerifSC-OFL.txt";

    private static volatile BaseFont chinese;

    private PdfFonts() {}

    /** The shared Noto Serif SC, loaded at the first call (a failed load is tried again at the next). */
    public static BaseFont chinese() {
        BaseFont f = chinese;
        if (f == null) {
            synchronized (PdfFonts.class) {
                f = chinese;
                if (f == null) {
                    f = load();
                    chinese = f;
                }
            }
        }
        return f;
    }

    private static BaseFont load() {
        try (InputStream in = PdfFonts.class.getResourceAsStream(FONT)) {
            if (in == null) {
                throw new IllegalStateException(
                        "the PDF font " + FONT + " is missing beside " + PdfFonts.class.getName()
                                + ": the ejb-module build fetches it (docs/operations.md, Fonts in the PDFs)");
            }
            byte[] ttf = in.readAllBytes();
            // not in OpenPDF's own font cache (cached = false): this class holds the one instance
            return BaseFont.createFont(FONT, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, ttf, null);
        } catch (IOException | DocumentException e) {
            throw new IllegalStateException("cannot read the PDF font " + FONT, e);
        }
    }
}
