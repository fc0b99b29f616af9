package org.tongxin.studyhall.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;

/**
 * Times as the API accepts them: ISO-8601 with an offset ({@code 2026-12-05T14:30:00+08:00}) or without
 * one, then read in the zone of the caller's organisation; a bare date means the start of that day.
 */
@RequestScoped
public class Times {

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private ZoneId zone;

    /** The caller's organisation's zone, read once per request. */
    ZoneId zone() {
        if (zone == null) {
            zone = time.zone(me.getOrganisationId());
        }
        return zone;
    }

    /** The current year of the caller's organisation. */
    int year() {
        return LocalDate.ofInstant(time.now(), zone()).getYear();
    }

    Instant now() {
        return time.now();
    }

    Instant instant(String value, String field) {
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
            return LocalDateTime.parse(v).atZone(zone()).toInstant();
        } catch (DateTimeParseException e) {
            // try a date
        }
        try {
            return LocalDate.parse(v).atStartOfDay(zone()).toInstant();
        } catch (DateTimeParseException e) {
            throw Problem.field(field, "invalid-input", "problem.time.format");
        }
    }

    /** The end of a range: a bare date includes that whole day. */
    Instant until(String value, String field) {
        if (value != null && value.strip().length() == 10) {
            try {
                return LocalDate.parse(value.strip())
                        .plusDays(1)
                        .atStartOfDay(zone())
                        .toInstant();
            } catch (DateTimeParseException e) {
                throw Problem.field(field, "invalid-input", "problem.time.format");
            }
        }
        return instant(value, field);
    }

    LocalDate date(String value, String field) {
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
