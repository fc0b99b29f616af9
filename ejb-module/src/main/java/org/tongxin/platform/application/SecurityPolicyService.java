package org.tongxin.platform.application;

import jakarta.ejb.Local;
import org.tongxin.platform.domain.SecurityPolicy;

/** The password and lockout policy, kept in the database and changed by the security administrator. */
@Local
public interface SecurityPolicyService {

    SecurityPolicy current();

    void update(SecurityPolicy policy);
}
