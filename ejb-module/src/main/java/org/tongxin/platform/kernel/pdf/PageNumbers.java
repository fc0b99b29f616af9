package org.tongxin.platform.kernel.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The page numbers of a multi-page document, centred in the bottom margin: "第 1 页 / 共 3 页" by default, or any
 * pattern with {@code {0}} (the page) and {@code {1}} (the number of pages), such as a bundle's "Page {0} of {1}".
 * Each page gets a small template that is written when the document closes, once the number of pages is known.
 * One instance per document: {@code writer.setPageEvent(new PageNumbers(...))} before {@code document.open()}.
 */
public final class PageNumbers extends PdfPageEventHelper {

    /** The pattern of the Chinese documents (bulletin, consensus report). */
    public static final String CHINESE = "第 {0} 页 / 共 {1} 页";

    private static final float WIDTH = 200;

    private final String pattern;
    private final Font font;
    private final List<PdfTemplate> pages = new ArrayList<>();

    public PageNumbers(String pattern, float size) {
        this.pattern = pattern;
        this.font = new Font(PdfFonts.chinese(), size);
    }

    /** The footer's text of a page. */
    public static String text(String pattern, int page, int total) {
        return pattern.replace("{0}", Integer.toString(page)).replace("{1}", Integer.toString(total));
    }

    @Override
    public void onEndPage(PdfWriter writer, Document document) {
        PdfTemplate t = writer.getDirectContent().createTemplate(WIDTH, font.getSize() * 2);
        float x = (document.left() + document.right()) / 2 - WIDTH / 2;
        float y = document.bottom() / 2 - font.getSize() / 2;
        writer.getDirectContent().addTemplate(t, x, y);
        pages.add(t);
    }

    @Override
    public void onCloseDocument(PdfWriter writer, Document document) {
        int total = pages.size();
        for (int i = 0; i < total; i++) {
            ColumnText.showTextAligned(
                    pages.get(i),
                    Element.ALIGN_CENTER,
                    new Phrase(text(pattern, i + 1, total), font),
                    WIDTH / 2,
                    font.getSize() / 2,
                    0);
        }
    }
}
