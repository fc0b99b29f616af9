package org.tongxin.platform.infrastructure;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the newest version with Flyway. Runs while Hibernate builds the persistence
 * unit (see {@link PlatformIntegrator}), so that the schema is migrated before Hibernate validates
 * the mapping against it, on every node, before any request is served. Flyway's own lock table makes
 * concurrent starts of several nodes safe.
 */
final class SchemaMigration {

    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    private SchemaMigration() {}

    static void migrate(DataSource dataSource) {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (isPostgreSql(dataSource)) {
            locations.add("classpath:db/migration-postgresql");
        }
        MigrateResult result = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .validateMigrationNaming(true)
                .load()
                .migrate();
        LOG.info(() -> "Schema migrated: " + result.migrationsExecuted + " migration(s) applied, version "
                + (result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion)
                + " on " + locations);
    }

    private static boolean isPostgreSql(DataSource dataSource) {
        try (Connection c = dataSource.getConnection()) {
            return c.getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(java.util.Locale.ROOT)
                    .contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reach the database to migrate it", e);
        }
    }
}
