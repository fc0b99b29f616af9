package org.tongxin.committee.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.committee.application.AssignmentRow;
import org.tongxin.committee.application.CardDetails;
import org.tongxin.platform.kernel.pdf.PdfChecks;

class OpenPdfCardPrinterTest {

    private static final CardDetails CARD = new CardDetails(
            7,
            "曾晓燕",
            "大同市政协",
            "社会和法制委员会",
            "社会福利和社会保障界",
            "大同市第一人民医院",
            "副主任医师",
            List.of(new AssignmentRow(1, 7, "曾晓燕", 3, "新建南路社区", "平城区", true, LocalDate.of(2026, 1, 1), null)),
            List.of("平城区联络组"),
            "t0k3n");

    @Test
    void theCardIsInChineseInThePlatformsEmbeddedFont() {
        byte[] pdf = new OpenPdfCardPrinter().print(CARD, "https://tongxin.example.cn/card.xhtml?t=t0k3n");
        PdfChecks.embedsNotoSerifSc(pdf);
        assertTrue(pdf.length < 100_000, pdf.length + " bytes");
        List<String> pages = PdfChecks.pages(pdf);
        assertEquals(1, pages.size());
        String text = pages.get(0);
        for (String s : List.of("政协委员联系卡", "曾晓燕", "大同市政协 · 社会和法制委员会", "固定联系点：平城区新建南路社区", "所在联络组：平城区联络组", "扫码查看委员名片")) {
            assertTrue(text.contains(s), s + " in " + text);
        }
    }
}
