package org.tongxin.committee.infrastructure;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.tongxin.committee.application.AssignmentRow;
import org.tongxin.committee.application.CardDetails;
import org.tongxin.committee.application.CardPrinter;
import org.tongxin.platform.kernel.pdf.PdfFonts;

/**
 * The contact card as a PDF the size of a business card (90 × 54 mm, A4 would waste the printer):
 * name, committee, sector, workplace, the contact points and the liaison groups on the left, the QR
 * code on the right. Chinese text is set in the platform's Chinese font, embedded as a subset ({@link PdfFonts}),
 * so the card prints the same from every reader; the QR code is drawn as vector squares.
 */
@ApplicationScoped
public class OpenPdfCardPrinter implements CardPrinter {

    private static final float MM = 72f / 25.4f;

    @Override
    public byte[] print(CardDetails card, String cardUrl) {
        Rectangle size = new Rectangle(90 * MM, 54 * MM);
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(size, 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("政协委员联系卡 " + card.name());
            doc.addCreator("同心");
            doc.open();
            BaseFont song = PdfFonts.chinese();
            PdfContentByte canvas = writer.getDirectContent();
            float left = 5 * MM;
            float y = size.getHeight() - 9 * MM;
            text(canvas, song, 7, "政协委员联系卡", left, y);
            y -= 7 * MM;
            text(canvas, song, 13, card.name(), left, y);
            y -= 5 * MM;
            text(canvas, song, 7, line(card.organisationName(), card.committeeName()), left, y);
            y -= 3.8f * MM;
            text(canvas, song, 7, line(card.sectorName(), null), left, y);
            y -= 3.8f * MM;
            text(canvas, song, 6, line(card.workplace(), card.title()), left, y);
            y -= 5 * MM;
            for (AssignmentRow a : card.points()) {
                if (y < 6 * MM) {
                    break;
                }
                text(canvas, song, 6, (a.fixed() ? "固定联系点：" : "联系点：") + a.townName() + a.pointName(), left, y);
                y -= 3.4f * MM;
            }
            for (String group : card.liaisonGroups()) {
                if (y < 6 * MM) {
                    break;
                }
                text(canvas, song, 6, "所在联络组：" + group, left, y);
                y -= 3.4f * MM;
            }
            qr(canvas, cardUrl, size.getWidth() - 31 * MM, 14 * MM, 27 * MM);
            text(canvas, song, 5, "扫码查看委员名片", size.getWidth() - 29 * MM, 10 * MM);
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the contact card", e);
        }
    }

    private static String line(String first, String second) {
        StringBuilder b = new StringBuilder();
        if (first != null) {
            b.append(first);
        }
        if (second != null) {
            b.append(b.length() > 0 ? " · " : "").append(second);
        }
        return b.toString();
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, String text, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text == null ? "" : text);
        canvas.endText();
    }

    /** The QR code of the address, square modules filled as rectangles (crisp at any print size). */
    static void qr(PdfContentByte canvas, String content, float x, float y, float side) {
        BitMatrix m;
        try {
            m = new QRCodeWriter()
                    .encode(
                            content,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 0));
        } catch (WriterException e) {
            throw new IllegalStateException("cannot encode the card address as a QR code", e);
        }
        float module = side / m.getWidth();
        canvas.setRGBColorFill(0, 0, 0);
        for (int row = 0; row < m.getHeight(); row++) {
            for (int col = 0; col < m.getWidth(); col++) {
                if (m.get(col, row)) {
                    canvas.rectangle(x + col * module, y + side - (row + 1) * module, module, module);
                }
            }
        }
        canvas.fill();
    }
}
