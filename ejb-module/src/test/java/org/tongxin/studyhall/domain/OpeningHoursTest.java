package org.tongxin.studyhall.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tongxin.platform.kernel.Problem;

class OpeningHoursTest {

    @Test
    void readsAndWritesSevenDays() {
        String text = "08:30-21:00|08:30-21:00|08:30-21:00|08:30-21:00|08:30-21:00|09:00-12:00|-";
        OpeningHours h = OpeningHours.parse(text);
        assertEquals(text, h.toString());
        assertEquals(LocalTime.of(9, 0), h.on(DayOfWeek.SATURDAY).orElseThrow().opens());
        assertTrue(h.on(DayOfWeek.SUNDAY).isEmpty());
        assertEquals(LocalTime.of(8, 30), h.workingDay().orElseThrow().opens());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "08:30-21:00",
                "08:30-21:00|-|-|-|-|-",
                "21:00-08:30|-|-|-|-|-|-",
                "8h-9h|-|-|-|-|-|-",
                "08:30-21:00|-|-|-|-|-|-|-"
            })
    void refusesWhatIsNotSevenValidWindows(String text) {
        assertEquals(
                "invalid-hours",
                assertThrows(Problem.class, () -> OpeningHours.parse(text)).code());
    }

    @Test
    void theSameTextIsParsedOnceAndARefusedTextIsRefusedEveryTime() {
        String text = "07:00-22:00|07:00-22:00|07:00-22:00|07:00-22:00|07:00-22:00|-|-";
        assertTrue(OpeningHours.parse(text) == OpeningHours.parse(text), "the second parse reuses the first");
        String wrong = "22:00-07:00|-|-|-|-|-|-";
        assertThrows(Problem.class, () -> OpeningHours.parse(wrong));
        assertThrows(Problem.class, () -> OpeningHours.parse(wrong));
    }
}
