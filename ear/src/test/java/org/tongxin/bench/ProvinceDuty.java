package org.tongxin.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.tongxin.bench.ProvinceRoster.Org;
import org.tongxin.bench.ProvinceRoster.Person;
import org.tongxin.committee.application.Position;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.duty.domain.RuleTerms;

/**
 * The duty ledger of 2025 and 2026 (to {@link ProvinceData#AS_OF}) and each organisation's default rule
 * set of both years. Every organisation's year gets its share of the entries (by members and days),
 * spent in the shape of the demo ledger: the plenary session, standing-committee meetings, monthly
 * consultations and special-committee activities, each one source that all its attendees share;
 * then individual acts (research, visits, public welfare, study, people's concerns, information reports
 * with their adoptions and instructions, proposals) by members drawn by their activity, some reports
 * and proposals joint work of a first author and one to three co-authors. About 1 % are voided by the
 * office. Points come from {@link RuleTerms#award}. Entries are numbered in the order they were recorded,
 * as the application would have numbered them.
 */
final class ProvinceDuty {

    static final int[] YEARS = {2025, 2026};
    private static final LocalDate DAY0 = LocalDate.of(2025, 1, 1);
    private static final int DAY = 86_400;
    /** Share of joint-capable acts that are joint work (gives about 15 % joint entries over all). */
    private static final double JOINT = 0.26;

    private static final int VOIDED_PER_MILLE = 10;
    private static final String MODULE = "committee";
    private static final String SYSTEM = "system";

    /** Individual acts: category and relative frequency. */
    private static final DutyCategory[] ACTS = {
        DutyCategory.RESEARCH,
        DutyCategory.ENTERPRISE_VISIT,
        DutyCategory.PUBLIC_WELFARE,
        DutyCategory.STUDY,
        DutyCategory.CONCERN,
        DutyCategory.INFO_SUBMITTED,
        DutyCategory.INFO_ADOPTED_COUNTY,
        DutyCategory.INFO_ADOPTED_CITY,
        DutyCategory.INFO_ADOPTED_PROVINCE,
        DutyCategory.INFO_ADOPTED_NATIONAL,
        DutyCategory.INSTRUCTION_COUNTY,
        DutyCategory.INSTRUCTION_CITY,
        DutyCategory.INSTRUCTION_PROVINCE,
        DutyCategory.INSTRUCTION_NATIONAL,
        DutyCategory.PROPOSAL
    };

    private static final double[] ACT_WEIGHTS = {16, 10, 10, 22, 12, 14, 3, 2, 0.8, 0.15, 1, 0.5, 0.2, 0.05, 6};

    private static final String[] RESEARCH = {
        "乡村振兴", "文旅融合", "营商环境", "养老服务", "生态保护", "黄河流域治理", "煤炭转型发展", "基层医疗", "义务教育均衡", "农村饮水安全"
    };
    private static final String[] ENTERPRISES = {"煤业集团", "文旅公司", "装备制造厂", "电力公司", "新材料公司", "农业合作社", "物流园区", "陈醋酿造厂"};
    private static final String[] WELFARE = {"义诊", "助学", "植树", "送法进社区", "慰问困难群众", "科普进校园"};
    private static final String[] STUDY = {"读书分享会", "周末沙龙", "政协讲堂", "专题学习", "委员书院研讨"};
    private static final String[] CONCERNS = {"老旧小区改造", "冬季供暖", "停车难", "看病就医", "社区养老", "农村道路", "学前教育"};
    private static final String[] VOID_REASONS = {"录入有误，重复登记", "经核实未参加该活动", "活动已取消", "误记到其他委员名下", "日期登记错误"};
    private static final String[] PLENARY = {"政协第十五届委员会第四次会议", "政协第十五届委员会第五次会议"};

    private final ProvinceRoster roster;
    private final Random random;
    private final RuleTerms terms = RuleTerms.defaults();
    private final int lastDay = (int) ChronoUnit.DAYS.between(DAY0, ProvinceData.AS_OF);
    /** No act is recorded or voided after 20:00 of the last day. */
    private final int lastSecond = lastDay * DAY + 20 * 3600;

    // the entries, one array per column, in the order they were drawn
    private int size;
    private final int[] member;
    private final byte[] category;
    private final int[] act;
    private final byte[] role;
    private final byte[] coAuthors;
    private final short[] occurred;
    private final int[] recorded;
    private final int[] voidedAt;
    private final byte[] topic;
    private int acts;

    ProvinceDuty(ProvinceRoster roster, int total, Random random) {
        this.roster = roster;
        this.random = random;
        member = new int[total];
        category = new byte[total];
        act = new int[total];
        role = new byte[total];
        coAuthors = new byte[total];
        occurred = new short[total];
        recorded = new int[total];
        voidedAt = new int[total];
        topic = new byte[total];
    }

    static long ruleSetId(Org o, int year) {
        return o.index * 2L + (year - YEARS[0]) + 1;
    }

    /** Draws the entries: each organisation's year its share by members and days. */
    ProvinceDuty generate() {
        List<Org> orgs = roster.orgs;
        double[] weights = new double[orgs.size() * YEARS.length];
        int[] days = new int[YEARS.length];
        for (int y = 0; y < YEARS.length; y++) {
            days[y] =
                    Math.min(lastDay, dayOf(LocalDate.of(YEARS[y], 12, 31))) - dayOf(LocalDate.of(YEARS[y], 1, 1)) + 1;
        }
        for (Org o : orgs) {
            for (int y = 0; y < YEARS.length; y++) {
                weights[o.index * YEARS.length + y] = (double) o.size * days[y];
            }
        }
        int[] budgets = Apportion.largestRemainder(member.length, weights);
        for (Org o : orgs) {
            for (int y = 0; y < YEARS.length; y++) {
                orgYear(o, YEARS[y], budgets[o.index * YEARS.length + y]);
            }
        }
        if (size != member.length) {
            throw new IllegalStateException("drew " + size + " entries instead of " + member.length);
        }
        return this;
    }

    private void orgYear(Org o, int year, int budget) {
        int first = dayOf(LocalDate.of(year, 1, 1));
        int last = Math.min(lastDay, dayOf(LocalDate.of(year, 12, 31)));
        int end = size + budget;
        // who served in the year, and until which day
        Person[] serving = new Person[o.members.size()];
        int[] until = new int[serving.length];
        int n = 0;
        for (Person p : o.members) {
            LocalDate lastServed = p.lastDay();
            int u = lastServed == null ? last : Math.min(last, dayOf(lastServed));
            if (u >= first) {
                serving[n] = p;
                until[n++] = u;
            }
        }
        // the plenary session in January: present, absent without leave, or excused
        int plenary = first + 7 + o.index % 12;
        meeting(
                end,
                serving,
                until,
                n,
                plenary,
                (p, r) -> r < 93 ? DutyCategory.PLENARY : r < 96 ? DutyCategory.ABSENCE : null,
                year - YEARS[0]);
        // standing-committee meetings every other month, for the chair, vice-chairs and standing members
        for (int k = 1; k <= 6; k++) {
            int day = dayOf(LocalDate.of(year, 2 * k, 20));
            if (day <= last) {
                meeting(
                        end,
                        serving,
                        until,
                        n,
                        day,
                        (p, r) -> p.position == Position.MEMBER
                                ? null
                                : r < 85 ? DutyCategory.STANDING_MEETING : r < 87 ? DutyCategory.ABSENCE : null,
                        10 + k);
            }
        }
        // the monthly consultation, attended by the more active members more often
        for (int month = 1; month <= 12; month++) {
            int day = dayOf(LocalDate.of(year, month, 25));
            if (day <= last) {
                meeting(
                        end,
                        serving,
                        until,
                        n,
                        day,
                        (p, r) -> r < Math.min(90, 30 * p.activity) ? DutyCategory.MEETING : null,
                        20 + month);
            }
        }
        // eight activities of each special committee, for its own members
        for (int c = 0; c < o.committeeIds.length; c++) {
            int committee = c;
            for (int k = 0; k < 8; k++) {
                int day = first + random.nextInt(last - first + 1);
                meeting(
                        end,
                        serving,
                        until,
                        n,
                        day,
                        (p, r) -> p.committee == committee && r < Math.min(90, 45 * p.activity)
                                ? DutyCategory.MEETING
                                : null,
                        40 + c);
            }
        }
        individualActs(end, serving, until, n, first);
    }

    /** Decides a member's entry for one meeting from a roll of 0–99; null: none. */
    @FunctionalInterface
    private interface Attendance {
        DutyCategory of(Person p, int roll);
    }

    private void meeting(int end, Person[] serving, int[] until, int n, int day, Attendance attendance, int topicNo) {
        int source = ++acts;
        int at = recordedAt(day, 2);
        for (int i = 0; i < n && size < end; i++) {
            if (until[i] < day) {
                continue;
            }
            DutyCategory c = attendance.of(serving[i], random.nextInt(100));
            if (c != null) {
                add(serving[i], c, source, DutyRole.SOLE, 0, day, at, topicNo);
            }
        }
    }

    private void individualActs(int end, Person[] serving, int[] until, int n, int first) {
        if (n == 0) {
            return;
        }
        double[] cumulative = new double[n];
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += serving[i].activity;
            cumulative[i] = sum;
        }
        double[] kinds = new double[ACTS.length];
        double kindSum = 0;
        for (int i = 0; i < ACTS.length; i++) {
            kindSum += ACT_WEIGHTS[i];
            kinds[i] = kindSum;
        }
        int[] co = new int[3];
        while (size < end) {
            int who = pick(cumulative, random.nextDouble() * sum);
            DutyCategory c = ACTS[pick(kinds, random.nextDouble() * kindSum)];
            int day = first + random.nextInt(until[who] - first + 1);
            int source = ++acts;
            int topicNo = random.nextInt(16);
            int at = recordedAt(day, c.manual() ? 3 : 1);
            int k = 0;
            if (jointCapable(c) && random.nextDouble() < JOINT) {
                int wanted = Math.min(1 + random.nextInt(3), end - size - 1);
                for (int tries = 0; k < wanted && tries < 20; tries++) {
                    int other = pick(cumulative, random.nextDouble() * sum);
                    if (other != who && until[other] >= day && (k < 1 || co[0] != other) && (k < 2 || co[1] != other)) {
                        co[k++] = other;
                    }
                }
            }
            add(serving[who], c, source, k == 0 ? DutyRole.SOLE : DutyRole.FIRST_AUTHOR, k, day, at, topicNo);
            for (int j = 0; j < k; j++) {
                add(serving[co[j]], c, source, DutyRole.CO_AUTHOR, k, day, at, topicNo);
            }
        }
    }

    private static boolean jointCapable(DutyCategory c) {
        return c == DutyCategory.PROPOSAL
                || c.name().startsWith("INFO_")
                || c.name().startsWith("INSTRUCTION_");
    }

    private static int pick(double[] cumulative, double x) {
        int i = Arrays.binarySearch(cumulative, x);
        return Math.min(i >= 0 ? i : -i - 1, cumulative.length - 1);
    }

    /** A time on one of the days after the act (office hours), never after the last day. */
    private int recordedAt(int day, int maxDelay) {
        int at = (day + random.nextInt(maxDelay + 1)) * DAY + 8 * 3600 + 1800 + random.nextInt(9 * 3600);
        return Math.min(at, lastSecond);
    }

    private void add(Person p, DutyCategory c, int source, DutyRole r, int co, int day, int at, int topicNo) {
        int i = size++;
        member[i] = (int) p.id;
        category[i] = (byte) c.ordinal();
        act[i] = source;
        role[i] = (byte) r.ordinal();
        coAuthors[i] = (byte) co;
        occurred[i] = (short) day;
        recorded[i] = at;
        topic[i] = (byte) topicNo;
        if (random.nextInt(1000) < VOIDED_PER_MILLE) {
            voidedAt[i] = Math.min(lastSecond, at + 3600 + random.nextInt(30 * DAY));
        }
    }

    private static int dayOf(LocalDate date) {
        return (int) ChronoUnit.DAYS.between(DAY0, date);
    }

    /** The default rule set of each organisation and year, revision 1, and its rules. */
    Map<String, Long> writeRuleSets(Connection c) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        try (CopyRows copy = new CopyRows(
                c,
                "cm_rule_set",
                "id, version, organisation_id, year_no, revision,"
                        + " first_author_percent, excellent_from, good_from, competent_from, updated_at, updated_by")) {
            for (Org o : roster.orgs) {
                for (int year : YEARS) {
                    copy.number(ruleSetId(o, year))
                            .number(0)
                            .number(o.id)
                            .number(year)
                            .number(1)
                            .number(terms.firstAuthorPercent())
                            .plain(terms.excellentFrom().toPlainString())
                            .plain(terms.goodFrom().toPlainString())
                            .plain(terms.competentFrom().toPlainString())
                            .plain(Stamps.at(LocalDate.of(year, 1, 2), 9 * 3600))
                            .plain(SYSTEM)
                            .endRow();
                }
            }
            rows.put("cm_rule_set", copy.finish());
        }
        try (CopyRows copy = new CopyRows(c, "cm_rule", "rule_set_id, category, points, annual_cap")) {
            for (Org o : roster.orgs) {
                for (int year : YEARS) {
                    for (Map.Entry<DutyCategory, RuleTerms.Line> e :
                            terms.lines().entrySet()) {
                        RuleTerms.Line line = e.getValue();
                        copy.number(ruleSetId(o, year))
                                .plain(e.getKey().name())
                                .plain(line.points().toPlainString())
                                .plain(
                                        line.annualCap() == null
                                                ? null
                                                : line.annualCap().toPlainString())
                                .endRow();
                    }
                }
            }
            rows.put("cm_rule", copy.finish());
        }
        return rows;
    }

    /** Copies the entries in the order they were recorded; returns the rows and what they hold. */
    Map<String, Long> writeEntries(Connection c) throws SQLException {
        long[] order = new long[size];
        for (int i = 0; i < size; i++) {
            order[i] = ((long) recorded[i] << 31) | i;
        }
        Arrays.sort(order);
        String[] days = new String[lastDay + 1];
        int[] years = new int[lastDay + 1];
        for (int d = 0; d < days.length; d++) {
            days[d] = Stamps.date(DAY0.plusDays(d));
            years[d] = DAY0.plusDays(d).getYear();
        }
        // descriptions depend on the organisation, the category and the topic only: made once each
        String[][][] descriptions = new String[roster.orgs.size()][DutyCategory.values().length][128];
        String[][][][] awards = awards();
        Map<DutyCategory, Long> perCategory = new EnumMap<>(DutyCategory.class);
        long joint = 0;
        long voided = 0;
        long written;
        Person[] people = roster.members.toArray(Person[]::new);
        try (CopyRows copy = new CopyRows(
                c,
                "cm_duty_entry",
                "id, organisation_id, member_id, occurred_on, year_no,"
                        + " category, source_module, source_ref, description, duty_role, co_authors, base_points, share_percent,"
                        + " points, rule_set_id, rule_set_revision, recorded_at, recorded_by, live_key, voided, void_kind,"
                        + " void_reason, voided_at, voided_by, replaces_id")) {
            for (int pos = 0; pos < size; pos++) {
                int i = (int) (order[pos] & 0x7fff_ffffL);
                Person p = people[member[i] - 1];
                DutyCategory cat = DutyCategory.values()[category[i]];
                DutyRole r = DutyRole.values()[role[i]];
                String day = days[occurred[i]];
                int year = years[occurred[i]];
                String[] described = descriptions[p.org.index][category[i]];
                if (described[topic[i]] == null) {
                    described[topic[i]] = description(cat, topic[i], p.org);
                }
                String source = MODULE + ":bench:" + act[i];
                String[] award = awards[category[i]][role[i]][coAuthors[i]];
                copy.number(pos + 1L)
                        .number(p.org.id)
                        .number(p.id)
                        .plain(day)
                        .number(year)
                        .plain(cat.name())
                        .plain(MODULE)
                        .plain(source)
                        .text(described[topic[i]])
                        .plain(r.name())
                        .number(coAuthors[i])
                        .plain(award[0])
                        .plain(award[1])
                        .plain(award[2])
                        .number(ruleSetId(p.org, year))
                        .number(1)
                        .plain(stamp(days, recorded[i]))
                        .plain(cat.manual() ? ProvinceRoster.OFFICE : SYSTEM);
                if (voidedAt[i] != 0) {
                    copy.plain(null)
                            .bool(true)
                            .plain("MANUAL")
                            .text(VOID_REASONS[act[i] % VOID_REASONS.length])
                            .plain(stamp(days, voidedAt[i]))
                            .plain(ProvinceRoster.OFFICE);
                    voided++;
                } else {
                    copy.plain(source + "#" + p.id)
                            .bool(false)
                            .plain(null)
                            .plain(null)
                            .plain(null)
                            .plain(null);
                }
                copy.plain(null).endRow();
                perCategory.merge(cat, 1L, Long::sum);
                if (r != DutyRole.SOLE) {
                    joint++;
                }
            }
            written = copy.finish();
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("cm_duty_entry", written);
        rows.put("  of which joint work", joint);
        rows.put("  of which voided", voided);
        perCategory.forEach((cat, count) -> rows.put("  " + cat.name(), count));
        return rows;
    }

    private static String stamp(String[] days, int second) {
        return Stamps.at(days[second / DAY], second % DAY);
    }

    /** Base points, share and points of every category, role and co-author count, as text. */
    private String[][][][] awards() {
        String[][][][] awards = new String[DutyCategory.values().length][DutyRole.values().length][4][];
        for (DutyCategory c : DutyCategory.values()) {
            for (DutyRole r : DutyRole.values()) {
                for (int co = 0; co < 4; co++) {
                    if (r == DutyRole.CO_AUTHOR && co == 0) {
                        continue;
                    }
                    RuleTerms.Award a = terms.award(c, r, co);
                    awards[c.ordinal()][r.ordinal()][co] = new String[] {
                        a.basePoints().toPlainString(),
                        a.sharePercent().toPlainString(),
                        a.points().toPlainString()
                    };
                }
            }
        }
        return awards;
    }

    /**
     * The text of an entry. For meetings the topic says which: 0 and 1 the plenary of the first or second
     * year, 11–16 a standing meeting, 21–32 a month's consultation, 40 and up an activity of special
     * committee (topic − 40); for other acts it picks the subject.
     */
    private static String description(DutyCategory c, int topicNo, Org o) {
        return switch (c) {
            case PLENARY -> PLENARY[topicNo];
            case ABSENCE -> topicNo < 10 ? PLENARY[topicNo] + "（无故缺席）" : "常委会议第 " + (topicNo - 10) + " 次（无故缺席）";
            case STANDING_MEETING -> "常委会议第 " + (topicNo - 10) + " 次";
            case MEETING -> topicNo < 40 ? (topicNo - 20) + " 月月度协商会" : o.committeeNames.get(topicNo - 40) + "专题协商活动";
            case RESEARCH -> "调研视察：" + RESEARCH[topicNo % RESEARCH.length];
            case ENTERPRISE_VISIT -> "走访企业：" + o.place + ENTERPRISES[topicNo % ENTERPRISES.length];
            case PUBLIC_WELFARE -> "公益活动：" + WELFARE[topicNo % WELFARE.length];
            case STUDY -> "书院活动：" + STUDY[topicNo % STUDY.length];
            case CONCERN -> "民情日记：" + CONCERNS[topicNo % CONCERNS.length];
            case INFO_SUBMITTED -> "社情民意信息报送：" + RESEARCH[topicNo % RESEARCH.length];
            case INFO_ADOPTED_COUNTY -> "社情民意信息县级采用";
            case INFO_ADOPTED_CITY -> "社情民意信息市级采用";
            case INFO_ADOPTED_PROVINCE -> "社情民意信息省级采用";
            case INFO_ADOPTED_NATIONAL -> "社情民意信息全国政协采用";
            case INSTRUCTION_COUNTY -> "社情民意信息获县领导批示";
            case INSTRUCTION_CITY -> "社情民意信息获市领导批示";
            case INSTRUCTION_PROVINCE -> "社情民意信息获省领导批示";
            case INSTRUCTION_NATIONAL -> "社情民意信息获中央领导批示";
            case PROPOSAL -> "提案：关于" + RESEARCH[topicNo % RESEARCH.length] + "的建议";
            case CONSULTATION -> "协商活动：" + RESEARCH[topicNo % RESEARCH.length];
            case CONSULTATION_SPEECH -> "协商发言：" + RESEARCH[topicNo % RESEARCH.length];
            case CONSULTATION_RESEARCH -> "议前调研：" + RESEARCH[topicNo % RESEARCH.length];
            case GRASSROOTS_CONSULTATION -> "基层协商：" + CONCERNS[topicNo % CONCERNS.length];
            case KEY_PROPOSAL -> "重点提案：关于" + RESEARCH[topicNo % RESEARCH.length] + "的建议";
            case PROPOSAL_INSTRUCTION -> "提案获领导批示：关于" + RESEARCH[topicNo % RESEARCH.length] + "的建议";
        };
    }
}
