package org.tongxin.platform.infrastructure;

import javax.sql.DataSource;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.spi.BootstrapContext;
import org.hibernate.engine.jdbc.connections.spi.ConnectionProvider;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventType;
import org.hibernate.integrator.spi.Integrator;

/**
 * Hooks the platform into Hibernate's start: migrates the schema first (before Hibernate validates
 * it), then registers the audit listener that records every insert, update and delete, and the flush
 * listener that writes a flush's audit lines as one batch.
 */
public class PlatformIntegrator implements Integrator {

    @Override
    public void integrate(
            Metadata metadata, BootstrapContext bootstrapContext, SessionFactoryImplementor sessionFactory) {
        DataSource dataSource = sessionFactory
                .getServiceRegistry()
                .requireService(ConnectionProvider.class)
                .unwrap(DataSource.class);
        SchemaMigration.migrate(dataSource);

        AuditListener listener = new AuditListener();
        EventListenerRegistry registry =
                sessionFactory.getServiceRegistry().requireService(EventListenerRegistry.class);
        registry.appendListeners(EventType.POST_INSERT, listener);
        registry.appendListeners(EventType.POST_UPDATE, listener);
        registry.appendListeners(EventType.POST_DELETE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, listener);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, listener);
        // after Hibernate's own: a flush ends by writing its audit lines as one batch
        AuditBatch batch = new AuditBatch();
        registry.appendListeners(EventType.FLUSH, batch);
        registry.appendListeners(EventType.AUTO_FLUSH, batch);
    }

    @Override
    public void disintegrate(
            SessionFactoryImplementor sessionFactory,
            org.hibernate.service.spi.SessionFactoryServiceRegistry serviceRegistry) {
        // nothing to release
    }
}
