package org.tongxin.studyhall.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.tongxin.platform.domain.Organisation;

/** Pages show and take local times of the hall's zone. */
final class HallTime {

    static final ZoneId ZONE = ZoneId.of(Organisation.DEFAULT_TIME_ZONE);

    private HallTime() {
    }

    static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(ZONE).toInstant();
    }

    static LocalDateTime local(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZONE);
    }
}
