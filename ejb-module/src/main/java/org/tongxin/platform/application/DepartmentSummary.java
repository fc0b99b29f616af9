package org.tongxin.platform.application;

import org.tongxin.platform.domain.Department;

/** A government department as other contexts, pages and the API see it. */
public record DepartmentSummary(long id, long organisationId, String name, boolean retired, int version)
        implements java.io.Serializable {

    static DepartmentSummary of(Department d) {
        return new DepartmentSummary(d.id(), d.organisationId(), d.name(), d.retired(), d.version());
    }
}
