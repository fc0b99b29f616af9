package org.tongxin.support;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a page's QR code holds, read from the inline SVG the platform draws ({@code QrSvg}: a view box of one unit
 * per module and a path of unit squares). The squares are painted into a grey-scale image, four pixels a module with
 * a wide quiet zone, and read with ZXing's QR reader, as a phone's camera would read the printed code.
 */
public final class QrText {

    private static final int SCALE = 4;
    private static final int QUIET = 8;

    private QrText() {}

    public static String of(String svg) {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        if (!box.find()) {
            throw new AssertionError("not a QR code's SVG: " + svg);
        }
        int modules = Integer.parseInt(box.group(1));
        int side = (modules + 2 * QUIET) * SCALE;
        byte[] image = new byte[side * side];
        Arrays.fill(image, (byte) 0xff);
        Matcher square = Pattern.compile("M(\\d+) (\\d+)h1v1h-1z").matcher(svg);
        while (square.find()) {
            int x0 = (Integer.parseInt(square.group(1)) + QUIET) * SCALE;
            int y0 = (Integer.parseInt(square.group(2)) + QUIET) * SCALE;
            for (int y = y0; y < y0 + SCALE; y++) {
                Arrays.fill(image, y * side + x0, y * side + x0 + SCALE, (byte) 0);
            }
        }
        try {
            return new QRCodeReader()
                    .decode(new BinaryBitmap(new HybridBinarizer(
                            new PlanarYUVLuminanceSource(image, side, side, 0, 0, side, side, false))))
                    .getText();
        } catch (Exception e) {
            throw new AssertionError("the QR code cannot be read", e);
        }
    }
}
