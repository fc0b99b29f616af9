package org.tongxin.studyhall.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;

import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.kernel.Problem;

/**
 * Times as the API accepts them: ISO-8601 with an offset ({@code 2026-12-05T14:30:00+08:00}) or without
 * one, then read in the platform's zone (Asia/Shanghai); a bare date means the start of that day.
 */
final class Times {

    static final ZoneId ZONE = ZoneId.of(Organisation.DEFAULT_TIME_ZONE);

    private Times() {
    }

    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // try the forms without an offset
        }
        try {
            return LocalDateTime.parse(v).atZone(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            // try a date
        }
        try {
            return LocalDate.parse(v).atStartOfDay(ZONE).toInstant();
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.time.format");
        }
    }

    /** The end of a range: a bare date includes that whole day. */
    static Instant until(String value, String field) {
        if (value != null && value.strip().length() == 10) {
            try {
                return LocalDate.parse(value.strip()).plusDays(1).atStartOfDay(ZONE).toInstant();
            } catch (DateTimeParseException e) {
                throw Problem.field(field, "invalid-input", "problem.time.format");
            }
        }
        return instant(value, field);
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.time.format");
        }
    }
}
