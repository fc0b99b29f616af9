package org.tongxin.platform.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.domain.OrganisationRepository;

/**
 * The one place that turns the platform's clock into an organisation's calendar. Every organisation
 * has its own time zone (default {@link Organisation#DEFAULT_TIME_ZONE}); "today", "this year" and the
 * display of a moment are read in it. Pages and services ask here instead of writing a zone or calling
 * {@code LocalDate.now()}: then a test's fixed clock governs them all, and a county in another zone is
 * served in its own.
 */
@ApplicationScoped
public class OrganisationTime {

    private static final ZoneId DEFAULT = ZoneId.of(Organisation.DEFAULT_TIME_ZONE);

    @Inject
    Clock clock;

    @Inject
    OrganisationRepository organisations;

    public Instant now() {
        return clock.instant();
    }

    /** The organisation's zone; the platform's default when the id names none. */
    public ZoneId zone(long organisationId) {
        return organisations.byId(organisationId).map(Organisation::zone).orElse(DEFAULT);
    }

    /** The zone of a caller: their own organisation's. */
    public ZoneId zone(Caller caller) {
        return zone(caller.visible().ownId());
    }

    /** The platform's default zone, for moments not tied to one organisation (a log line, an export stamp). */
    public ZoneId defaultZone() {
        return DEFAULT;
    }

    public LocalDate today(long organisationId) {
        return LocalDate.ofInstant(now(), zone(organisationId));
    }

    public LocalDate today(Caller caller) {
        return today(caller.visible().ownId());
    }

    public int year(long organisationId) {
        return today(organisationId).getYear();
    }

    public ZonedDateTime at(Instant moment, long organisationId) {
        return moment.atZone(zone(organisationId));
    }

    /** The calendar day of a moment in an organisation's zone. */
    public LocalDate day(Instant moment, long organisationId) {
        return LocalDate.ofInstant(moment, zone(organisationId));
    }

    /** The first moment of a day in an organisation's zone. */
    public Instant startOf(LocalDate day, long organisationId) {
        return day.atStartOfDay(zone(organisationId)).toInstant();
    }
}
