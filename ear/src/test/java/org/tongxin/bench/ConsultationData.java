package org.tongxin.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Random;

/**
 * Adds consultation (协商议政) at scale to a province that {@link ProvinceData} has loaded: the province's whole
 * history at scale 1.0 — ten years of annual plans of every organisation (the province and the cities hold Datong's
 * "136+N", the counties 1 / 1 / 2) with their task lists. The consultation tables are emptied first; the rest of the
 * database is left as it is.
 *
 * <p>The scale is the share of the history: scale 0.1 is the last year, 1.0 the last ten years; within a year
 * everything is as busy at either scale, so that the benchmark's growth from 10 % to 100 % is the growth of the
 * history alone.
 *
 * <pre>
 * ConsultationData --url=jdbc:postgresql://127.0.0.1:5432/tongxin_bench --user=postgres --password= --scale=1.0 [--seed=n]
 * </pre>
 */
public final class ConsultationData {

    static final int YEARS = 10;

    private static final String[] TOPICS = {
        "推动资源型经济转型发展", "优化营商环境", "助力乡村全面振兴", "推进健康城市建设", "提升提案办理质量", "促进义务教育均衡发展",
        "老旧小区改造提质", "古城文化保护传承", "加强基层法治建设", "密切委员联系群众", "黄河流域生态保护", "发展文旅康养产业",
        "做好养老服务", "完善社区治理", "推动数字政府建设", "稳定和扩大就业"
    };
    private static final String[] DEPARTMENTS = {"市发展和改革委员会", "市住房和城乡建设局", "市教育局", "市卫生健康委员会", "市农业农村局", "市文化和旅游局"};

    /** One organisation of the province, as the data needs it. */
    record Org(long id, String level) {
        boolean county() {
            return "COUNTY".equals(level);
        }
    }

    private final ProvinceData.Options options;
    private final Random random;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    private ConsultationData(ProvinceData.Options options) {
        this.options = options;
        this.random = new Random(options.seed() + 17);
    }

    public static void main(String[] args) throws SQLException {
        new ConsultationData(ProvinceData.Options.parse(args)).run();
    }

    /** How many years of history a scale holds: 1 at 0.1, 10 at 1.0. */
    static int years(double scale) {
        return Math.max(1, (int) Math.round(YEARS * scale));
    }

    static int firstYear(double scale) {
        return ProvinceData.AS_OF.getYear() - years(scale) + 1;
    }

    private void run() throws SQLException {
        long start = System.nanoTime();
        int years = years(options.scale());
        System.out.printf(
                Locale.ROOT,
                "Adding consultation at scale %s (%d years, %d to %d) to %s%n",
                options.scale(),
                years,
                firstYear(options.scale()),
                ProvinceData.AS_OF.getYear(),
                options.url());
        Properties p = new Properties();
        p.setProperty("user", options.user());
        p.setProperty("password", options.password());
        p.setProperty("ApplicationName", "tongxin-bench-consultation");
        try (Connection c = DriverManager.getConnection(options.url(), p)) {
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = off");
                s.execute("truncate cs_plan_amendment, cs_plan_task, cs_plan_item, cs_plan, cs_plan_shape cascade");
            }
            List<Org> orgs = orgs(c);
            c.setAutoCommit(false);
            plans(c, orgs);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : List.of("cs_plan", "cs_plan_item", "cs_plan_task")) {
                    s.execute("select setval('" + table + "_seq', (select coalesce(max(id), 0) from " + table
                            + ") + 100)");
                }
                s.execute("vacuum (analyze) cs_plan, cs_plan_item, cs_plan_task");
            }
        }
        System.out.println("Rows:");
        rows.forEach((table, n) -> System.out.printf(Locale.ROOT, "  %-36s %,12d%n", table, n));
        System.out.printf(Locale.ROOT, "Done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static List<Org> orgs(Connection c) throws SQLException {
        List<Org> orgs = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, org_level from pf_organisation order by id")) {
            while (rs.next()) {
                orgs.add(new Org(rs.getLong(1), rs.getString(2)));
            }
        }
        return orgs;
    }

    /** A year's plan of every organisation: published for the past years, this year's in every state of its path. */
    private void plans(Connection c, List<Org> orgs) throws SQLException {
        int first = firstYear(options.scale());
        int last = ProvinceData.AS_OF.getYear();
        long planId = 0;
        long itemId = 0;
        long taskId = 0;
        Map<Long, Integer> seen = new HashMap<>();
        CopyBatch plans = new CopyBatch(
                "cs_plan",
                "id, version, organisation_id, plan_year, state, created_at, created_by, reviewed_on, reviewed_by,"
                        + " submitted_at, submitted_by, approved_on, approving_body, approved_by, published_at, published_by");
        CopyBatch items = new CopyBatch(
                "cs_plan_item",
                "id, plan_id, organisation_id, form, topic, planned_month, lead_leader, lead_leader_account_id,"
                        + " lead_committee_id, departments");
        CopyBatch tasks = new CopyBatch(
                "cs_plan_task", "id, plan_id, item_id, organisation_id, committee_id, kind, responsible, due_on");
        {
            for (int year = first; year <= last; year++) {
                for (Org org : orgs) {
                    String state = year < last ? "PUBLISHED" : thisYearsState(random.nextInt(10));
                    boolean approved = "APPROVED".equals(state) || "PUBLISHED".equals(state);
                    planId++;
                    LocalDate drafted = LocalDate.of(year - 1, 12, 1 + random.nextInt(20));
                    plans.number(planId)
                            .number(0)
                            .number(org.id())
                            .number(year)
                            .plain(state)
                            .plain(Stamps.at(drafted, 9 * 3600))
                            .plain("bench-office");
                    boolean reviewed = !"DRAFT".equals(state);
                    boolean submitted = reviewed && !"REVIEWED".equals(state);
                    plans.plain(reviewed ? drafted.plusDays(10).toString() : null)
                            .plain(reviewed ? "bench-leader" : null)
                            .plain(submitted ? Stamps.at(drafted.plusDays(12), 10 * 3600) : null)
                            .plain(submitted ? "bench-office" : null)
                            .plain(approved ? drafted.plusDays(25).toString() : null)
                            .text(approved ? "中共委员会常委会" : null)
                            .plain(approved ? "bench-leader" : null)
                            .plain("PUBLISHED".equals(state) ? Stamps.at(drafted.plusDays(30), 9 * 3600) : null)
                            .plain("PUBLISHED".equals(state) ? "bench-office" : null)
                            .endRow();
                    int[] shape = org.county() ? new int[] {1, 1, 2, 0} : new int[] {1, 3, 6, 2};
                    String[] forms = {"PLENARY", "STANDING", "MONTHLY", "SPECIAL"};
                    int month = 2;
                    for (int f = 0; f < forms.length; f++) {
                        for (int n = 0; n < shape[f]; n++) {
                            itemId++;
                            int topic = seen.merge(org.id(), 1, Integer::sum) % TOPICS.length;
                            int planned = Math.min(12, month++);
                            items.number(itemId)
                                    .number(planId)
                                    .number(org.id())
                                    .plain(forms[f])
                                    .text(TOPICS[topic])
                                    .number(planned)
                                    .text("副主席" + (1 + random.nextInt(5)))
                                    .plain(null)
                                    .plain(null)
                                    .text(DEPARTMENTS[topic % DEPARTMENTS.length])
                                    .endRow();
                            if (approved) {
                                YearMonth ym = YearMonth.of(year, planned);
                                String[] kinds = {"RESEARCH", "CONSULT", "REPORT"};
                                LocalDate[] due = {
                                    ym.atDay(1).minusDays(1),
                                    ym.atEndOfMonth(),
                                    ym.plusMonths(1).atEndOfMonth()
                                };
                                for (int k = 0; k < kinds.length; k++) {
                                    tasks.number(++taskId)
                                            .number(planId)
                                            .number(itemId)
                                            .number(org.id())
                                            .plain(null)
                                            .plain(kinds[k])
                                            .text("副主席")
                                            .plain(due[k].toString())
                                            .endRow();
                                }
                            }
                        }
                    }
                }
            }
            rows.put("cs_plan", plans.send(c, false));
            rows.put("cs_plan_item", items.send(c, false));
            rows.put("cs_plan_task", tasks.send(c, false));
        }
    }

    private static String thisYearsState(int draw) {
        return switch (draw) {
            case 0 -> "DRAFT";
            case 1 -> "REVIEWED";
            case 2 -> "SUBMITTED";
            case 3, 4 -> "APPROVED";
            default -> "PUBLISHED";
        };
    }
}
