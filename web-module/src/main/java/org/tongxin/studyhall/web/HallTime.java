package org.tongxin.studyhall.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.web.CurrentUser;

/** Pages show and take local times in the zone of the signed-in person's organisation. */
@RequestScoped
public class HallTime {

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private ZoneId zone;

    public ZoneId zone() {
        if (zone == null) {
            zone = time.zone(me.getOrganisationId());
        }
        return zone;
    }

    public LocalDate today() {
        return LocalDate.ofInstant(time.now(), zone());
    }

    public LocalDateTime now() {
        return LocalDateTime.ofInstant(time.now(), zone());
    }

    public Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(zone()).toInstant();
    }

    public LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, zone());
    }
}
