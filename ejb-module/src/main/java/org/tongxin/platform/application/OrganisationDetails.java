package org.tongxin.platform.application;

import org.tongxin.platform.domain.Organisation;

/** An organisation as the edges see it. */
public record OrganisationDetails(
        long id,
        String code,
        String name,
        String level,
        Long parentId,
        int depth,
        String timeZone,
        int version,
        boolean retired)
        implements java.io.Serializable {

    static OrganisationDetails of(Organisation o) {
        return new OrganisationDetails(
                o.id(),
                o.code(),
                o.name(),
                o.level().name(),
                o.parent() == null ? null : o.parent().id(),
                (int) o.path().chars().filter(c -> c == '/').count() - 2,
                o.zone().getId(),
                o.version(),
                o.isRetired());
    }
}
