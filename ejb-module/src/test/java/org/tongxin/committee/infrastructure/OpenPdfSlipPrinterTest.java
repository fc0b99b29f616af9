package org.tongxin.committee.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.committee.application.SlipPrinter;
import org.tongxin.platform.kernel.pdf.PdfChecks;

class OpenPdfSlipPrinterTest {

    private final OpenPdfSlipPrinter printer = new OpenPdfSlipPrinter();

    private static List<SlipPrinter.Slip> slips(int n) {
        List<SlipPrinter.Slip> list = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            list.add(new SlipPrinter.Slip("王建国", "大同市政协", "提案委员会", "wangjianguo" + i, "Pw" + i + "xYz7Kq-3"));
        }
        return list;
    }

    @Test
    void fourSlipsGoOnEachA4Page() throws Exception {
        PdfReader five = new PdfReader(printer.print(slips(5), "https://tongxin.example.cn/login.xhtml"));
        assertEquals(2, five.getNumberOfPages());
        assertEquals(595, Math.round(five.getPageSize(1).getWidth()), "A4 width");
        assertEquals(842, Math.round(five.getPageSize(1).getHeight()), "A4 height");
        PdfReader four = new PdfReader(printer.print(slips(4), "https://tongxin.example.cn/login.xhtml"));
        assertEquals(1, four.getNumberOfPages());
    }

    @Test
    void eachSlipCarriesTheLoginItsOneTimePasswordAndTheAddress() throws Exception {
        PdfReader pdf = new PdfReader(printer.print(slips(5), "https://tongxin.example.cn/login.xhtml"));
        PdfTextExtractor text = new PdfTextExtractor(pdf);
        String first = text.getTextFromPage(1);
        for (int i = 1; i <= 4; i++) {
            assertTrue(first.contains("wangjianguo" + i), first);
            assertTrue(first.contains("Pw" + i + "xYz7Kq-3"), first);
        }
        assertTrue(first.contains("https://tongxin.example.cn/login.xhtml"), first);
        String second = text.getTextFromPage(2);
        assertTrue(second.contains("wangjianguo5") && second.contains("Pw5xYz7Kq-3"), second);
    }

    @Test
    void theSlipsAreInChineseInThePlatformsEmbeddedFont() throws Exception {
        byte[] bytes = printer.print(slips(1), "http://localhost:8080/login.xhtml");
        PdfChecks.embedsNotoSerifSc(bytes);
        String text = new PdfTextExtractor(new PdfReader(bytes)).getTextFromPage(1);
        assertTrue(text.contains("政协委员履职平台 · 登录凭条"), text);
        assertTrue(text.contains("一次性密码："), text);
        assertTrue(text.contains("姓名：王建国"), text);
        assertTrue(text.contains("wangjianguo1"), text);
    }
}
