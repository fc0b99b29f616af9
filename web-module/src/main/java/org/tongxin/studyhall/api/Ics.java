package org.tongxin.studyhall.api;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.tongxin.studyhall.application.FeedEvent;

/**
 * Writes a calendar feed as iCalendar (RFC 5545): one VEVENT per booking, times in UTC, text escaped and
 * lines folded at 75 octets without splitting a UTF-8 character.
 */
public final class Ics {

    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);

    private Ics() {}

    /** {@code zone}: the organisation's, named as the calendar's own; {@code linkBase} is the address of the booking page without the id, e.g. {@code https://host/tongxin/studyhall/booking.xhtml?id=}. */
    public static String write(
            String calendarName, ZoneId zone, List<FeedEvent> events, String linkBase, String host, Instant now) {
        StringBuilder out = new StringBuilder();
        line(out, "BEGIN:VCALENDAR");
        line(out, "VERSION:2.0");
        line(out, "PRODID:-//Tongxin//Study hall//ZH");
        line(out, "CALSCALE:GREGORIAN");
        line(out, "METHOD:PUBLISH");
        line(out, "X-WR-CALNAME:" + text(calendarName));
        line(out, "X-WR-TIMEZONE:" + zone.getId());
        for (FeedEvent e : events) {
            line(out, "BEGIN:VEVENT");
            line(out, "UID:booking-" + e.bookingId() + "@" + host);
            line(out, "DTSTAMP:" + STAMP.format(now));
            line(out, "DTSTART:" + STAMP.format(e.start()));
            line(out, "DTEND:" + STAMP.format(e.end()));
            line(out, "SUMMARY:" + text(e.title()));
            line(out, "LOCATION:" + text(e.location()));
            if (e.description() != null) {
                line(out, "DESCRIPTION:" + text(e.description()));
            }
            line(out, "URL:" + linkBase + e.bookingId());
            line(
                    out,
                    "STATUS:"
                            + switch (e.status()) {
                                case "PENDING" -> "TENTATIVE";
                                case "CANCELLED", "REJECTED" -> "CANCELLED";
                                default -> "CONFIRMED";
                            });
            line(out, "END:VEVENT");
        }
        line(out, "END:VCALENDAR");
        return out.toString();
    }

    /** TEXT value escaping: backslash, semicolon, comma and line breaks. */
    static String text(String value) {
        if (value == null) {
            return "";
        }
        return value.replace("\\", "\\\\")
                .replace(";", "\\;")
                .replace(",", "\\,")
                .replace("\r\n", "\\n")
                .replace("\n", "\\n")
                .replace("\r", "\\n");
    }

    /** Appends a content line, folded so that no physical line exceeds 75 octets. */
    static void line(StringBuilder out, String content) {
        int octets = 0;
        int i = 0;
        while (i < content.length()) {
            int cp = content.codePointAt(i);
            int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > 75) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += size;
            i += Character.charCount(cp);
        }
        out.append("\r\n");
    }
}
