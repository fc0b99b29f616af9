package org.tongxin.studyhall;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;
import org.tongxin.support.Api;

/** Study-hall fixtures for client tests: a fresh space of the demo city, and days the hall is open. */
public final class Hall {

    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private Hall() {}

    /** A new space of Datong's academy, open every day from 00:00 to 23:59, bookable a year ahead by members. */
    public static long newSpace(int capacity, boolean needsApproval, int cancelNoticeHours) {
        return newSpace(Api.unique("测试场地"), capacity, needsApproval, cancelNoticeHours);
    }

    public static long newSpace(String name, int capacity, boolean needsApproval, int cancelNoticeHours) {
        Api.Reply r = Api.as("keeper")
                .post("/api/v1/studyhall/spaces", """
                {"name":"%s","zone":"ACTIVITY","capacity":%d,"openingHours":"00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59|00:00-23:59",
                 "minMinutes":30,"maxMinutes":480,"advanceDays":365,"needsApproval":%s,"membersMayBook":true,"cancelNoticeHours":%d}""".formatted(name, capacity, needsApproval, cancelNoticeHours));
        assertEquals(201, r.status(), r::toString);
        return r.json().getJsonNumber("id").longValue();
    }

    /** The first day at least {@code daysAhead} ahead that the demo city's working calendar does not close. */
    public static LocalDate openDay(int daysAhead) {
        LocalDate day = LocalDate.now(ZONE).plusDays(daysAhead);
        Set<LocalDate> holidays = holidays(day.getYear());
        while (holidays.contains(day)) {
            day = day.plusDays(1);
        }
        return day;
    }

    /** The first of {@code weeks} consecutive weeks' {@code weekday}s, at least {@code daysAhead} ahead, that are all open. */
    public static LocalDate openWeekdays(int daysAhead, java.time.DayOfWeek weekday, int weeks) {
        LocalDate day = LocalDate.now(ZONE).plusDays(daysAhead);
        Set<LocalDate> holidays = holidays(day.getYear());
        while (true) {
            LocalDate first = day.with(java.time.temporal.TemporalAdjusters.nextOrSame(weekday));
            boolean open = true;
            for (int i = 0; i < weeks; i++) {
                open &= !holidays.contains(first.plusWeeks(i));
            }
            if (open) {
                return first;
            }
            day = first.plusDays(1);
        }
    }

    private static Set<LocalDate> holidays(int fromYear) {
        LocalDate day = LocalDate.of(fromYear, 1, 1);
        Set<LocalDate> holidays = new HashSet<>();
        for (int year : new int[] {day.getYear(), day.getYear() + 1}) {
            for (var v : Api.as("keeper")
                    .get("/api/v1/studyhall/calendar-days?year=" + year)
                    .array()) {
                JsonObject d = v.asJsonObject();
                if ("HOLIDAY".equals(d.getString("kind"))) {
                    holidays.add(LocalDate.parse(d.getString("day")));
                }
            }
        }
        return holidays;
    }

    /** {@code 2026-12-05T14:30:00+08:00}. */
    public static String at(LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(ZONE).toOffsetDateTime().toString();
    }

    public static String booking(long space, String start, String end, String title, int attendees) {
        return """
                {"space":%d,"start":"%s","end":"%s","title":"%s","attendees":%d}""".formatted(space, start, end, title, attendees);
    }
}
