package org.tongxin.studyhall.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;

class RecurrenceTest {

    private static final ZonedDateTime SATURDAY_SALON =
            LocalDateTime.of(2026, 12, 5, 14, 30).atZone(ZoneId.of("Asia/Shanghai"));

    @Test
    void weeklyForANumberOfTimes() {
        List<ZonedDateTime> starts = new Recurrence(1, null, 4).starts(SATURDAY_SALON);
        assertEquals(
                List.of(
                        SATURDAY_SALON,
                        SATURDAY_SALON.plusWeeks(1),
                        SATURDAY_SALON.plusWeeks(2),
                        SATURDAY_SALON.plusWeeks(3)),
                starts);
    }

    @Test
    void everyNWeeksUntilADateIncluded() {
        List<ZonedDateTime> starts = new Recurrence(3, LocalDate.of(2027, 1, 16), null).starts(SATURDAY_SALON);
        assertEquals(
                List.of(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 26), LocalDate.of(2027, 1, 16)),
                starts.stream().map(ZonedDateTime::toLocalDate).toList());
        starts.forEach(s -> assertEquals(SATURDAY_SALON.toLocalTime(), s.toLocalTime()));
    }

    @Test
    void keepsTheLocalTimeAcrossAnOffsetChange() {
        ZonedDateTime berlin = LocalDateTime.of(2026, 3, 28, 14, 30).atZone(ZoneId.of("Europe/Berlin"));
        List<ZonedDateTime> starts = new Recurrence(1, null, 2).starts(berlin);
        assertEquals(14, starts.get(1).getHour());
        assertEquals(2 * 3600, starts.get(1).getOffset().getTotalSeconds());
    }

    @Test
    void refusesBadRhythms() {
        assertEquals(
                "invalid-recurrence",
                assertThrows(Problem.class, () -> new Recurrence(0, null, 3)).code());
        assertEquals(
                "invalid-recurrence",
                assertThrows(Problem.class, () -> new Recurrence(1, null, null)).code());
        assertEquals(
                "invalid-recurrence",
                assertThrows(Problem.class, () -> new Recurrence(1, LocalDate.of(2027, 1, 1), 3))
                        .code());
        assertEquals(
                "invalid-recurrence",
                assertThrows(Problem.class, () -> new Recurrence(1, null, 105)).code());
        assertEquals(
                "invalid-recurrence",
                assertThrows(
                                Problem.class,
                                () -> new Recurrence(1, LocalDate.of(2026, 12, 1), null).starts(SATURDAY_SALON))
                        .code());
        assertEquals(
                "invalid-recurrence",
                assertThrows(
                                Problem.class,
                                () -> new Recurrence(1, LocalDate.of(2030, 1, 1), null).starts(SATURDAY_SALON))
                        .code());
    }
}
