package org.tongxin.platform.kernel.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Paragraphs laid out down the pages of a document with the rules of print, which OpenPDF's {@code Document.add}
 * lacks: a heading stays on the page of the first two lines that follow it; a paragraph never leaves a single line
 * at the foot of a page (an orphan) or carries a single line over to the next (a widow); a paragraph of three lines
 * or fewer is never split. A paragraph longer than a page is split as it comes after its first page.
 *
 * <p>Everything the flow writes goes through {@link ColumnText} onto the page's direct content, so a document
 * writes its body either through {@code Document.add} or through one flow, not both; page events (such as
 * {@link PageNumbers}) see every page the flow starts.
 */
public final class PdfFlow {

    /** The fewest lines of a paragraph at the foot of a page and at the head of the next. */
    static final int MIN_LINES = 2;

    private static final float TALL = 1_000_000;

    private final Document doc;
    private final PdfContentByte canvas;
    private final List<Paragraph> headings = new ArrayList<>();
    private float y;

    /** A flow from the top of the current page; the document is open. */
    public PdfFlow(Document doc, PdfWriter writer) {
        this.doc = doc;
        this.canvas = writer.getDirectContent();
        this.y = doc.top();
    }

    /** A heading: written with the paragraph that follows it, on the page where that paragraph's first lines go. */
    public void heading(Paragraph p) {
        headings.add(p);
    }

    /** A paragraph (after any pending headings), split between pages only where the rules allow. */
    public void paragraph(Paragraph p) throws DocumentException {
        paragraph(p, null);
    }

    /**
     * A paragraph and a short last line that must stay on the page of the paragraph's last lines (a report's source
     * under its last proposal); the tail counts as one more line of the paragraph.
     */
    public void paragraph(Paragraph p, Paragraph tail) throws DocumentException {
        List<Paragraph> block = new ArrayList<>(headings);
        block.add(p);
        List<Paragraph> body = new ArrayList<>(List.of(p));
        if (tail != null) {
            block.add(tail);
            body.add(tail);
        }
        float top = start(block.get(0));
        int head = lines(headings, doc.bottom() - TALL, top).lines;
        headings.clear();
        int total = lines(body, doc.bottom() - TALL, top).lines;
        Fit fit = lines(block, doc.bottom(), top);
        float bottom = doc.bottom();
        if (!fit.all) {
            int fits = Math.max(0, fit.lines - head);
            int keep;
            if (total <= 2 * MIN_LINES - 1 || fits < MIN_LINES) {
                keep = 0;
            } else if (total - fits < MIN_LINES) {
                keep = total - MIN_LINES;
            } else {
                keep = fits;
            }
            if (keep == 0 && y < doc.top()) {
                newPage();
                top = y;
            } else if (keep > 0 && keep < fits) {
                // lines of one paragraph are evenly spaced: raise the column's foot so that only `keep` lines fit
                float leading = p.getTotalLeading();
                bottom = fit.yLine + (fits - keep) * leading - leading / 2;
            }
        }
        ColumnText column = column(block, bottom, top);
        int status = column.go();
        y = column.getYLine();
        while (ColumnText.hasMoreText(status)) {
            newPage();
            column.setSimpleColumn(doc.left(), doc.bottom(), doc.right(), y);
            status = column.go();
            if (ColumnText.hasMoreText(status) && column.getYLine() >= doc.top()) {
                throw new DocumentException("a line taller than the page");
            }
            y = column.getYLine();
        }
    }

    /** Pending headings written alone (at the end of the document). */
    public void finish() throws DocumentException {
        if (!headings.isEmpty()) {
            ColumnText column = column(new ArrayList<>(headings), doc.bottom(), start(headings.get(0)));
            headings.clear();
            column.go();
            y = column.getYLine();
        }
    }

    /** Starts the next page. */
    public void newPage() {
        doc.newPage();
        y = doc.top();
    }

    /**
     * Where a block starts: below the current line by its first paragraph's space before (which {@link ColumnText}
     * leaves out for the first element of a column), at the top of a page without it.
     */
    private float start(Paragraph first) {
        return y < doc.top() ? y - first.getSpacingBefore() : y;
    }

    private record Fit(boolean all, int lines, float yLine) {}

    private Fit lines(List<Paragraph> block, float bottom, float top) throws DocumentException {
        if (block.isEmpty()) {
            return new Fit(true, 0, top);
        }
        ColumnText column = column(block, bottom, top);
        int status = column.go(true);
        return new Fit(!ColumnText.hasMoreText(status), column.getLinesWritten(), column.getYLine());
    }

    private ColumnText column(List<Paragraph> block, float bottom, float top) {
        ColumnText column = new ColumnText(canvas);
        for (Paragraph p : block) {
            column.addElement(p);
        }
        column.setSimpleColumn(doc.left(), bottom, doc.right(), top);
        return column;
    }
}
