package org.tongxin.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.tongxin.platform.domain.PasswordHasher;

/**
 * Generates information reports (社情民意信息) at scale for the benchmark, straight into PostgreSQL: 1,000,000
 * by default, written over the three years up to {@link ProvinceData#AS_OF} by the members of the province
 * {@link ProvinceData} makes (first, unless {@code --province=false}: then the province in the database is kept
 * and only its reports are replaced). Each report has its authors, its first version (and the later ones of a
 * revision or an editor's edit), every step of its path, its adoptions and its leaders' instructions, drawn by
 * {@link ReportPaths} with texts from {@link ReportTexts}.
 *
 * <p>Logins: every organisation gets an information editor, {@code bench-editor-<code>} ({@code
 * bench-editor-sx-c01} for 太原市政协), and every serving member an account {@code bench-member-<member id>}, all with
 * the demo password; the editors' names are on the steps they took, the members' on what they wrote. The
 * reports are copied in chunks (one thread draws the next chunk while the other copies, frozen, into tables
 * emptied in the same transaction, with their keys and indexes set aside), then the keys and indexes are
 * built again, the sequences moved past the loaded ids and the tables analysed. The same seed gives the same
 * reports.
 *
 * <pre>
 * ReportData --url=jdbc:postgresql://127.0.0.1:5432/tongxin_bench_reports --user=postgres --password= --scale=1.0
 *            --reports=1000000 [--seed=n] [--province=false]
 * </pre>
 */
public final class ReportData {

    static final int REPORTS = 1_000_000;
    /** The first day a report is written: three years up to {@link ProvinceData#AS_OF}. */
    static final LocalDate FIRST_DAY = ProvinceData.AS_OF.minusYears(3).plusDays(1);

    static final String EDITOR_PREFIX = "bench-editor-";
    static final String MEMBER_PREFIX = "bench-member-";
    /** The organisation whose editor the benchmark logs in as (太原市政协, the capital, the busiest city). */
    static final String WATCHED = "SX-C01";
    /** Reports drawn before their rows are handed over for copying. */
    private static final int CHUNK = 20_000;

    private static final List<String> TABLES =
            List.of("ir_report", "ir_author", "ir_version", "ir_transition", "ir_adoption", "ir_instruction");
    private static final List<String> SEQUENCED =
            List.of("ir_report", "ir_version", "ir_transition", "ir_adoption", "ir_instruction", "pf_account");
    private static final List<String> KEYS = List.of("url", "user", "password", "scale", "seed", "reports", "province");

    private final Options options;
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private long stepStart;

    record Options(String url, String user, String password, double scale, long seed, int reports, boolean province) {

        static Options parse(String[] args) {
            Map<String, String> values = new LinkedHashMap<>();
            for (String arg : args) {
                int eq = arg.indexOf('=');
                String key = arg.startsWith("--") && eq > 2 ? arg.substring(2, eq) : null;
                if (key == null || !KEYS.contains(key)) {
                    throw new IllegalArgumentException(
                            "unknown argument " + arg + "; expected --url=jdbc:postgresql://host:port/db"
                                    + " --user=… --password=… --scale=1.0 --reports=1000000 --seed=… --province=true|false");
                }
                values.put(key, arg.substring(eq + 1));
            }
            Options o = new Options(
                    values.getOrDefault("url", "jdbc:postgresql://127.0.0.1:5432/tongxin_bench_reports"),
                    values.getOrDefault("user", "postgres"),
                    values.getOrDefault("password", ""),
                    Double.parseDouble(values.getOrDefault("scale", "1.0")),
                    Long.parseLong(values.getOrDefault("seed", "20261129")),
                    Integer.parseInt(values.getOrDefault("reports", String.valueOf(REPORTS))),
                    Boolean.parseBoolean(values.getOrDefault("province", "true")));
            if (o.reports < 1 || o.reports > 20_000_000) {
                throw new IllegalArgumentException("reports must be between 1 and 20,000,000: " + o.reports);
            }
            return o;
        }

        /** The arguments {@link ProvinceData} takes. */
        String[] provinceArgs() {
            return new String[] {
                "--url=" + url, "--user=" + user, "--password=" + password, "--scale=" + scale, "--seed=" + seed
            };
        }
    }

    private ReportData(Options options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options.province()) {
            ProvinceData.main(options.provinceArgs());
        }
        new ReportData(options).run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        System.out.printf(
                Locale.ROOT,
                "%nAdding %,d information reports (%s to %s, seed %d) to %s%n",
                options.reports(),
                FIRST_DAY,
                ProvinceData.AS_OF,
                options.seed(),
                options.url());
        stepStart = System.nanoTime();
        Properties p = new Properties();
        p.setProperty("user", options.user());
        p.setProperty("password", options.password());
        p.setProperty("ApplicationName", "tongxin-bench-reports");
        try (Connection c = DriverManager.getConnection(options.url(), p)) {
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = off");
                s.execute("set maintenance_work_mem = '512MB'");
            }
            List<ReportPaths.Org> orgs = organisations(c);
            c.setAutoCommit(false);
            accounts(c, orgs);
            c.commit();
            c.setAutoCommit(true);
            members(c, orgs);
            step("editor and member logins, read the organisations and members");
            Random random = new Random(options.seed() + 11);
            weigh(orgs, random);
            ReportPaths.Org watched = orgs.stream()
                    .filter(o -> o.code.equals(WATCHED))
                    .findFirst()
                    .orElse(orgs.get(0));
            ReportPaths paths = new ReportPaths(orgs, watched, new ReportTexts(topics(c)), random);
            long[] writtenAt = paths.writtenAt(options.reports());
            step("draw when the reports were written");

            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                // emptied in this transaction, so that the copies may write frozen rows
                s.execute(
                        "truncate ir_remote_credit, ir_delivery, ir_inbound, ir_bulletin_item, ir_bulletin, ir_attachment, ir_combined_source, "
                                + String.join(", ", TABLES));
            }
            List<SetAside> aside = new ArrayList<>();
            for (String table : TABLES) {
                aside.add(SetAside.drop(c, table));
            }
            long copied = copy(c, paths, writtenAt);
            step(String.format(
                    Locale.ROOT, "draw and copy the reports (%,d rows; keys and indexes set aside)", copied));
            int rebuilt = 0;
            for (SetAside a : aside) {
                rebuilt += a.restore();
            }
            c.commit();
            c.setAutoCommit(true);
            step("rebuild and check the reports' keys, indexes and foreign keys (" + rebuilt + ")");
            try (Statement s = c.createStatement()) {
                for (String table : SEQUENCED) {
                    s.execute("select setval('" + table + "_seq', (select coalesce(max(id), 0) from " + table
                            + ") + 100)");
                }
                s.execute("vacuum (analyze) " + String.join(", ", TABLES) + ", pf_account, pf_account_role, cm_member");
            }
            step("set sequences past the loaded ids, vacuum and analyze");
            rows.put("ir_report", (long) options.reports());
            rows.put("ir_author", paths.authors);
            rows.put("ir_version", paths.versions);
            rows.put("ir_transition", paths.transitions);
            rows.put("ir_adoption", paths.adoptions);
            rows.put("  of which voided", paths.voided);
            rows.put("ir_instruction", paths.instructions);
            report(paths, watched, (System.nanoTime() - start) / 1_000_000);
        }
    }

    /**
     * Draws the reports chunk by chunk while a second thread copies the chunk before; at most two chunks are
     * held at once. Answers the rows copied.
     */
    private long copy(Connection c, ReportPaths paths, long[] writtenAt) throws Exception {
        ExecutorService copier = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "report-copy");
            t.setDaemon(true);
            return t;
        });
        try {
            Future<Long> previous = null;
            long copied = 0;
            for (int from = 0; from < writtenAt.length; from += CHUNK) {
                ReportPaths.Batches batches = paths.draw(writtenAt, from, Math.min(writtenAt.length, from + CHUNK));
                if (previous != null) {
                    copied += previous.get();
                }
                previous = copier.submit(() -> batches.send(c));
            }
            return copied + previous.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof SQLException s ? s : e;
        } finally {
            copier.shutdownNow();
        }
    }

    private static List<ReportPaths.Org> organisations(Connection c) throws SQLException {
        List<ReportPaths.Org> orgs = new ArrayList<>();
        Map<Long, ReportPaths.Org> byId = new HashMap<>();
        Map<ReportPaths.Org, Long> parents = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select id, code, name, org_level, parent_id from pf_organisation order by path")) {
            while (rs.next()) {
                ReportPaths.Org o =
                        new ReportPaths.Org(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4));
                o.editor = EDITOR_PREFIX + o.code.toLowerCase(Locale.ROOT);
                o.editorName = o.name + "信息处（基准）";
                orgs.add(o);
                byId.put(o.id, o);
                long parent = rs.getLong(5);
                if (!rs.wasNull()) {
                    parents.put(o, parent);
                }
            }
        }
        parents.forEach((o, parent) -> o.parent = byId.get(parent));
        if (orgs.isEmpty()) {
            throw new IllegalStateException(
                    "no organisations: generate the province first (ProvinceData, or --province=true)");
        }
        return orgs;
    }

    /**
     * An information editor for every organisation and a login for every serving member who has none, all with the
     * demo password; nothing when an earlier run made them.
     */
    private void accounts(Connection c, List<ReportPaths.Org> orgs) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select count(*) from pf_account where username like '" + EDITOR_PREFIX + "%'")) {
            rs.next();
            if (rs.getLong(1) > 0) {
                System.out.println("  the editors' and members' logins are there already");
                return;
            }
        }
        long base;
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select coalesce(max(id), 0) + 1 from pf_account")) {
            rs.next();
            base = rs.getLong(1);
        }
        // members' accounts take their member's id past the editors'
        long memberBase = base + orgs.size();
        String hash = new PasswordHasher().hash(ProvinceRoster.PASSWORD);
        String now = Stamps.at(ProvinceRoster.TERM_START, 9 * 3600);
        String columns = "id, version, username, display_name, organisation_id, password_hash, password_changed_at,"
                + " must_change_password, enabled, failed_logins, locked_until, last_login_at, admin_role, created_at";
        // read before the copy starts: the connection does nothing else while it copies
        List<Object[]> members = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, name, organisation_id from cm_member"
                        + " where status = 'ACTIVE' and account_id is null order by id")) {
            while (rs.next()) {
                members.add(new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3)});
            }
        }
        long accounts;
        try (CopyRows copy = new CopyRows(c, "pf_account", columns)) {
            for (int i = 0; i < orgs.size(); i++) {
                ReportPaths.Org o = orgs.get(i);
                copy.number(base + i)
                        .number(0)
                        .plain(o.editor)
                        .text(o.editorName)
                        .number(o.id)
                        .plain(hash)
                        .plain(now)
                        .bool(false)
                        .bool(true)
                        .number(0)
                        .plain(null)
                        .plain(null)
                        .plain(null)
                        .plain(now)
                        .endRow();
            }
            for (Object[] m : members) {
                long id = (Long) m[0];
                copy.number(memberBase + id)
                        .number(0)
                        .plain(MEMBER_PREFIX + id)
                        .text((String) m[1])
                        .number((Long) m[2])
                        .plain(hash)
                        .plain(now)
                        .bool(false)
                        .bool(true)
                        .number(0)
                        .plain(null)
                        .plain(null)
                        .plain(null)
                        .plain(now)
                        .endRow();
            }
            accounts = copy.finish();
        }
        try (Statement s = c.createStatement()) {
            s.execute(
                    "insert into pf_account_role (account_id, role) select id, 'info-editor' from pf_account where username like '"
                            + EDITOR_PREFIX + "%'");
            s.execute(
                    "insert into pf_account_role (account_id, role) select id, 'member' from pf_account where username like '"
                            + MEMBER_PREFIX + "%'");
            s.execute("update cm_member set account_id = " + memberBase
                    + " + id where status = 'ACTIVE' and account_id is null");
        }
        rows.put("pf_account (editors and members)", accounts);
    }

    /** The serving members of each organisation, with their logins. */
    private static void members(Connection c, List<ReportPaths.Org> orgs) throws SQLException {
        Map<Long, ReportPaths.Org> byId = new HashMap<>();
        orgs.forEach(o -> byId.put(o.id, o));
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select m.id, m.name, m.organisation_id, a.id, a.username"
                                + " from cm_member m join pf_account a on a.id = m.account_id where m.status = 'ACTIVE' order by m.id")) {
            while (rs.next()) {
                byId.get(rs.getLong(3))
                        .members
                        .add(new ReportPaths.Member(rs.getLong(1), rs.getString(2), rs.getLong(4), rs.getString(5)));
            }
        }
    }

    /**
     * How much each organisation and each member writes: organisations by their serving members times an activity
     * of their own (log-normal; the watched city half as busy again), members by a log-normal activity, so that
     * a few write far more than most.
     */
    private static void weigh(List<ReportPaths.Org> orgs, Random random) {
        for (ReportPaths.Org o : orgs) {
            double activity = Math.exp(0.4 * random.nextGaussian())
                    * ("PROVINCE".equals(o.level) ? 0.6 : 1.0)
                    * (WATCHED.equals(o.code) ? 1.5 : 1.0);
            o.weight = o.members.size() * activity;
            o.memberCumulative = new double[o.members.size()];
            double sum = 0;
            for (int i = 0; i < o.members.size(); i++) {
                sum += Math.exp(0.9 * random.nextGaussian());
                o.memberCumulative[i] = sum;
            }
        }
        orgs.removeIf(o -> o.members.isEmpty());
    }

    private static List<String> topics(Connection c) throws SQLException {
        List<String> topics = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("select code from ir_topic where active order by position");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                topics.add(rs.getString(1));
            }
        }
        return topics;
    }

    private void step(String name) {
        long now = System.nanoTime();
        System.out.printf(Locale.ROOT, "  %8.1f s  %s%n", (now - stepStart) / 1e9, name);
        stepStart = now;
    }

    private void report(ReportPaths paths, ReportPaths.Org watched, long totalMs) {
        long n = options.reports();
        System.out.println();
        System.out.println("Rows:");
        rows.forEach((table, count) -> System.out.printf(Locale.ROOT, "  %-36s %,12d%n", table, count));
        String share = "  %-36s %,12d  %5.1f %%%n";
        System.out.println("Final states:");
        paths.states.forEach((state, count) -> System.out.printf(Locale.ROOT, share, state, count, 100.0 * count / n));
        System.out.println("Written at:");
        paths.origins.forEach((level, count) -> System.out.printf(Locale.ROOT, share, level, count, 100.0 * count / n));
        System.out.printf(
                Locale.ROOT,
                "Forwarded %,d times; text %.0f characters a report on average%n",
                paths.forwarded,
                (double) paths.textChars / n);
        String[] two = ReportTexts.TWO_WORDS.split(" ");
        System.out.printf(
                Locale.ROOT,
                "Search words (reports whose title, body or proposals hold them): %s %,d (%.2f %%),"
                        + " %s %,d (%.3f %%), %s %,d, %s %,d, both %,d (%.3f %%)%n",
                ReportTexts.COMMON_WORD,
                paths.commonWord,
                100.0 * paths.commonWord / n,
                ReportTexts.RARE_WORD,
                paths.rareWord,
                100.0 * paths.rareWord / n,
                two[0],
                paths.twoWords[0],
                two[1],
                paths.twoWords[1],
                paths.twoWords[2],
                100.0 * paths.twoWords[2] / n);
        System.out.printf(
                Locale.ROOT,
                "%s's editor (%s%s, password %s) sees %,d reports; bench-editor-<code> for the others,"
                        + " bench-member-<member id> for members%n",
                watched.name,
                EDITOR_PREFIX,
                watched.code.toLowerCase(Locale.ROOT),
                ProvinceRoster.PASSWORD,
                paths.visibleToWatched);
        System.out.printf(Locale.ROOT, "Done in %.1f s%n", totalMs / 1000.0);
    }
}
