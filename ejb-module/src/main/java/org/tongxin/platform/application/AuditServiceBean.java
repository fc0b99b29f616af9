package org.tongxin.platform.application;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.domain.AuditEntry;
import org.tongxin.platform.domain.AuditMask;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.kernel.Role;
import org.tongxin.platform.kernel.VisibleOrganisations;

@Stateless
public class AuditServiceBean implements AuditService {

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    Callers callers;

    @Resource
    SessionContext session;

    @Override
    @PermitAll
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void recordSecurityEvent(String action, String actor, String details) {
        AuditContext.Origin origin = AuditContext.current();
        em.createNativeQuery("insert into pf_audit_entry (occurred_at, actor, origin, action, details)"
                        + " values (?, ?, ?, ?, ?)")
                .setParameter(1, clock.instant())
                .setParameter(2, actor == null || actor.isBlank() ? origin.actor() : actor)
                .setParameter(3, origin.address())
                .setParameter(4, action)
                .setParameter(5, details)
                .executeUpdate();
    }

    /**
     * Entries of the organisations the auditor may see, plus security events (which belong to no
     * organisation), newest first. Backed by pf_audit_time_ix and the actor/organisation indexes.
     */
    @Override
    @RolesAllowed(Role.AUDIT_ADMIN_CODE)
    public Page<AuditEntryRow> search(AuditQuery q, Page.Request request) {
        VisibleOrganisations visible = callers.visible(session.getCallerPrincipal());
        Map<String, Object> params = new LinkedHashMap<>();
        List<String> where = new ArrayList<>();
        where.add("(e.organisationId is null or e.organisationId in "
                + "(select o.id from Organisation o where o.path like :path))");
        params.put("path", visible.pathPattern());
        if (q.from() != null) {
            where.add("e.occurredAt >= :from");
            params.put("from", q.from());
        }
        if (q.to() != null) {
            where.add("e.occurredAt < :to");
            params.put("to", q.to());
        }
        if (q.actor() != null && !q.actor().isBlank()) {
            where.add("e.actor = :actor");
            params.put("actor", q.actor().trim().toLowerCase(java.util.Locale.ROOT));
        }
        if (q.action() != null && !q.action().isBlank()) {
            where.add("e.action = :action");
            params.put("action", q.action().trim());
        }
        if (q.entityType() != null && !q.entityType().isBlank()) {
            where.add("e.entityType = :type");
            params.put("type", q.entityType().trim());
        }
        String filter = " where " + String.join(" and ", where);
        TypedQuery<AuditEntry> list = em.createQuery(
                "select e from AuditEntry e" + filter + " order by e.occurredAt desc, e.id desc", AuditEntry.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEntry e" + filter, Long.class);
        params.forEach((k, v) -> {
            list.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<AuditEntryRow> items = list.setFirstResult(request.offset())
                .setMaxResults(request.size())
                .getResultStream()
                .map(e -> new AuditEntryRow(
                        e.id(),
                        e.occurredAt(),
                        e.actor(),
                        e.origin(),
                        e.action(),
                        e.entityType(),
                        e.entityId(),
                        e.organisationId(),
                        AuditMask.details(e.details())))
                .toList();
        return new Page<>(items, request.page(), request.size(), count.getSingleResult());
    }
}
