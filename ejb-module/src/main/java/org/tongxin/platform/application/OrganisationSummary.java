package org.tongxin.platform.application;

import java.time.ZoneId;
import org.tongxin.platform.domain.Organisation;
import org.tongxin.platform.kernel.OrganisationLevel;

/**
 * An organisation as other contexts see it: enough to name it, place it in the tree and read its
 * calendar, never the entity.
 */
public record OrganisationSummary(
        long id,
        String code,
        String name,
        OrganisationLevel level,
        Long parentId,
        String path,
        ZoneId zone,
        boolean retired)
        implements java.io.Serializable {

    /** True for the root of the tree (the province): nothing lies above it. */
    public boolean isTop() {
        return parentId == null;
    }

    static OrganisationSummary of(Organisation o) {
        return new OrganisationSummary(
                o.id(),
                o.code(),
                o.name(),
                o.level(),
                o.parent() == null ? null : o.parent().id(),
                o.path(),
                o.zone(),
                o.isRetired());
    }
}
