package org.tongxin.platform.application;

import jakarta.ejb.Local;
import org.tongxin.platform.domain.SecurityPolicy;

/** The password and lockout policy, kept in the database and changed by the security administrator. */
@Local
public interface SecurityPolicyService {

    SecurityPolicy current();

    void update(SecurityPolicy policy);

    /**
     * The roles (codes) whose holders must have a second factor besides the three administrators, who
     * always must (issue 15).
     */
    java.util.Set<String> secondFactorRoles();

    /** The security administrator names the roles that require a second factor (business roles only). */
    void requireSecondFactorFor(java.util.Set<String> roleCodes);
}
