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

/**
 * Adds proposals (提案, issue 18) at scale to a province that {@link ProvinceData} has loaded: at scale 1.0 ten years
 * of every organisation's proposals (~10,000 a year: the province ~1,000, each city ~350, each county ~44), with
 * their co-signers, assignments to lead and co-handling units (departments of the organisation's registry, created
 * here), answers, ratings, re-handlings, merges, conversions, key proposals, leaders' instructions and interviews.
 * The proposal tables and the departments are emptied first; the rest of the database is left as it is.
 *
 * <p>The scale is the share of the history, as in {@link ConsultationData}: 0.1 is this year (~10,000 proposals),
 * 1.0 the last ten years (~100,000); a year is as busy at either scale, so the benchmark's growth from 10 % to 100 %
 * is the growth of the history alone.
 *
 * <p>Each proposal's path is drawn as dates (filed, reviewed, assigned, answered, delivered, rated, closed) and its
 * state is the last step dated on or before {@link ProvinceData#AS_OF}: past years' proposals are closed, this
 * year's stand at every state, and the late answers (~6 %) make this year's overdue list.
 *
 * <p>Two logins for the benchmark, with the demo password: {@code bench-unit} (handling-unit of the province, linked
 * to its busiest department) and {@code bench-proposer} (member, linked to the province's most active proposer).
 *
 * <pre>
 * ProposalData --url=jdbc:postgresql://127.0.0.1:5432/tongxin_bench --user=postgres --password= --scale=1.0 [--seed=n]
 * </pre>
 */
public final class ProposalData {

    static final int YEARS = 10;
    static final String UNIT = "bench-unit";
    static final String PROPOSER = "bench-proposer";
    private static final long UNIT_ACCOUNT = 11;
    private static final long PROPOSER_ACCOUNT = 12;
    private static final long LEADER_ACCOUNT = 2;

    /** The handling units of the province and the cities; a county has the first 20. Busiest first. */
    private static final String[] DEPARTMENTS = {
        "发展和改革委员会", "住房和城乡建设局", "教育局", "卫生健康委员会", "农业农村局", "人力资源和社会保障局", "生态环境局", "交通运输局", "民政局", "财政局",
        "工业和信息化局", "文化和旅游局", "市场监督管理局", "自然资源局", "公安局", "商务局", "水利局", "应急管理局", "医疗保障局", "科学技术局",
        "司法局", "退役军人事务局", "林业和草原局", "能源局", "审批服务管理局", "体育局", "统计局", "地方金融管理局", "信访局", "总工会"
    };
    /** Subjects of titles: the hint's matches come from the same subjects across the years. */
    static final String[] SUBJECTS = {
        "老旧小区加装电梯", "老旧小区改造提质", "农村饮水安全", "义务教育均衡发展", "县域医共体建设", "基层医疗卫生服务", "养老服务体系建设", "社区居家养老",
        "黄河流域生态保护", "汾河流域治理", "煤矿安全生产", "资源型经济转型", "新能源产业发展", "氢能产业布局", "数字政府建设", "政务服务一网通办",
        "优化营商环境", "民营企业融资难", "中小企业减负", "乡村全面振兴", "高标准农田建设", "特色农产品品牌", "文旅康养产业", "古城文化保护",
        "非物质文化遗产传承", "大学生就业创业", "职业教育产教融合", "城市停车难", "公共交通优化", "冬季清洁取暖", "垃圾分类处理", "城市内涝治理",
        "食品安全监管", "药品集中采购", "婴幼儿照护服务", "学生课后服务", "全民健身设施", "城市书房建设", "农村物流配送", "电商直播带货"
    };

    private static final String[] ACTIONS = {"加快推进", "进一步加强", "完善", "推动", "加大", "关于促进", "统筹推进", "有效解决"};
    private static final String[] BODIES = {"民革委员会", "民盟委员会", "民建委员会", "经济委员会", "社会和法制委员会", "农业和农村委员会"};
    private static final String[] ANSWERS = {
        "ADOPTED", "ADOPTED", "ADOPTED", "IN_PROGRESS", "IN_PROGRESS", "PLANNED", "REFERENCE"
    };

    /** One organisation of the province: its proposals a year, its departments and members. */
    record Org(long id, String level, String code) {
        int perYear() {
            return switch (level) {
                case "PROVINCE" -> 1_000;
                case "CITY" -> 350;
                default -> 44;
            };
        }

        String prefix() {
            return switch (level) {
                case "PROVINCE" -> "省";
                case "CITY" -> "市";
                default -> "县";
            };
        }

        int departments() {
            return "COUNTY".equals(level) ? 20 : DEPARTMENTS.length;
        }
    }

    private final ProvinceData.Options options;
    private final Random random;
    private final Map<String, Long> rows = new LinkedHashMap<>();

    private ProposalData(ProvinceData.Options options) {
        this.options = options;
        this.random = new Random(options.seed() + 18);
    }

    public static void main(String[] args) throws SQLException {
        new ProposalData(ProvinceData.Options.parse(args)).run();
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
        System.out.printf(
                Locale.ROOT,
                "Adding proposals at scale %s (%d years, %d to %d) to %s%n",
                options.scale(),
                years(options.scale()),
                firstYear(options.scale()),
                ProvinceData.AS_OF.getYear(),
                options.url());
        Properties p = new Properties();
        p.setProperty("user", options.user());
        p.setProperty("password", options.password());
        p.setProperty("ApplicationName", "tongxin-bench-proposals");
        try (Connection c = DriverManager.getConnection(options.url(), p)) {
            try (Statement s = c.createStatement()) {
                s.execute("set synchronous_commit = off");
                s.execute("update pf_account set department_id = null where department_id is not null");
                s.execute("update cm_member set account_id = null where account_id in (" + UNIT_ACCOUNT + ", "
                        + PROPOSER_ACCOUNT + ")");
                s.execute("delete from pf_account_role where account_id in (" + UNIT_ACCOUNT + ", " + PROPOSER_ACCOUNT
                        + ")");
                s.execute("delete from pf_account where id in (" + UNIT_ACCOUNT + ", " + PROPOSER_ACCOUNT + ")");
                s.execute("truncate pp_reminder, pp_answer_document, pp_interview, pp_instruction, pp_unit_opinion,"
                        + " pp_merged_proposer, pp_co_unit, pp_co_signer, pp_proposal cascade");
                // departments are deleted, not truncated: a truncate cascading from pf_department would empty
                // pf_account
                s.execute("delete from pf_department");
            }
            List<Org> orgs = orgs(c);
            Map<Long, long[]> members = members(c);
            c.setAutoCommit(false);
            Map<Long, Long> firstDepartment = departments(c, orgs);
            long[] busiest = proposals(c, orgs, members, firstDepartment);
            accounts(c, orgs.get(0), busiest);
            c.commit();
            c.setAutoCommit(true);
            try (Statement s = c.createStatement()) {
                for (String table : List.of("pp_proposal", "pf_department", "pf_account")) {
                    s.execute("select setval('" + table + "_seq', (select coalesce(max(id), 0) from " + table
                            + ") + 100)");
                }
                s.execute(
                        "vacuum (analyze) pp_proposal, pp_co_signer, pp_co_unit, pp_merged_proposer, pp_unit_opinion,"
                                + " pp_instruction, pp_interview, pp_reminder, pf_department, pf_account, pf_account_role, cm_member");
            }
        }
        System.out.println("Rows:");
        rows.forEach((table, n) -> System.out.printf(Locale.ROOT, "  %-36s %,12d%n", table, n));
        System.out.printf(Locale.ROOT, "Done in %.1f s%n", (System.nanoTime() - start) / 1e9);
    }

    private static List<Org> orgs(Connection c) throws SQLException {
        List<Org> orgs = new ArrayList<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select id, org_level, code from pf_organisation order by id")) {
            while (rs.next()) {
                orgs.add(new Org(rs.getLong(1), rs.getString(2), rs.getString(3)));
            }
        }
        return orgs;
    }

    /** The active members of each organisation, in roster order (the chair and vice-chairs first). */
    private static Map<Long, long[]> members(Connection c) throws SQLException {
        Map<Long, List<Long>> lists = new HashMap<>();
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(
                        "select id, organisation_id from cm_member where status = 'ACTIVE' order by roster_key")) {
            while (rs.next()) {
                lists.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
            }
        }
        Map<Long, long[]> members = new HashMap<>();
        lists.forEach((org, ids) ->
                members.put(org, ids.stream().mapToLong(Long::longValue).toArray()));
        return members;
    }

    /** The handling units of every organisation (30 for the province and cities, 20 for a county). */
    private Map<Long, Long> departments(Connection c, List<Org> orgs) throws SQLException {
        CopyBatch departments = new CopyBatch(
                "pf_department", "id, version, organisation_id, name, created_at, created_by, retired_at");
        Map<Long, Long> first = new HashMap<>();
        long id = 0;
        String created = Stamps.at(ProvinceData.AS_OF.minusYears(YEARS + 1), 9 * 3600);
        for (Org org : orgs) {
            first.put(org.id(), id + 1);
            for (int i = 0; i < org.departments(); i++) {
                departments
                        .number(++id)
                        .number(0)
                        .number(org.id())
                        .text(org.prefix() + DEPARTMENTS[i])
                        .plain(created)
                        .plain("bench-office")
                        .plain(null)
                        .endRow();
            }
        }
        rows.put("pf_department", departments.send(c, false));
        return first;
    }

    /** A department drawn with the busiest first (weights 1/(k+2)): the development commission leads the most. */
    private int unit(int count) {
        double sum = 0;
        for (int k = 0; k < count; k++) {
            sum += 1.0 / (k + 2);
        }
        double at = random.nextDouble() * sum;
        for (int k = 0; k < count; k++) {
            at -= 1.0 / (k + 2);
            if (at <= 0) {
                return k;
            }
        }
        return count - 1;
    }

    /** A member of the organisation, those early in the roster more often (half-normal by the place in it). */
    private long proposer(long[] pool) {
        // the first member of the roster files one in seventy (the province's: bench-proposer, ~14 a year)
        if (random.nextInt(70) == 0) {
            return pool[0];
        }
        double u = Math.abs(random.nextGaussian());
        int i = (int) Math.min(pool.length - 1, Math.floor(u * pool.length / 2.5));
        return pool[i];
    }

    /**
     * Every organisation's proposals of every year of the history, and their co-signers, co-units, merged
     * proposers, opinions, instructions, interviews and reminders. Answers the province's busiest department and
     * its first member (for the benchmark's logins).
     */
    private long[] proposals(Connection c, List<Org> orgs, Map<Long, long[]> members, Map<Long, Long> firstDepartment)
            throws SQLException {
        CopyBatch proposals = new CopyBatch(
                "pp_proposal",
                "id, version, organisation_id, filing_year, title, reason, analysis, suggestions, kind, collective_body,"
                        + " filing_session, proposer_id, state, created_at, created_by, submitted_at, reviewed_on,"
                        + " reviewed_by, refusal_reason, lead_department_id, assigned_on, assigned_by, due_on,"
                        + " send_back_until, send_back_reason, sent_back_department_id, answer_category, answer_text,"
                        + " answered_on, answered_by, answer_return_reason, delivered_on, rating, first_rating,"
                        + " rating_comment, rated_on, rehandled, done_on, done_by, merged_into_id, conversion,"
                        + " conversion_reason, converted_report_id, key_proposal, key_decided_on, key_decision,"
                        + " supervisor_account_id, supervisor_name");
        CopyBatch coSigners = new CopyBatch("pp_co_signer", "proposal_id, signer_order, member_id, confirmed_at");
        CopyBatch coUnits = new CopyBatch("pp_co_unit", "proposal_id, department_id");
        CopyBatch merged =
                new CopyBatch("pp_merged_proposer", "proposal_id, proposer_order, member_id, from_proposal_id");
        CopyBatch opinions = new CopyBatch(
                "pp_unit_opinion", "proposal_id, opinion_order, department_id, opinion, given_on, given_by");
        CopyBatch instructions = new CopyBatch(
                "pp_instruction",
                "proposal_id, instruction_order, leader_account_id, leader_name, given_on, instruction");
        CopyBatch interviews =
                new CopyBatch("pp_interview", "proposal_id, interview_order, held_on, people, said, recorded_by");
        CopyBatch reminders = new CopyBatch("pp_reminder", "proposal_id, kind, due_on, sent_at");
        LocalDate today = ProvinceData.AS_OF;
        long id = 0;
        Map<String, Integer> states = new java.util.TreeMap<>();
        for (int year = firstYear(options.scale()); year <= today.getYear(); year++) {
            for (Org org : orgs) {
                long[] pool = members.get(org.id());
                if (pool == null || pool.length < 8) {
                    continue;
                }
                long dept0 = firstDepartment.get(org.id());
                int n = (int) Math.round(org.perYear() * (0.9 + 0.2 * random.nextDouble()));
                // the proposals of this organisation and year that a later one may be merged into
                List<long[]> mains = new ArrayList<>();
                Map<Long, Integer> mergedOrder = new HashMap<>();
                for (int k = 0; k < n; k++) {
                    boolean plenary = random.nextInt(10) < 7;
                    LocalDate filed = plenary
                            ? LocalDate.of(year, 1, 5).plusDays(random.nextInt(40))
                            : LocalDate.of(year, 3, 1).plusDays(random.nextInt(290));
                    if (filed.isAfter(today)) {
                        continue;
                    }
                    long proposalId = ++id;
                    long proposer = proposer(pool);
                    String subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
                    String title = "关于" + ACTIONS[random.nextInt(ACTIONS.length)] + subject + "的建议";
                    int kindDraw = random.nextInt(100);
                    String kind = kindDraw < 55 ? "INDIVIDUAL" : kindDraw < 85 ? "JOINT" : "COLLECTIVE";
                    // the path, as dates; the state is the last step dated on or before today
                    int fate = random.nextInt(100);
                    LocalDate submitted = filed.plusDays(random.nextInt(3));
                    boolean draft = year == today.getYear() && random.nextInt(100) < 2;
                    LocalDate reviewed = submitted.plusDays(5 + random.nextInt(20));
                    LocalDate assigned = reviewed.plusDays(5 + random.nextInt(25));
                    LocalDate due = assigned.plusMonths(3);
                    boolean late = random.nextInt(100) < 6;
                    LocalDate answered =
                            late ? due.plusDays(10 + random.nextInt(150)) : assigned.plusDays(30 + random.nextInt(55));
                    LocalDate delivered = answered.plusDays(5 + random.nextInt(10));
                    LocalDate rated = delivered.plusDays(10 + random.nextInt(30));
                    boolean notSatisfied = random.nextInt(100) < 5;
                    LocalDate reanswered = rated.plusDays(20 + random.nextInt(40));
                    LocalDate redelivered = reanswered.plusDays(7);
                    LocalDate rerated = redelivered.plusDays(15);
                    LocalDate done = (notSatisfied ? rerated : rated).plusDays(10 + random.nextInt(40));
                    boolean sentBack = random.nextInt(100) < 3;
                    String state;
                    if (draft) {
                        state = "DRAFT";
                    } else if (reviewed.isAfter(today)) {
                        state = "SUBMITTED";
                    } else if (fate < 10) {
                        state = "NOT_ACCEPTED";
                    } else if (fate < 16 && !mains.isEmpty()) {
                        state = "MERGED";
                    } else if (fate < 18) {
                        state = "CONVERTED";
                    } else if (assigned.isAfter(today)) {
                        state = "ACCEPTED";
                    } else if (answered.isAfter(today)) {
                        state = "ASSIGNED";
                    } else if (delivered.isAfter(today)) {
                        state = "ANSWERED";
                    } else if (rated.isAfter(today)) {
                        state = "DELIVERED";
                    } else if (notSatisfied && reanswered.isAfter(today)) {
                        state = "REHANDLING";
                    } else if (notSatisfied && redelivered.isAfter(today)) {
                        state = "ANSWERED";
                    } else if (notSatisfied && rerated.isAfter(today)) {
                        state = "DELIVERED";
                    } else if (done.isAfter(today)) {
                        state = "RATED";
                    } else {
                        state = "DONE";
                    }
                    states.merge(state, 1, Integer::sum);
                    boolean isSubmitted = !"DRAFT".equals(state);
                    boolean isReviewed = isSubmitted && !"SUBMITTED".equals(state);
                    boolean isAccepted = isReviewed
                            && !List.of("NOT_ACCEPTED", "MERGED", "CONVERTED").contains(state);
                    boolean isAssigned = isAccepted && !"ACCEPTED".equals(state);
                    boolean secondRound = notSatisfied && !rated.isAfter(today);
                    boolean isAnswered = isAssigned && !"ASSIGNED".equals(state);
                    boolean isDelivered = isAnswered && !"ANSWERED".equals(state) && !"REHANDLING".equals(state)
                            || secondRound && isAnswered;
                    LocalDate deliveredDay = secondRound && !redelivered.isAfter(today) ? redelivered : delivered;
                    boolean isRated = List.of("RATED", "DONE").contains(state);
                    int lead = unit(org.departments());
                    long leadId = dept0 + lead;
                    LocalDate answerDay = secondRound && !reanswered.isAfter(today) ? reanswered : answered;
                    boolean key = isAssigned && !"COUNTY".equals(org.level()) && random.nextInt(100) < 2;
                    LocalDate keyOn = assigned.plusDays(3);
                    if (key && keyOn.isAfter(today)) {
                        key = false;
                    }
                    boolean sx = "PROVINCE".equals(org.level());
                    proposals
                            .number(proposalId)
                            .number(isAssigned ? 6 : 2)
                            .number(org.id())
                            .number(year)
                            .text(title)
                            .text("近年来" + subject + "工作取得一定成效，但仍存在短板，群众反映较多。")
                            .text("主要问题：统筹不够、投入不足、机制不健全。")
                            .text("建议：一是加强统筹协调；二是加大资金投入；三是完善长效机制。")
                            .plain(kind)
                            .text("COLLECTIVE".equals(kind) ? BODIES[random.nextInt(BODIES.length)] : null)
                            .plain(plenary ? "PLENARY" : "INTERIM")
                            .number(proposer)
                            .plain(state)
                            .plain(Stamps.at(filed, 9 * 3600 + random.nextInt(9 * 3600)))
                            .plain("bench-member")
                            .plain(isSubmitted ? Stamps.at(submitted, 17 * 3600) : null)
                            .plain(isReviewed ? reviewed.toString() : null)
                            .plain(isReviewed ? "bench-office" : null)
                            .text("NOT_ACCEPTED".equals(state) ? "不符合提案立案标准，转有关部门参考。" : null)
                            .plain(isAssigned ? String.valueOf(leadId) : null)
                            .plain(isAssigned ? assigned.toString() : null)
                            .plain(isAssigned ? "bench-office" : null)
                            .plain(isAssigned ? due.toString() : null)
                            .plain(isAssigned ? assigned.plusDays(14).toString() : null)
                            .text(isAssigned && sentBack ? "不属于本单位职责范围。" : null)
                            .plain(
                                    isAssigned && sentBack
                                            ? String.valueOf(dept0 + (lead + 1) % org.departments())
                                            : null)
                            .plain(isAnswered ? ANSWERS[random.nextInt(ANSWERS.length)] : null)
                            .text(isAnswered ? "经研究，已将所提建议纳入年度重点工作，逐条推进落实。" : null)
                            .plain(isAnswered ? answerDay.toString() : null)
                            .plain(isAnswered ? UNIT : null)
                            .plain(null)
                            .plain(isDelivered ? deliveredDay.toString() : null)
                            .plain(isRated ? rating() : null)
                            .plain(secondRound ? "NOT_SATISFIED" : null)
                            .text(isRated && random.nextInt(5) == 0 ? "办理认真，沟通充分。" : null)
                            .plain(isRated ? (secondRound ? rerated : rated).toString() : null)
                            .bool(secondRound)
                            .plain("DONE".equals(state) ? done.toString() : null)
                            .plain("DONE".equals(state) ? "bench-office" : null);
                    if ("MERGED".equals(state)) {
                        long[] main = mains.get(random.nextInt(mains.size()));
                        proposals.number(main[0]);
                        if (main[1] != proposer) {
                            int order = mergedOrder.merge(main[0], 1, Integer::sum) - 1;
                            merged.number(main[0])
                                    .number(order)
                                    .number(proposer)
                                    .number(proposalId)
                                    .endRow();
                        }
                    } else {
                        proposals.plain(null);
                    }
                    boolean converted = "CONVERTED".equals(state);
                    proposals
                            .plain(converted ? "LETTER" : null)
                            .text(converted ? "属于个人诉求，转来信办理。" : null)
                            .plain(null)
                            .bool(key)
                            .plain(key ? keyOn.toString() : null)
                            .text(key ? "主席会议确定为年度重点提案" : null)
                            .plain(key && sx ? String.valueOf(LEADER_ACCOUNT) : null)
                            .text(key ? (sx ? "省政协领导（基准）" : org.prefix() + "政协主席") : null)
                            .endRow();
                    if (isAccepted && !"MERGED".equals(state)) {
                        mains.add(new long[] {proposalId, proposer});
                    }
                    if ("JOINT".equals(kind)) {
                        int signers = 1 + random.nextInt(5);
                        long prev = -1;
                        for (int s = 0, order = 0; s < signers; s++) {
                            long m = pool[random.nextInt(pool.length)];
                            if (m == proposer || m == prev) {
                                continue;
                            }
                            prev = m;
                            coSigners
                                    .number(proposalId)
                                    .number(order++)
                                    .number(m)
                                    .plain(isSubmitted || random.nextBoolean() ? Stamps.at(filed, 12 * 3600) : null)
                                    .endRow();
                        }
                    }
                    if (isAssigned && random.nextInt(100) < 30) {
                        int count = 1 + random.nextInt(2);
                        for (int u = 1; u <= count; u++) {
                            long co = dept0 + (lead + u * 3) % org.departments();
                            coUnits.number(proposalId).number(co).endRow();
                            if (!assigned.plusDays(20).isAfter(today)) {
                                opinions.number(proposalId)
                                        .number(u - 1)
                                        .number(co)
                                        .text("同意主办单位意见，本单位将配合做好相关工作。")
                                        .plain(assigned.plusDays(20).toString())
                                        .plain(UNIT)
                                        .endRow();
                            }
                        }
                    }
                    int instructionOrder = 0;
                    if (key || isAssigned && random.nextInt(100) < 1) {
                        LocalDate on = assigned.plusDays(10);
                        if (!on.isAfter(today)) {
                            instructions
                                    .number(proposalId)
                                    .number(instructionOrder++)
                                    .number(LEADER_ACCOUNT)
                                    .text(sx ? "省政协领导（基准）" : org.prefix() + "政协主席")
                                    .plain(on.toString())
                                    .text("请承办单位认真研究，切实抓好落实。")
                                    .endRow();
                        }
                    }
                    if ("DONE".equals(state) && random.nextInt(200) == 0) {
                        interviews
                                .number(proposalId)
                                .number(0)
                                .plain(done.toString())
                                .text("提案人及承办单位负责人")
                                .text("提案人对办理过程表示满意。")
                                .plain("bench-office")
                                .endRow();
                    }
                    if (List.of("ASSIGNED", "REHANDLING").contains(state)
                            && !due.minusDays(7).isAfter(today)) {
                        reminders
                                .number(proposalId)
                                .plain("DUE_SOON")
                                .plain(due.toString())
                                .plain(Stamps.at(due.minusDays(7), 7 * 60))
                                .endRow();
                        if (due.isBefore(today)) {
                            reminders
                                    .number(proposalId)
                                    .plain("OVERDUE")
                                    .plain(due.toString())
                                    .plain(Stamps.at(due.plusDays(1), 7 * 60))
                                    .endRow();
                        }
                    }
                }
            }
        }
        rows.put("pp_proposal", proposals.send(c, false));
        rows.put("pp_co_signer", coSigners.send(c, false));
        rows.put("pp_co_unit", coUnits.send(c, false));
        rows.put("pp_merged_proposer", merged.send(c, false));
        rows.put("pp_unit_opinion", opinions.send(c, false));
        rows.put("pp_instruction", instructions.send(c, false));
        rows.put("pp_interview", interviews.send(c, false));
        rows.put("pp_reminder", reminders.send(c, false));
        System.out.println("States: " + states);
        long province = orgs.get(0).id();
        return new long[] {firstDepartment.get(province), members.get(province)[0]};
    }

    private String rating() {
        int r = random.nextInt(100);
        return r < 75 ? "SATISFIED" : r < 95 ? "BASICALLY_SATISFIED" : "NOT_SATISFIED";
    }

    /**
     * {@code bench-unit}: handling-unit of the province acting for its busiest department; {@code bench-proposer}:
     * a member of the province, linked to its most active proposer. Both with bench-office's password hash.
     */
    private void accounts(Connection c, Org province, long[] busiest) throws SQLException {
        String columns = "version, username, display_name, organisation_id, password_hash, password_changed_at,"
                + " must_change_password, enabled, failed_logins, created_at";
        try (PreparedStatement ps = c.prepareStatement("insert into pf_account (id, " + columns + ", department_id)"
                + " select ?, version, ?, ?, ?, password_hash, password_changed_at, must_change_password, enabled,"
                + " failed_logins, created_at, ? from pf_account where username = ?")) {
            Object[][] accounts = {
                {UNIT_ACCOUNT, UNIT, "省发展和改革委员会（基准）", busiest[0]},
                {PROPOSER_ACCOUNT, PROPOSER, "省政协委员（基准）", null}
            };
            for (Object[] a : accounts) {
                ps.setLong(1, (Long) a[0]);
                ps.setString(2, (String) a[1]);
                ps.setString(3, (String) a[2]);
                ps.setLong(4, province.id());
                if (a[3] == null) {
                    ps.setNull(5, java.sql.Types.BIGINT);
                } else {
                    ps.setLong(5, (Long) a[3]);
                }
                ps.setString(6, ProvinceRoster.OFFICE);
                if (ps.executeUpdate() != 1) {
                    throw new IllegalStateException("no " + ProvinceRoster.OFFICE + " account to copy");
                }
            }
        }
        try (Statement s = c.createStatement()) {
            s.execute("insert into pf_account_role (account_id, role) values (" + UNIT_ACCOUNT + ", 'handling-unit'), ("
                    + PROPOSER_ACCOUNT + ", 'member')");
            s.execute("update cm_member set account_id = " + PROPOSER_ACCOUNT + " where id = " + busiest[1]);
        }
        rows.put("pf_account (bench-unit, bench-proposer)", 2L);
    }
}
