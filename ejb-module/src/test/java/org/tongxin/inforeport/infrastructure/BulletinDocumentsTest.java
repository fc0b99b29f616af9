package org.tongxin.inforeport.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.tongxin.inforeport.application.BulletinDetails;

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
