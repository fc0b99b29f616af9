package org.tongxin.platform.application;

import jakarta.ejb.Local;
import org.tongxin.platform.kernel.Page;

/** The audit trail: security events are written here; everyone's changes are read here by the audit administrator. */
@Local
public interface AuditService {

    /** Records a security event (login, logout, refused access) in a transaction of its own. */
    void recordSecurityEvent(String action, String actor, String details);

    Page<AuditEntryRow> search(AuditQuery query, Page.Request request);
}
