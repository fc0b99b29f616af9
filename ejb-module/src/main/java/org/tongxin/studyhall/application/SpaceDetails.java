package org.tongxin.studyhall.application;

import org.tongxin.studyhall.domain.Space;

/** A space and its terms; {@code openingHours} as seven {@code HH:mm-HH:mm} or {@code -} entries, Monday first. */
public record SpaceDetails(
        long id,
        long organisationId,
        String name,
        String zone,
        int capacity,
        String openingHours,
        int minMinutes,
        int maxMinutes,
        int advanceDays,
        boolean needsApproval,
        boolean membersMayBook,
        int cancelNoticeHours,
        boolean active,
        int version)
        implements java.io.Serializable {

    static SpaceDetails of(Space s) {
        return new SpaceDetails(
                s.id(),
                s.organisationId(),
                s.name(),
                s.zone().name(),
                s.capacity(),
                s.openingHours().toString(),
                s.minMinutes(),
                s.maxMinutes(),
                s.advanceDays(),
                s.needsApproval(),
                s.membersMayBook(),
                s.cancelNoticeHours(),
                s.active(),
                s.version());
    }
}
