package org.tongxin.consultation.domain;

import java.time.LocalDate;
import org.tongxin.platform.kernel.Problem;

/**
 * Where a topic comes from, as the service resolved it: the organisation and town (with its liaison group, if any), the
 * contact point, the concern and its author; the title and description written, the day collected.
 */
public record GrassrootsOrigin(
        long organisationId,
        long townId,
        String townName,
        Long groupId,
        String groupName,
        Long pointId,
        String pointName,
        Long concernId,
        Long authorMemberId,
        String authorName,
        String title,
        String description,
        LocalDate collectedOn) {

    public static final int MAX_TITLE = 200;
    public static final int MAX_TEXT = 2000;

    public GrassrootsSource source() {
        return concernId != null
                ? GrassrootsSource.CONCERN
                : pointId != null ? GrassrootsSource.POINT : GrassrootsSource.OFFICE;
    }

    /** The title and description checked: a title of one line (≤ 200), a description (≤ 2000), a day not after today. */
    GrassrootsOrigin checked(LocalDate today) {
        String t = title == null ? "" : title.strip();
        if (t.isEmpty() || t.length() > MAX_TITLE || t.contains("\n")) {
            throw Problem.field("title", "invalid-input", "problem.grassroots.title", MAX_TITLE);
        }
        String d = description == null || description.isBlank() ? null : description.strip();
        if (d != null && d.length() > MAX_TEXT) {
            throw Problem.field("description", "invalid-input", "problem.grassroots.text", MAX_TEXT);
        }
        LocalDate on = collectedOn == null ? today : collectedOn;
        if (on.isAfter(today)) {
            throw Problem.field("collectedOn", "invalid-input", "problem.grassroots.future-date");
        }
        return new GrassrootsOrigin(
                organisationId,
                townId,
                townName,
                groupId,
                groupName,
                pointId,
                pointName,
                concernId,
                authorMemberId,
                authorName,
                t,
                d,
                on);
    }
}
