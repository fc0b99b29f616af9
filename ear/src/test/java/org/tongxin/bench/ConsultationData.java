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
    /** Grassroots topics in ten years of the whole province. */
    static final int GRASSROOTS = 100_000;

    private static final String[] TOPICS = {
        "推动资源型经济转型发展", "优化营商环境", "助力乡村全面振兴", "推进健康城市建设", "提升提案办理质量", "促进义务教育均衡发展",
        "老旧小区改造提质", "古城文化保护传承", "加强基层法治建设", "密切委员联系群众", "黄河流域生态保护", "发展文旅康养产业",
        "做好养老服务", "完善社区治理", "推动数字政府建设", "稳定和扩大就业"
    };
    private static final String[] DEPARTMENTS = {"市发展和改革委员会", "市住房和城乡建设局", "市教育局", "市卫生健康委员会", "市农业农村局", "市文化和旅游局"};

    /** A plan item of an approved plan whose consultation was held (or is to be held this year). */
    record Item(long id, long org, String form, String topic, int year, int month) {}

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
                // departments are deleted, not truncated: a truncate cascading from pf_department would empty
                // pf_account too, whose handling-unit logins refer to a department (issue 18)
                s.execute("update pf_account set department_id = null where department_id is not null");
                s.execute(
                        "truncate cs_grassroots_year, cs_grassroots_month, cs_outcome_instruction, cs_outcome_note, cs_outcome, cs_grassroots_tally, cs_grassroots_party, cs_grassroots_step, cs_grassroots_topic, cs_speech, cs_research_trip_member, cs_research_trip, cs_activity_participant,"
                                + " cs_activity, cs_plan_amendment, cs_plan_task, cs_plan_item, cs_plan, cs_plan_shape cascade");
                s.execute("delete from pf_department");
            }
            List<Org> orgs = orgs(c);
            Map<Long, List<long[]>> members = members(c);
            c.setAutoCommit(false);
            List<Item> held = plans(c, orgs);
            activities(c, held, members);
            outcomes(c, orgs, held);
            grassroots(c, orgs, members);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : List.of(
                        "cs_plan",
                        "cs_plan_item",
                        "cs_plan_task",
                        "cs_activity",
                        "cs_activity_participant",
                        "cs_research_trip",
                        "cs_speech")) {
                    s.execute("select setval('" + table + "_seq', (select coalesce(max(id), 0) from " + table
                            + ") + 100)");
                }
                s.execute("vacuum (analyze) cs_plan, cs_plan_item, cs_plan_task, cs_activity, cs_activity_participant,"
                        + " cs_research_trip, cs_research_trip_member, cs_speech, pf_department, cs_outcome, cs_grassroots_topic,"
                        + " cs_grassroots_step, cs_grassroots_party, cs_grassroots_tally, cs_grassroots_month,"
                        + " cs_grassroots_year");
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

    /** The active members of each organisation: id and its id in a one-element array. */
    private static Map<Long, List<long[]>> members(Connection c) throws SQLException {
        Map<Long, List<long[]>> members = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select id, organisation_id from cm_member where status = 'ACTIVE' order by id")) {
            while (rs.next()) {
                members.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(new long[] {rs.getLong(1)});
            }
        }
        return members;
    }

    /**
     * A year's plan of every organisation: published for the past years, this year's in every state of its path;
     * answers the items of approved plans that are held as activities (about half: ~3,000 in ten years).
     */
    private List<Item> plans(Connection c, List<Org> orgs) throws SQLException {
        List<Item> held = new ArrayList<>();
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
                            if (approved && random.nextInt(100) < 48) {
                                held.add(new Item(itemId, org.id(), forms[f], TOPICS[topic], year, planned));
                            }
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
        return held;
    }

    /**
     * Each held item as an activity at a place outside the hall (the hall's bookings are StudyHallData's): the
     * past ones HELD with ~20 members invited or signed up, most of them present, two guests, a research trip of
     * five members done, three speeches of which two selected and delivered; this year's later ones OPEN.
     */
    private void activities(Connection c, List<Item> held, Map<Long, List<long[]>> members) throws SQLException {
        CopyBatch activities = new CopyBatch(
                "cs_activity",
                "id, version, organisation_id, plan_item_id, topic, form, starts_at, ends_at, activity_year, booking_id,"
                        + " space_id, venue, capacity, checkin_code, state, created_at, created_by, opened_at, opened_by,"
                        + " held_at, held_by, cancelled_at, cancelled_by, cancel_reason");
        CopyBatch participants = new CopyBatch(
                "cs_activity_participant",
                "id, activity_id, kind, member_id, account_id, name, unit, joined, joined_at, checked_in_at,"
                        + " checked_in_by");
        CopyBatch trips = new CopyBatch(
                "cs_research_trip",
                "id, activity_id, trip_on, place, findings, documents, done_at, done_by, created_at, created_by");
        CopyBatch tripMembers = new CopyBatch("cs_research_trip_member", "trip_id, member_id, member_name");
        CopyBatch speeches = new CopyBatch(
                "cs_speech",
                "id, activity_id, member_id, member_name, title, body, submitted_at, selected, delivered_at,"
                        + " delivered_by");
        long activityId = 0;
        long participantId = 0;
        long speechId = 0;
        for (Item item : held) {
            List<long[]> pool = members.getOrDefault(item.org(), List.of());
            LocalDate day = YearMonth.of(item.year(), item.month()).atDay(8 + random.nextInt(15));
            boolean past = day.isBefore(ProvinceData.AS_OF);
            activityId++;
            String starts = Stamps.at(day, 9 * 3600);
            activities
                    .number(activityId)
                    .number(0)
                    .number(item.org())
                    .number(item.id())
                    .text(item.topic())
                    .plain(item.form())
                    .plain(starts)
                    .plain(Stamps.at(day, 11 * 3600 + 1800))
                    .number(item.year())
                    .plain(null)
                    .plain(null)
                    .text("政协机关会议室")
                    .number(40)
                    .plain(String.format(Locale.ROOT, "B%011d", activityId))
                    .plain(past ? "HELD" : "OPEN")
                    .plain(Stamps.at(day.minusDays(20), 9 * 3600))
                    .plain("bench-office")
                    .plain(Stamps.at(day.minusDays(19), 9 * 3600))
                    .plain("bench-office")
                    .plain(past ? Stamps.at(day, 9 * 3600 + 600) : null)
                    .plain(past ? "bench-office" : null)
                    .plain(null)
                    .plain(null)
                    .plain(null)
                    .endRow();
            int taking = Math.min(pool.size(), 14 + random.nextInt(12));
            int offset = pool.isEmpty() ? 0 : random.nextInt(pool.size());
            List<Long> taken = new ArrayList<>();
            for (int n = 0; n < taking; n++) {
                long member = pool.get((offset + n) % pool.size())[0];
                taken.add(member);
                boolean present = past && random.nextInt(10) < 8;
                participants
                        .number(++participantId)
                        .number(activityId)
                        .plain("MEMBER")
                        .number(member)
                        .plain(null)
                        .text("委员" + member)
                        .plain(null)
                        .plain(n % 3 == 0 ? "SIGNED_UP" : "INVITED")
                        .plain(Stamps.at(day.minusDays(10), 10 * 3600))
                        .plain(present ? Stamps.at(day, 8 * 3600 + 3000) : null)
                        .plain(present ? "bench-office" : null)
                        .endRow();
            }
            String[][] guests = {
                {"DEPARTMENT", DEPARTMENTS[(int) (activityId % DEPARTMENTS.length)]}, {"EXPERT", "高校教授"}
            };
            for (String[] g : guests) {
                participants
                        .number(++participantId)
                        .number(activityId)
                        .plain(g[0])
                        .plain(null)
                        .plain(null)
                        .text(g[1])
                        .text("特邀")
                        .plain("INVITED")
                        .plain(Stamps.at(day.minusDays(10), 10 * 3600))
                        .plain(past ? Stamps.at(day, 8 * 3600 + 3000) : null)
                        .plain(past ? "bench-office" : null)
                        .endRow();
            }
            if (taken.isEmpty()) {
                continue;
            }
            trips.number(activityId)
                    .number(activityId)
                    .plain(day.minusDays(14).toString())
                    .text("基层调研点")
                    .text(past ? "调研发现：" + item.topic() + "存在短板，建议加强统筹。" : null)
                    .plain(null)
                    .plain(past ? Stamps.at(day.minusDays(14), 17 * 3600) : null)
                    .plain(past ? "bench-office" : null)
                    .plain(Stamps.at(day.minusDays(20), 9 * 3600))
                    .plain("bench-office")
                    .endRow();
            for (int n = 0; n < Math.min(5, taken.size()); n++) {
                tripMembers
                        .number(activityId)
                        .number(taken.get(n))
                        .text("委员" + taken.get(n))
                        .endRow();
            }
            for (int n = 0; n < Math.min(3, taken.size()); n++) {
                boolean selected = n < 2;
                speeches.number(++speechId)
                        .number(activityId)
                        .number(taken.get(n))
                        .text("委员" + taken.get(n))
                        .text("关于" + item.topic() + "的几点建议")
                        .text("围绕" + item.topic() + "，提出三条建议。")
                        .plain(Stamps.at(day.minusDays(5), 15 * 3600))
                        .bool(selected)
                        .plain(selected && past ? Stamps.at(day, 10 * 3600) : null)
                        .plain(selected && past ? "bench-office" : null)
                        .endRow();
            }
        }
        rows.put("cs_activity", activities.send(c, false));
        rows.put("cs_activity_participant", participants.send(c, false));
        rows.put("cs_research_trip", trips.send(c, false));
        rows.put("cs_research_trip_member", tripMembers.send(c, false));
        rows.put("cs_speech", speeches.send(c, false));
    }

    /**
     * Six departments of every organisation, and three outcomes of each consultation held: those of past years
     * done and published, this year's at every state of their path.
     */
    private void outcomes(Connection c, List<Org> orgs, List<Item> held) throws SQLException {
        CopyBatch departments = new CopyBatch(
                "pf_department", "id, version, organisation_id, name, created_at, created_by, retired_at");
        Map<Long, Long> firstDepartment = new HashMap<>();
        long departmentId = 0;
        for (Org org : orgs) {
            firstDepartment.put(org.id(), departmentId + 1);
            for (String name : DEPARTMENTS) {
                departments
                        .number(++departmentId)
                        .number(0)
                        .number(org.id())
                        .text(name)
                        .plain(Stamps.at(ProvinceData.AS_OF.minusYears(YEARS), 9 * 3600))
                        .plain("bench-office")
                        .plain(null)
                        .endRow();
            }
        }
        rows.put("pf_department", departments.send(c, false));
        Map<Long, Long> planOfItem = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, plan_id from cs_plan_item")) {
            while (rs.next()) {
                planOfItem.put(rs.getLong(1), rs.getLong(2));
            }
        }
        String[] states = {"AGREED", "SENT", "ANSWERED", "TRACKING", "DONE"};
        CopyBatch outcomes = new CopyBatch(
                "cs_outcome",
                "id, version, organisation_id, plan_id, item_id, plan_year, topic, form, suggestion, department_id, due_on,"
                        + " state, created_at, created_by, sent_at, sent_by, answer, answered_on, answered_by,"
                        + " answer_document, answer_recorded_at, answer_recorded_by, tracking_at, tracking_by, done_on,"
                        + " done_by, published, published_at, published_by");
        long id = 0;
        for (Item item : held) {
            LocalDate day = YearMonth.of(item.year(), item.month()).atDay(20);
            if (!day.isBefore(ProvinceData.AS_OF)) {
                continue;
            }
            for (int n = 0; n < 3; n++) {
                int state = item.year() < ProvinceData.AS_OF.getYear() ? 4 : random.nextInt(5);
                boolean published = state >= 2 && (state == 4 || random.nextBoolean());
                LocalDate sent = day.plusDays(10);
                LocalDate answered = day.plusDays(40);
                outcomes.number(++id)
                        .number(0)
                        .number(item.org())
                        .number(planOfItem.get(item.id()))
                        .number(item.id())
                        .number(item.year())
                        .text(item.topic())
                        .plain(item.form())
                        .text("建议" + (n + 1) + "：围绕" + item.topic() + "完善工作机制")
                        .number(firstDepartment.get(item.org()) + (id % DEPARTMENTS.length))
                        .plain(day.plusDays(90).toString())
                        .plain(states[state])
                        .plain(Stamps.at(day, 15 * 3600))
                        .plain("bench-office")
                        .plain(state >= 1 ? Stamps.at(sent, 10 * 3600) : null)
                        .plain(state >= 1 ? "bench-office" : null)
                        .text(state >= 2 ? "已研究落实，纳入年度工作计划。" : null)
                        .plain(state >= 2 ? answered.toString() : null)
                        .text(state >= 2 ? "部门负责人" : null)
                        .text(state >= 2 ? "复函〔" + item.year() + "〕" + id + "号" : null)
                        .plain(state >= 2 ? Stamps.at(answered, 11 * 3600) : null)
                        .plain(state >= 2 ? "bench-office" : null)
                        .plain(state >= 3 ? Stamps.at(answered.plusDays(10), 9 * 3600) : null)
                        .plain(state >= 3 ? "bench-office" : null)
                        .plain(state == 4 ? answered.plusDays(60).toString() : null)
                        .plain(state == 4 ? "bench-office" : null)
                        .bool(published)
                        .plain(published ? Stamps.at(answered.plusDays(5), 9 * 3600) : null)
                        .plain(published ? "bench-office" : null)
                        .endRow();
            }
        }
        rows.put("cs_outcome", outcomes.send(c, false));
    }

    private static final String[] STEPS = {"COLLECT", "TOPIC", "RESEARCH", "DELIBERATE", "PUBLISH", "FOLLOW_UP", "DONE"
    };
    private static final String[] CONCERNS = {
        "老旧小区地下室管道漏水",
        "小区停车位不足",
        "背街小巷路灯不亮",
        "社区养老服务站缺人手",
        "农村道路破损",
        "冬季供暖不达标",
        "菜市场周边占道经营",
        "学校门口交通拥堵",
        "村里饮用水水压低",
        "楼道堆放杂物"
    };

    /**
     * The grassroots topics of the history (~10,000 a year, the counties' towns busier than the cities'): a topic
     * collected more than four months ago has gone through its six steps (most solved); the later ones stand at
     * every step. Each step has its record; each meeting three members and the four other parties.
     */
    private void grassroots(Connection c, List<Org> orgs, Map<Long, List<long[]>> members) throws SQLException {
        int years = years(options.scale());
        int total = (int) Math.round(GRASSROOTS / (double) YEARS * years);
        LocalDate first = LocalDate.of(firstYear(options.scale()), 1, 1);
        int days = (int) (ProvinceData.AS_OF.toEpochDay() - first.toEpochDay()) + 1;
        double[] weight = new double[orgs.size()];
        double sum = 0;
        for (int i = 0; i < orgs.size(); i++) {
            sum += orgs.get(i).county() ? 1.0 : 0.4;
            weight[i] = sum;
        }
        CopyBatch topics = new CopyBatch(
                "cs_grassroots_topic",
                "id, version, organisation_id, town_id, town_name, group_id, group_name, point_id, point_name, source,"
                        + " concern_id, author_member_id, author_name, title, description, step, collected_on, topic_on,"
                        + " deliberated_on, result, result_reasons, feedback, feedback_on, created_at, created_by");
        CopyBatch steps =
                new CopyBatch("cs_grassroots_step", "id, topic_id, step, done_on, record, recorded_by, recorded_at");
        CopyBatch parties = new CopyBatch("cs_grassroots_party", "id, topic_id, party, member_id, name, position");
        long stepId = 0;
        long partyId = 0;
        for (long id = 1; id <= total; id++) {
            int at = java.util.Arrays.binarySearch(weight, random.nextDouble() * sum);
            Org org = orgs.get(Math.min(orgs.size() - 1, at >= 0 ? at : -at - 1));
            LocalDate collected = first.plusDays(random.nextInt(days));
            long age = ProvinceData.AS_OF.toEpochDay() - collected.toEpochDay();
            int reached = age > 120 ? 6 : (int) Math.min(6, age / 20);
            LocalDate[] on = new LocalDate[7];
            on[0] = collected;
            for (int k = 1; k <= reached; k++) {
                on[k] = on[k - 1].plusDays(2 + random.nextInt(Math.max(1, (int) Math.min(18, age / 7 + 1))));
                if (on[k].isAfter(ProvinceData.AS_OF)) {
                    on[k] = ProvinceData.AS_OF;
                }
            }
            int town = 1 + random.nextInt(8);
            String concern = CONCERNS[random.nextInt(CONCERNS.length)];
            String result = reached >= 4
                    ? (random.nextInt(10) < 7 ? "SOLVED" : random.nextInt(2) == 0 ? "PARTLY" : "NOT_SOLVED")
                    : null;
            topics.number(id)
                    .number(0)
                    .number(org.id())
                    .number(org.id() * 100 + town)
                    .text("第" + town + "镇（街道）")
                    .number(org.id() * 100 + town)
                    .text("第" + town + "委员联络组")
                    .plain(null)
                    .plain(null)
                    .plain(random.nextInt(3) == 0 ? "OFFICE" : "POINT")
                    .plain(null)
                    .plain(null)
                    .plain(null)
                    .text(concern)
                    .text("群众反映：" + concern + "，希望尽快解决。")
                    .plain(STEPS[reached])
                    .plain(collected.toString())
                    .plain(reached >= 1 ? on[1].toString() : null)
                    .plain(reached >= 3 ? on[3].toString() : null)
                    .plain(result)
                    .text(result == null || "SOLVED".equals(result) ? null : "涉及资金和多部门协调，尚在推进")
                    .text(reached == 6 ? "已向反映人反馈协商结果。" : null)
                    .plain(reached == 6 ? on[6].toString() : null)
                    .plain(Stamps.at(collected, 10 * 3600))
                    .plain("bench-office")
                    .endRow();
            for (int k = 1; k <= reached; k++) {
                steps.number(++stepId)
                        .number(id)
                        .plain(STEPS[k])
                        .plain(on[k].toString())
                        .text(STEPS[k] + "：" + concern)
                        .plain("bench-office")
                        .plain(Stamps.at(on[k], 16 * 3600))
                        .endRow();
            }
            if (reached >= 3) {
                List<long[]> pool = members.getOrDefault(org.id(), List.of());
                int position = 0;
                for (int m = 0; m < Math.min(3, pool.size()); m++) {
                    long member = pool.get(random.nextInt(pool.size()))[0];
                    parties.number(++partyId)
                            .number(id)
                            .plain("MEMBER")
                            .number(member)
                            .text("委员" + member)
                            .number(position++)
                            .endRow();
                }
                for (String[] p : new String[][] {
                    {"PARTY_BRANCH", "社区党支部书记"}, {"PROPERTY", "物业公司经理"}, {"POLICE", "社区民警"}, {"RESIDENTS", "居民代表"}
                }) {
                    parties.number(++partyId)
                            .number(id)
                            .plain(p[0])
                            .plain(null)
                            .text(p[1])
                            .number(position++)
                            .endRow();
                }
            }
        }
        rows.put("cs_grassroots_topic", topics.send(c, false));
        rows.put("cs_grassroots_step", steps.send(c, false));
        rows.put("cs_grassroots_party", parties.send(c, false));
        try (Statement s = c.createStatement()) {
            rows.put("cs_grassroots_tally", (long)
                    s.executeUpdate("insert into cs_grassroots_tally (organisation_id, step, topics)"
                            + " select organisation_id, step, count(*) from cs_grassroots_topic group by 1, 2"));
            rows.put("cs_grassroots_month", (long)
                    s.executeUpdate("insert into cs_grassroots_month (organisation_id, month_start, measure, topics)"
                            + " select organisation_id, cast(date_trunc('month', d) as date), m, count(*) from ("
                            + " select organisation_id, collected_on d, 'COLLECTED' m from cs_grassroots_topic"
                            + " where source <> 'CONCERN'"
                            + " union all select organisation_id, topic_on, 'TOPIC' from cs_grassroots_topic"
                            + " where topic_on is not null"
                            + " union all select organisation_id, deliberated_on, 'MEETING' from cs_grassroots_topic"
                            + " where deliberated_on is not null"
                            + " union all select organisation_id, deliberated_on, 'SOLVED' from cs_grassroots_topic"
                            + " where result = 'SOLVED') f group by 1, 2, 3"));
            rows.put("cs_grassroots_year", (long)
                    s.executeUpdate("insert into cs_grassroots_year (organisation_id, year_start, measure, topics)"
                            + " select organisation_id, cast(date_trunc('year', month_start) as date), measure,"
                            + " sum(topics) from cs_grassroots_month group by 1, 2, 3"));
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
