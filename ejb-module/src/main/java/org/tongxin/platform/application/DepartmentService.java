package org.tongxin.platform.application;

import jakarta.ejb.Local;
import java.util.List;

/**
 * The government departments of the caller's organisation (责任单位: consultation outcomes are sent to them; later the
 * handling units of proposals). Office staff and leaders read them; office staff register, rename, retire and
 * reinstate them. Another organisation's department is not found. Every change names the version it was made on.
 */
@Local
public interface DepartmentService {

    List<DepartmentSummary> departments(boolean withRetired);

    DepartmentSummary create(String name);

    DepartmentSummary rename(long id, int version, String name);

    DepartmentSummary retire(long id, int version);

    DepartmentSummary reinstate(long id, int version);
}
