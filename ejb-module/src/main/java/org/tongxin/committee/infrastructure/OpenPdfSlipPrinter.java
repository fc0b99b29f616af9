package org.tongxin.committee.infrastructure;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.tongxin.committee.application.SlipPrinter;
import org.tongxin.platform.kernel.pdf.PdfFonts;

/**
 * Login slips on A4, four to a page, separated by dashed cutting lines. Chinese text is set in the platform's
 * Chinese font, embedded as a subset ({@link PdfFonts}); the login name and the one-time password are set in
 * Courier (one of the standard fonts every reader has), where 0 and O,
 * 1 and l differ (and the generated passwords avoid those letters anyway).
 */
@ApplicationScoped
public class OpenPdfSlipPrinter implements SlipPrinter {

    static final int PER_PAGE = 4;
    private static final float MM = 72f / 25.4f;

    @Override
    public byte[] print(List<Slip> slips, String loginAddress) {
        Rectangle a4 = PageSize.A4;
        float slipHeight = a4.getHeight() / PER_PAGE;
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Document doc = new Document(a4, 0, 0, 0, 0);
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle("委员登录凭条");
            doc.addCreator("同心");
            doc.open();
            BaseFont song = PdfFonts.chinese();
            BaseFont mono = BaseFont.createFont(BaseFont.COURIER_BOLD, BaseFont.WINANSI, BaseFont.NOT_EMBEDDED);
            PdfContentByte canvas = writer.getDirectContent();
            if (slips.isEmpty()) {
                text(canvas, song, 12, "没有需要打印的登录凭条。", 20 * MM, a4.getHeight() - 30 * MM);
            }
            for (int i = 0; i < slips.size(); i++) {
                if (i > 0 && i % PER_PAGE == 0) {
                    doc.newPage();
                }
                float top = a4.getHeight() - (i % PER_PAGE) * slipHeight;
                slip(canvas, song, mono, slips.get(i), loginAddress, top, slipHeight, a4.getWidth());
            }
            doc.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("cannot lay out the login slips", e);
        }
    }

    private static void slip(
            PdfContentByte canvas,
            BaseFont song,
            BaseFont mono,
            Slip s,
            String loginAddress,
            float top,
            float height,
            float width) {
        float left = 20 * MM;
        float y = top - 14 * MM;
        text(canvas, song, 14, "政协委员履职平台 · 登录凭条", left, y);
        y -= 9 * MM;
        text(canvas, song, 11, "姓名：" + s.name(), left, y);
        text(canvas, song, 11, "专委会：" + (s.committeeName() == null ? "—" : s.committeeName()), left + 70 * MM, y);
        y -= 6 * MM;
        text(canvas, song, 11, "单位：" + (s.organisationName() == null ? "" : s.organisationName()), left, y);
        y -= 8 * MM;
        text(canvas, song, 11, "用户名：", left, y);
        text(canvas, mono, 13, s.username(), left + 26 * MM, y);
        y -= 7 * MM;
        text(canvas, song, 11, "一次性密码：", left, y);
        text(canvas, mono, 13, s.oneTimePassword(), left + 26 * MM, y);
        y -= 7 * MM;
        text(canvas, song, 11, "登录地址：", left, y);
        text(canvas, mono, 11, loginAddress, left + 26 * MM, y);
        y -= 8 * MM;
        text(canvas, song, 9, "说明：请用以上用户名和一次性密码登录，系统将要求您立即设置自己的新密码；", left, y);
        y -= 5 * MM;
        text(canvas, song, 9, "一次性密码只能用于首次修改密码，修改后即失效。请妥善保管本凭条，勿转交他人。", left + 10 * MM, y);
        // the cutting line under the slip
        float cut = top - height;
        if (cut > 1) {
            canvas.saveState();
            canvas.setLineDash(4f, 3f);
            canvas.setLineWidth(0.5f);
            canvas.moveTo(8 * MM, cut);
            canvas.lineTo(width - 8 * MM, cut);
            canvas.stroke();
            canvas.restoreState();
        }
    }

    private static void text(PdfContentByte canvas, BaseFont font, float size, String text, float x, float y) {
        canvas.beginText();
        canvas.setFontAndSize(font, size);
        canvas.setTextMatrix(x, y);
        canvas.showText(text == null ? "" : text);
        canvas.endText();
    }
}
