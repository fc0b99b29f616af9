package org.tongxin.platform.domain;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Government departments, read by organisation. */
public interface DepartmentRepository {

    void add(Department department);

    Optional<Department> byId(long id);

    /** An organisation's departments by name; retired ones too when asked. */
    List<Department> of(long organisationId, boolean withRetired);

    Optional<Department> byName(long organisationId, String name);

    List<Department> byIds(Collection<Long> ids);

    void flush();
}
