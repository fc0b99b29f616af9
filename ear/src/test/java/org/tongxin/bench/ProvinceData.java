package org.tongxin.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.internal.logging.javautil.JavaUtilLogCreator;

/**
 * Generates a province-scale committee database for the benchmark, straight into PostgreSQL: Shanxi
 * with 129 organisations, 25,000 members and 2,000,000 duty-ledger entries at scale 1.0 (members and
 * entries scale, the organisations do not). The database is created if missing, emptied, migrated with
 * the application's Flyway migrations, loaded with {@code COPY}, its sequences moved past the loaded
 * ids and vacuumed and analysed. The same seed gives the same data.
 *
 * <pre>
 * ./mvnw -Pbench-data [-Dbench.scale=0.1]        (see docs/performance.md)
 * ProvinceData --url=jdbc:postgresql://127.0.0.1:5432/tongxin_bench --user=postgres --password= --scale=1.0 [--seed=n]
 * </pre>
 *
 * Options may also be given as system properties ({@code bench.url}, {@code bench.user}, ...); arguments win.
 */
public final class ProvinceData {

    /** The last day of the generated ledger: nothing happens, is recorded or voided after it. */
    static final LocalDate AS_OF = LocalDate.of(2026, 11, 28);

    static final int MEMBERS = 25_000;
    static final int ENTRIES = 2_000_000;
    private static final long SEED = 20_261_129L;

    /** The tables whose ids come from a sequence named after them, with Hibernate's pooled optimizer. */
    private static final List<String> SEQUENCED = List.of(
            "pf_organisation",
            "pf_account",
            "cm_sector",
            "cm_committee",
            "cm_member",
            "cm_member_change",
            "cm_rule_set",
            "cm_duty_entry",
            "cm_pairing");
    /** Flyway logs through java.util.logging, warnings only (held here, or the level would be collected with the logger). */
    private static final Logger FLYWAY_LOG = Logger.getLogger("org.flywaydb");

    private static final Pattern URL = Pattern.compile("(jdbc:postgresql://[^/]+/)([A-Za-z0-9_]+)(\\?.*)?");

    private final Options options;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private long stepStart;

    record Options(String url, String user, String password, double scale, long seed) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String key : List.of("url", "user", "password", "scale", "seed")) {
                String property = System.getProperty("bench." + key);
                if (property != null) {
                    values.put(key, property);
                }
            }
            for (String arg : args) {
                int eq = arg.indexOf('=');
                String key = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
                if (key == null
                        || !List.of("url", "user", "password", "scale", "seed").contains(key)) {
                    throw new IllegalArgumentException(
                            "unknown argument " + arg
                                    + "; expected --url=jdbc:postgresql://host:port/db --user=… --password=… --scale=1.0 --seed=…");
                }
                values.put(key, arg.substring(eq + 1));
            }
            Options o = new Options(
                    values.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/tongxin_bench"),
                    values.getOrDefault("user", "postgres"),
                    values.getOrDefault("password", ""),
                    Double.parseDouble(values.getOrDefault("scale", "1.0")),
                    Long.parseLong(values.getOrDefault("seed", String.valueOf(SEED))));
            if (!URL.matcher(o.url).matches()) {
                throw new IllegalArgumentException("not a PostgreSQL URL with a plain database name: " + o.url);
            }
            if (!(o.scale > 0 && o.scale <= 10)) {
                throw new IllegalArgumentException("scale must be above 0 and at most 10: " + o.scale);
            }
            return o;
        }

        int members() {
            return (int) Math.round(MEMBERS * scale);
        }

        int entries() {
            return (int) Math.round(ENTRIES * scale);
        }
    }

    private ProvinceData(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws SQLException {
        FLYWAY_LOG.setLevel(Level.WARNING);
        new ProvinceData(Options.parse(args)).run();
    }

    private void run() throws SQLException {
        long start = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "Generating Shanxi at scale %s (%,d members, %,d duty entries, seed %d) into %s%n",
                options.scale(),
                options.members(),
                options.entries(),
                options.seed(),
                options.url());
        stepStart = System.nanoTime();
        createDatabase();
        step("create database if missing");
        try (Connection c = connect(options.url())) {
            try (Statement s = c.createStatement()) {
                // as initdb makes it (PostgreSQL 14 and later), so that other roles may use the schema as before
                s.execute("drop schema if exists public cascade");
                boolean databaseOwner = c.getMetaData().getDatabaseMajorVersion() >= 14;
                s.execute("create schema public" + (databaseOwner ? " authorization pg_database_owner" : ""));
                s.execute("grant usage on schema public to public");
                s.execute("comment on schema public is 'standard public schema'");
            }
            step("empty the database");
            int migrations = Flyway.configure(ProvinceData.class.getClassLoader())
                    .dataSource(options.url(), options.user(), options.password())
                    .locations("classpath:db/migration", "classpath:db/migration-postgresql")
                    .validateMigrationNaming(true)
                    .loggers(JavaUtilLogCreator.class.getName())
                    .load()
                    .migrate()
                    .migrationsExecuted;
            step("Flyway migrations (" + migrations + ")");
            try (Statement s = c.createStatement()) {
                // a lost commit only means running the generator again; indexes are built in memory
                s.execute("set synchronous_commit = off");
                s.execute("set maintenance_work_mem = '512MB'");
            }
            ProvinceRoster roster = new ProvinceRoster(new Random(options.seed())).generate(options.members());
            step("draw the roster (names to pinyin, the logins' password hash)");
            rows.putAll(roster.write(c));
            step("copy organisations, sectors, committees, members, history, logins");
            ProvinceDuty duty = new ProvinceDuty(roster, options.entries(), new Random(options.seed() + 1)).generate();
            step("draw the duty ledger");
            rows.putAll(duty.writeRuleSets(c));
            step("copy rule sets");
            c.setAutoCommit(false);
            SetAside aside = SetAside.drop(c, "cm_duty_entry");
            rows.putAll(duty.writeEntries(c));
            step("copy duty ledger (keys and indexes set aside)");
            int rebuilt = aside.restore();
            c.commit();
            c.setAutoCommit(true);
            step("rebuild and check the ledger's keys and indexes (" + rebuilt + ")");
            long[] pairings = ProvincePairings.write(c, roster, new Random(options.seed() + 2));
            rows.put("cm_pairing", pairings[0] + pairings[1]);
            rows.put("  of which current", pairings[0]);
            step("draw and copy pairings");
            setSequences(c);
            step("set sequences past the loaded ids");
            try (Statement s = c.createStatement()) {
                // vacuum as well: sets hint bits and the visibility map now rather than during the benchmark
                s.execute("vacuum (analyze)");
            }
            step("vacuum and analyze");
            report(roster, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void createDatabase() throws SQLException {
        Matcher m = URL.matcher(options.url());
        if (!m.matches()) {
            throw new IllegalStateException(options.url());
        }
        String name = m.group(2);
        try (Connection c = connect(m.group(1) + "postgres" + (m.group(3) == null ? "" : m.group(3)));
                PreparedStatement ps = c.prepareStatement("select 1 from pg_database where datname = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    try (Statement s = c.createStatement()) {
                        s.execute("create database \"" + name + "\"");
                    }
                    System.out.println("  created database " + name);
                }
            }
        }
    }

    private Connection connect(String url) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", options.user());
        p.setProperty("password", options.password());
        p.setProperty("ApplicationName", "tongxin-bench-data");
        return DriverManager.getConnection(url, p);
    }

    /**
     * Hibernate's pooled optimizer takes the value it draws as the top of a block of 50, so any value
     * at or above the largest id keeps new ids clear of the loaded ones; 100 more leaves a margin.
     */
    private static void setSequences(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            for (String table : SEQUENCED) {
                s.execute("select setval('" + table + "_seq', (select coalesce(max(id), 0) from " + table + ") + 100)");
            }
        }
    }

    private void step(String name) {
        long now = System.nanoTime();
        long ms = (now - stepStart) / 1_000_000;
        System.out.printf(Locale.ROOT, "  %8.1f s  %s%n", ms / 1000.0, name);
        stepStart = now;
    }

    private void report(ProvinceRoster roster, long totalMs) {
        System.out.println();
        System.out.println("Rows:");
        rows.forEach((table, n) -> System.out.printf(Locale.ROOT, "  %-36s %,12d%n", table, n));
        ProvinceRoster.Person member = roster.benchMember();
        System.out.printf(
                Locale.ROOT,
                "%nLogins (password %s): bench-office (office-staff) and bench-leader (leader) at %s,"
                        + " bench-member (member) = %s, member %d of %s%n",
                ProvinceRoster.PASSWORD,
                roster.orgs.get(0).code,
                member.name,
                member.id,
                member.org.code);
        System.out.printf(Locale.ROOT, "Done in %.1f s%n", totalMs / 1000.0);
    }
}
