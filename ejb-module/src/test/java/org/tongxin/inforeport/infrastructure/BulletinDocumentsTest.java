package org.tongxin.inforeport.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.tongxin.inforeport.application.BulletinDetails;
import org.tongxin.platform.kernel.pdf.PdfChecks;

class BulletinDocumentsTest {

    private static final BulletinDetails ISSUE = new BulletinDetails(
            1,
            2,
            "大同市政协",
            2026,
            12,
            "社情民意",
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 29),
            Instant.parse("2026-11-29T02:00:00Z"),
            List.of(new BulletinDetails.Item(
                    5,
                    "关于社区食堂运营的建议",
                    "社区食堂价格实惠。\n运营补贴到期后难以为继。",
                    List.of("延续运营补贴", "引入社会资本"),
                    List.of("张伟明", "曾晓燕"),
                    "平城区政协")));

    private static final ZoneOffset BEIJING = ZoneOffset.ofHours(8);

    @Test
    void thePdfIsABulletin() {
        byte[] pdf = new BulletinDocuments().pdf(ISSUE, BEIJING);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        assertTrue(pdf.length > 1000);
    }

    @Test
    void thePdfEmbedsThePlatformsChineseFontAndItsTextExtracts() {
        byte[] pdf = new BulletinDocuments().pdf(ISSUE, BEIJING);
        PdfChecks.embedsNotoSerifSc(pdf);
        String text = PdfChecks.text(pdf);
        assertTrue(text.contains("社情民意"), text);
        assertTrue(text.contains("（2026年第12期）"), text);
        assertTrue(text.contains("关于社区食堂运营的建议"), text);
        assertTrue(text.contains("来源：平城区政协委员 张伟明、曾晓燕"), text);
        assertTrue(text.contains("第 1 页 / 共 1 页"), text);
    }

    @Test
    void aLongIssueNumbersItsPagesAndKeepsEachSourceWithItsReport() {
        List<BulletinDetails.Item> items = new ArrayList<>();
        for (int i = 1; i <= 6; i++) {
            items.add(new BulletinDetails.Item(
                    i,
                    "关于第" + i + "项民生问题的建议",
                    ("群众反映的情况较为集中，基层调研发现问题由来已久，相关部门已有所回应但成效有限。").repeat(6) + "\n" + "建议尽快研究解决。".repeat(8),
                    List.of("完善制度" + i, "加强督查" + i),
                    List.of("张伟明"),
                    "平城区政协"));
        }
        BulletinDetails issue = new BulletinDetails(
                1,
                2,
                "大同市政协",
                2026,
                13,
                "社情民意",
                LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 11, 29),
                Instant.parse("2026-11-29T02:00:00Z"),
                items);
        List<String> pages = PdfChecks.pages(new BulletinDocuments().pdf(issue, BEIJING));
        assertTrue(pages.size() >= 3, pages.size() + " pages");
        for (int p = 0; p < pages.size(); p++) {
            String page = pages.get(p);
            assertTrue(page.contains("第 " + (p + 1) + " 页 / 共 " + pages.size() + " 页"), page);
            for (int i = 1; i <= 6; i++) {
                if (page.contains("加强督查" + i)) {
                    assertTrue(page.contains("（来源：平城区政协委员 张伟明）"), "the source on its last proposal's page");
                }
            }
        }
    }

    @Test
    void theDocxCarriesMastheadIssueReportsAndSources() throws Exception {
        byte[] docx = new BulletinDocuments().docx(ISSUE, BEIJING);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx));
                XWPFWordExtractor text = new XWPFWordExtractor(doc)) {
            String all = text.getText();
            assertTrue(all.startsWith("社情民意\n（2026年第12期）"), all);
            assertTrue(all.contains("大同市政协办公室编"), all);
            assertTrue(all.contains("1. 关于社区食堂运营的建议"), all);
            assertTrue(all.contains("2. 引入社会资本"), all);
            assertTrue(all.contains("（来源：平城区政协委员 张伟明、曾晓燕）"), all);
        }
    }
}
