package org.tongxin.studyhall.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.studyhall.application.FeedEvent;

class IcsTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");

    @Test
    void writesOneEventPerBookingInUtcWithALinkBack() {
        FeedEvent e = new FeedEvent(
                42,
                Instant.parse("2026-12-05T06:30:00Z"),
                Instant.parse("2026-12-05T08:30:00Z"),
                "周末沙龙",
                "活动区",
                "第一行\n第二行",
                "PENDING",
                NOW);
        String ics = Ics.write(
                "政协讲堂",
                ZoneId.of("Asia/Urumqi"),
                List.of(e),
                "https://hall.example/tongxin/studyhall/booking.xhtml?id=",
                "hall.example",
                NOW);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(
                ics.contains("\r\nX-WR-TIMEZONE:Asia/Urumqi\r\n"), ics); // the organisation's zone, not the platform's
        assertTrue(ics.contains("\r\nUID:booking-42@hall.example\r\n"), ics);
        assertTrue(ics.contains("\r\nDTSTART:20261205T063000Z\r\nDTEND:20261205T083000Z\r\n"), ics);
        assertTrue(ics.contains("\r\nDESCRIPTION:第一行\\n第二行\r\n"), ics);
        assertTrue(ics.contains("\r\nSTATUS:TENTATIVE\r\n"), ics);
        assertTrue(ics.contains("\r\nURL:https://hall.example/tongxin/studyhall/booking.xhtml?id=42\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
    }

    @Test
    void escapesTextValues() {
        assertEquals("a\\;b\\,c\\\\d\\ne", Ics.text("a;b,c\\d\r\ne"));
    }

    @Test
    void foldsLongLinesAt75OctetsWithoutSplittingACharacter() {
        StringBuilder out = new StringBuilder();
        Ics.line(out, "SUMMARY:" + "读书分享会".repeat(12));
        for (String physical : out.toString().split("\r\n")) {
            assertTrue(physical.getBytes(StandardCharsets.UTF_8).length <= 75, physical);
        }
        assertEquals(
                "SUMMARY:" + "读书分享会".repeat(12),
                out.toString().replace("\r\n ", "").replace("\r\n", ""));
    }
}
