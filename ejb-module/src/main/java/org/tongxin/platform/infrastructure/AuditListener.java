package org.tongxin.platform.infrastructure;

import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.tongxin.platform.application.AuditContext;
import org.tongxin.platform.domain.AuditEntry;
import org.tongxin.platform.domain.AuditMask;
import org.tongxin.platform.kernel.Jsonp;
import org.tongxin.platform.kernel.OrganisationOwned;
import org.tongxin.platform.kernel.OwnTrail;
import org.tongxin.platform.kernel.Role;

/**
 * Records every insert, update and delete of every entity, and every change of an entity's
 * collections, in the audit trail: who (from {@link AuditContext}), when, from where, and the values
 * before and after. The row is written on the same connection in the same transaction as the change
 * (with the flush's other rows as one JDBC batch at the end of the flush: {@link AuditBatch}), so a change
 * and its audit line commit together or not at all. Secrets (any property whose name
 * holds "password", "secret" or "token") and personal data (phone, birth date, identity numbers: see
 * {@link AuditMask}) are masked.
 */
class AuditListener
        implements PostInsertEventListener,
                PostUpdateEventListener,
                PostDeleteEventListener,
                PostCollectionRecreateEventListener,
                PostCollectionUpdateEventListener,
                PostCollectionRemoveEventListener {

    private static final long serialVersionUID = 1L;
    private static final int MAX_DETAILS = 8000;

    @Override
    public void onPostInsert(PostInsertEvent event) {
        if (ignored(event.getEntity()) || event.getEntity().getClass().isAnnotationPresent(OwnTrail.class)) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        JsonObjectBuilder changes = Jsonp.createObjectBuilder();
        for (int i = 0; i < names.length; i++) {
            changes.add(
                    names[i],
                    Jsonp.createObjectBuilder()
                            .add("after", render(event.getSession(), names[i], event.getState()[i])));
        }
        write(event.getSession(), "CREATE", event.getPersister(), event.getId(), event.getEntity(), changes);
    }

    @Override
    public void onPostUpdate(PostUpdateEvent event) {
        if (ignored(event.getEntity())) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        Object[] before = event.getOldState();
        Object[] after = event.getState();
        JsonObjectBuilder changes = Jsonp.createObjectBuilder();
        boolean any = false;
        for (int i = 0; i < names.length; i++) {
            Object old = before == null ? null : before[i];
            if (after[i] instanceof PersistentCollection<?>
                    || Objects.equals(simple(event.getSession(), old), simple(event.getSession(), after[i]))) {
                continue;
            }
            any = true;
            changes.add(
                    names[i],
                    Jsonp.createObjectBuilder()
                            .add("before", render(event.getSession(), names[i], old))
                            .add("after", render(event.getSession(), names[i], after[i])));
        }
        if (any) {
            write(event.getSession(), "UPDATE", event.getPersister(), event.getId(), event.getEntity(), changes);
        }
    }

    @Override
    public void onPostDelete(PostDeleteEvent event) {
        if (ignored(event.getEntity())) {
            return;
        }
        String[] names = event.getPersister().getPropertyNames();
        JsonObjectBuilder changes = Jsonp.createObjectBuilder();
        for (int i = 0; i < names.length; i++) {
            changes.add(
                    names[i],
                    Jsonp.createObjectBuilder()
                            .add("before", render(event.getSession(), names[i], event.getDeletedState()[i])));
        }
        write(event.getSession(), "DELETE", event.getPersister(), event.getId(), event.getEntity(), changes);
    }

    @Override
    public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
        collectionChanged(event, null);
    }

    @Override
    public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
        collectionChanged(event, event.getCollection().getStoredSnapshot());
    }

    @Override
    public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
        collectionChanged(event, event.getCollection().getStoredSnapshot());
    }

    private void collectionChanged(AbstractCollectionEvent event, Object snapshot) {
        Object owner = event.getAffectedOwnerOrNull();
        if (owner == null || ignored(owner)) {
            return;
        }
        String role = roleOf(event);
        String property = role.substring(role.lastIndexOf('.') + 1);
        JsonObjectBuilder change = Jsonp.createObjectBuilder();
        if (snapshot != null) {
            change.add(
                    "before",
                    render(event.getSession(), property, snapshot instanceof Map<?, ?> m ? m.values() : snapshot));
        }
        change.add("after", render(event.getSession(), property, event.getCollection()));
        EntityPersister persister = event.getSession()
                .getFactory()
                .getMappingMetamodel()
                .getEntityDescriptor(event.getAffectedOwnerEntityName());
        write(
                event.getSession(),
                "UPDATE",
                persister,
                event.getAffectedOwnerIdOrNull(),
                owner,
                Jsonp.createObjectBuilder().add(property, change));
    }

    /** The collection's role ("org.x.Account.businessRoles"); a new collection only knows it through its entry. */
    private static String roleOf(AbstractCollectionEvent event) {
        if (event.getCollection().getRole() != null) {
            return event.getCollection().getRole();
        }
        var entry = event.getSession().getPersistenceContextInternal().getCollectionEntry(event.getCollection());
        if (entry != null && entry.getRole() != null) {
            return entry.getRole();
        }
        if (entry != null && entry.getCurrentPersister() != null) {
            return entry.getCurrentPersister().getRole();
        }
        return "collection";
    }

    private static boolean ignored(Object entity) {
        return entity instanceof AuditEntry;
    }

    private static void write(
            EventSource session,
            String action,
            EntityPersister persister,
            Object id,
            Object entity,
            JsonObjectBuilder changes) {
        AuditContext.Origin origin = AuditContext.current();
        String details =
                Jsonp.createObjectBuilder().add("changes", changes).build().toString();
        if (details.length() > MAX_DETAILS) {
            details = details.substring(0, MAX_DETAILS - 1) + "…";
        }
        // written with the flush's other audit lines as one batch, at the end of the flush (AuditBatch)
        AuditBatch.add(
                session,
                new AuditBatch.Line(
                        OffsetDateTime.ofInstant(Instant.now(), ZoneOffset.UTC),
                        origin.actor(),
                        origin.address(),
                        action,
                        simpleName(persister.getEntityName()),
                        String.valueOf(id),
                        entity instanceof OrganisationOwned owned ? owned.organisationId() : null,
                        details));
    }

    private static String simpleName(String entityName) {
        return entityName.substring(entityName.lastIndexOf('.') + 1);
    }

    private static Object simple(SharedSessionContractImplementor session, Object value) {
        Object id = value == null ? null : idOf(session, value);
        return id != null ? id : value;
    }

    private static JsonValue render(SharedSessionContractImplementor session, String property, Object value) {
        if (value == null) {
            return JsonValue.NULL;
        }
        if (AuditMask.masked(property)) {
            return Jsonp.createValue(AuditMask.MASK);
        }
        if (value instanceof Collection<?> c) {
            JsonArrayBuilder array = Jsonp.createArrayBuilder();
            c.stream().map(v -> scalar(session, v)).sorted().forEach(array::add);
            return array.build();
        }
        if (value instanceof Boolean b) {
            return b ? JsonValue.TRUE : JsonValue.FALSE;
        }
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            return Jsonp.createValue(((Number) value).longValue());
        }
        return Jsonp.createValue(scalar(session, value));
    }

    private static String scalar(SharedSessionContractImplementor session, Object value) {
        if (value instanceof Role r) {
            return r.code();
        }
        if (value instanceof Enum<?> e) {
            return e.name();
        }
        Object id = idOf(session, value);
        return id != null ? String.valueOf(id) : String.valueOf(value);
    }

    /** The id of a referenced entity (or proxy), or null when the value is not an entity. */
    private static Object idOf(SharedSessionContractImplementor session, Object value) {
        if (value instanceof HibernateProxy proxy) {
            return proxy.getHibernateLazyInitializer().getInternalIdentifier();
        }
        EntityPersister persister = session.getFactory().getMappingMetamodel().findEntityDescriptor(value.getClass());
        return persister == null ? null : persister.getIdentifier(value, session);
    }

    @Override
    public boolean requiresPostCommitHandling(EntityPersister persister) {
        return false;
    }
}
