package org.tongxin.platform.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;

/** A QR code as an inline SVG: one path of unit squares, so it stays sharp on a projector. */
public final class QrSvg {

    private QrSvg() {}

    public static String of(String text) {
        return svg(text, null);
    }

    /** The same, named for screen readers ({@code aria-label} and the SVG's {@code <title>}). */
    public static String of(String text, String name) {
        return svg(text, name == null || name.isBlank() ? null : name);
    }

    private static String svg(String text, String name) {
        BitMatrix m;
        try {
            m = new QRCodeWriter()
                    .encode(
                            text,
                            BarcodeFormat.QR_CODE,
                            0,
                            0,
                            Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
        } catch (WriterException e) {
            throw new IllegalArgumentException(e);
        }
        StringBuilder path = new StringBuilder();
        for (int y = 0; y < m.getHeight(); y++) {
            for (int x = 0; x < m.getWidth(); x++) {
                if (m.get(x, y)) {
                    path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
                }
            }
        }
        String label = name == null ? "" : " aria-label=\"" + xml(name) + "\"";
        String title = name == null ? "" : "<title>" + xml(name) + "</title>";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + m.getWidth() + " " + m.getHeight()
                + "\" shape-rendering=\"crispEdges\" role=\"img\"" + label + ">" + title
                + "<rect width=\"100%\" height=\"100%\" fill=\"#fff\"/>"
                + "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
