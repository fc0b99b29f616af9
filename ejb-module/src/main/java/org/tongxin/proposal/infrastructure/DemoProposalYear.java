package org.tongxin.proposal.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.platform.application.DepartmentDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Role;
import org.tongxin.proposal.application.ProposalCredits;
import org.tongxin.proposal.application.ProposalDeadlines;
import org.tongxin.proposal.application.ProposalSessions;
import org.tongxin.proposal.domain.Actor;
import org.tongxin.proposal.domain.AnswerCategory;
import org.tongxin.proposal.domain.Conversion;
import org.tongxin.proposal.domain.PlenarySession;
import org.tongxin.proposal.domain.Proposal;
import org.tongxin.proposal.domain.ProposalRepository;
import org.tongxin.proposal.domain.ProposalSession;
import org.tongxin.proposal.domain.ProposalState;
import org.tongxin.proposal.domain.Rating;

/**
 * A year of Datong's proposals at the size (issue 18), after the few of {@link DemoProposals}: about 280
 * proposals of some 80 members who have no login (each files three or four; the logins member1 … member20 are left to
 * the first demo set and the tests), filed from 1 January to today, the plenary ones in the demo's plenary session
 * during its filing window, the interim ones all year; in every state (draft to done, not accepted, merged, converted
 * to a letter, sent back), led by the five departments of the demo registry with co-handling units, answered with
 * categories on time or late, rated, some re-handled, a few overdue, four key proposals supervised by the chair with
 * his instructions, co-handling opinions and member interviews. Made with the domain's own steps and the services'
 * helpers (numbers, deadlines on the working calendar, duty credits), every step on a working day of its own date, so
 * that numbers, statistics, the ledger and the reminders agree. Generated from a fixed seed; titles come from topics of
 * the departments' fields times phrasings, away from the words of the first demo set's titles.
 */
@ApplicationScoped
public class DemoProposalYear {

    private static final Logger LOG = Logger.getLogger(DemoProposalYear.class.getName());

    static final String HOUSING = "大同市住房和城乡建设局";
    static final String EDUCATION = "大同市教育局";
    static final String HEALTH = "大同市卫生健康委员会";

    /** A field of the city's work: the department leading its proposals, the usual co-handling one, its topics. */
    record Area(String lead, String coUnit, String problem, String measures, List<String> topics) {}

    static final List<Area> AREAS = List.of(
            new Area(
                    DemoProposals.UNIT1,
                    HOUSING,
                    "政策落地不够、要素保障不足、市场主体获得感不强",
                    "一是出台配套实施细则；二是设立专项资金并简化申报；三是建立部门联动和跟踪问效机制。",
                    List.of(
                            "数字经济核心产业培育",
                            "民营企业融资服务",
                            "招商引资项目落地",
                            "陆港型物流枢纽建设",
                            "氢能产业链招商",
                            "县域特色产业园区提档升级",
                            "重点商圈夜间经济",
                            "对外开放平台建设",
                            "企业用工保障",
                            "开发区体制机制改革")),
            new Area(
                    HOUSING,
                    DemoProposals.UNIT1,
                    "历史欠账多、资金来源单一、长效管理机制缺位",
                    "一是编制专项规划并分年度实施；二是多渠道筹措资金；三是建立建管并重的长效机制。",
                    List.of(
                            "城市集中供热改造",
                            "背街小巷环境整治",
                            "地下综合管廊建设",
                            "城区停车设施供给",
                            "历史文化街区保护利用",
                            "保障性租赁住房筹集",
                            "城镇燃气管道更新",
                            "海绵城市建设",
                            "建筑垃圾资源化利用",
                            "物业服务质量监管")),
            new Area(
                    EDUCATION,
                    HEALTH,
                    "资源配置不均衡、师资力量薄弱、保障机制不健全",
                    "一是优化资源布局；二是加强教师培训和交流轮岗；三是完善经费保障和督导评估。",
                    List.of(
                            "中小学课后服务",
                            "乡村教师队伍建设",
                            "职业院校产教融合",
                            "普惠性学前教育",
                            "中小学生心理健康教育",
                            "校园食品安全管理",
                            "研学实践教育基地建设",
                            "特殊教育融合发展",
                            "中小学劳动教育",
                            "高中阶段教育多样化发展")),
            new Area(
                    HEALTH,
                    EDUCATION,
                    "服务供给不足、专业人才短缺、群众就医负担较重",
                    "一是加大财政投入；二是引进培养专业人才；三是推进信息化和分级诊疗。",
                    List.of(
                            "县域医共体建设",
                            "家庭医生签约服务",
                            "中医药传承创新",
                            "院前急救网络建设",
                            "精神卫生服务体系",
                            "医养结合服务",
                            "儿科医疗服务能力",
                            "慢性病综合防控",
                            "基层卫生人才队伍建设",
                            "全民健身与健康促进")),
            new Area(
                    DemoProposals.UNIT2,
                    DemoProposals.UNIT1,
                    "基础设施薄弱、经营主体带动不强、农民增收渠道较窄",
                    "一是加大项目和资金倾斜；二是培育龙头企业和合作组织；三是完善利益联结和技术服务。",
                    List.of(
                            "高标准农田建设",
                            "肉牛肉羊产业发展",
                            "农村人居环境整治",
                            "农村电商服务体系",
                            "特色种业创新",
                            "农业机械化转型升级",
                            "庭院经济发展",
                            "盐碱地综合利用",
                            "农业社会化服务",
                            "乡村旅游精品线路打造")));

    /** How a title is phrased around its topic. */
    static final List<String> PHRASINGS =
            List.of("关于加快%s的提案", "关于进一步做好%s工作的提案", "关于%s的几点建议", "关于推动%s提质增效的建议", "关于完善%s政策支持的提案", "关于破解%s难题的建议");

    /** Every title the generator can make (topics × phrasings), for the test of their words. */
    static List<String> titles() {
        List<String> all = new ArrayList<>();
        AREAS.forEach(a -> a.topics().forEach(t -> PHRASINGS.forEach(f -> all.add(String.format(f, t)))));
        return all;
    }

    private static final String[] ANSWERS = {
        "我单位高度重视，已将所提建议纳入年度工作要点，相关措施已落实到位。",
        "所提建议正在推进落实，已明确责任科室和时间节点，年内将完成阶段性任务。",
        "所提建议已列入下一年度工作计划，将结合财力和项目安排逐步实施。",
        "所提建议很有参考价值，受政策和资金条件限制暂难实施，将在今后工作中认真研究吸纳。"
    };

    static final String CHAIR = "张德明（主席）";

    private static final String[] REFUSALS = {
        "所提问题属个人具体诉求，不符合立案标准，建议通过12345热线反映。", "内容缺少具体建议，不符合提案格式要求，请修改后作为下次会议提案提交。", "所提事项已有明确政策规定并正在执行，不予立案。"
    };

    /** One proposal to make: who, what, how far it goes, and the days of its steps (null: the step is not taken). */
    private static final class Plan {
        long proposer;
        List<Long> coSigners = List.of();
        String collective;
        Area area;
        String topic;
        String title;
        boolean plenary;
        ProposalState state;
        boolean overdue;
        boolean sendBack;
        boolean rehandledBefore;
        boolean key;
        int instructions;
        boolean interview;
        List<Plan> merged = new ArrayList<>();
        LocalDate filed;
        LocalDate submitted;
        LocalDate reviewed;
        LocalDate assigned;
        LocalDate answered;
        LocalDate delivered;
        LocalDate rated;
        LocalDate reanswered;
        LocalDate redelivered;
        LocalDate rerated;
        LocalDate closed;
    }

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    ProposalRepository proposals;

    @Inject
    DepartmentDirectory departments;

    @Inject
    MemberDirectory members;

    @Inject
    OrganisationTime time;

    @Inject
    ProposalDeadlines deadlines;

    @Inject
    ProposalCredits credits;

    @Inject
    ProposalSessions sessions;

    private Random random;

    private ZoneId zone;

    private Instant now;

    /** Files the year's proposals of Datong; answers how many were made. */
    public int file(long datong, Long leaderAccount, long sessionId, LocalDate today) {
        long started = System.nanoTime();
        random = new Random(18_2026L);
        // what the first demo set left in the persistence context is written; the year's steps start afresh
        em.flush();
        em.clear();
        now = time.now();
        zone = time.zone(datong);
        Map<String, Long> units = new HashMap<>();
        for (Area a : AREAS) {
            units.put(
                    a.lead(),
                    departments.register(datong, a.lead(), "office", now).id());
        }
        List<Long> pool = new ArrayList<>(members.activeMembers(datong).stream()
                .filter(m -> m.accountId() == null)
                .map(MemberDirectory.MemberRef::id)
                .toList());
        if (pool.size() < 100) {
            return 0;
        }
        Collections.shuffle(pool, random);
        List<Long> proposers = pool.subList(0, 80);
        List<String> bodies = new ArrayList<>(members.committeesOf(datong).values());
        PlenarySession session = sessions.session(sessionId).orElseThrow();
        LocalDate yearStart = today.withDayOfYear(1);
        LocalDate plenaryStart = later(session.filingOpensOn(), yearStart);

        List<Plan> plans = plans(today);
        Map<Area, Deque<String[]>> titles = titleQueues();
        for (int i = 0; i < plans.size(); i++) {
            Plan p = plans.get(i);
            p.proposer = proposers.get(i % proposers.size());
            int kind = random.nextInt(100);
            if (kind < 8 && !bodies.isEmpty()) {
                p.collective = bodies.get(random.nextInt(bodies.size()));
            } else if (kind < 38) {
                p.coSigners = others(pool, p.proposer, 1 + random.nextInt(3));
            }
            p.area = AREAS.get(random.nextInt(AREAS.size()));
            title(titles, p, null);
            dates(p, p.plenary ? plenaryStart : yearStart, today);
            for (Plan m : p.merged) {
                m.proposer = others(pool, p.proposer, 1).get(0);
                m.area = p.area;
                title(titles, m, p.topic);
                m.plenary = p.plenary;
                LocalDate start = p.plenary ? plenaryStart : yearStart;
                m.filed = later(start, p.filed.minusDays(random.nextInt(8)));
                m.submitted = m.filed;
            }
        }
        // accepted in the order of their days, so that the numbers follow the calendar
        plans.sort(Comparator.comparing((Plan p) -> p.reviewed == null ? today.plusYears(1) : p.reviewed)
                .thenComparing(p -> p.filed));

        Ctx ctx = new Ctx(datong, today, units, leaderAccount, sessionId);
        int made = 0;
        int n = 0;
        for (Plan p : plans) {
            made += make(ctx, p);
            if (++n % 40 == 0) {
                // a small persistence context keeps every flush of the numbering and crediting queries short
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        LOG.info("Demo proposals of the year loaded: Datong, " + made + " proposals of " + proposers.size()
                + " members in " + (System.nanoTime() - started) / 1_000_000 + " ms");
        return made;
    }

    private record Ctx(long datong, LocalDate today, Map<String, Long> units, Long leader, long sessionId) {}

    /** The states the year's proposals reach, plenary (filed for the session) and interim. */
    private List<Plan> plans(LocalDate today) {
        List<Plan> plans = new ArrayList<>();
        Map<ProposalState, Integer> plenary = new LinkedHashMap<>();
        plenary.put(ProposalState.DRAFT, 4);
        plenary.put(ProposalState.SUBMITTED, 26);
        plenary.put(ProposalState.NOT_ACCEPTED, 7);
        plenary.put(ProposalState.CONVERTED, 4);
        plenary.put(ProposalState.ACCEPTED, 14);
        plenary.put(ProposalState.ASSIGNED, 34);
        plenary.put(ProposalState.ANSWERED, 6);
        Map<ProposalState, Integer> interim = new LinkedHashMap<>();
        interim.put(ProposalState.DRAFT, 4);
        interim.put(ProposalState.SUBMITTED, 6);
        interim.put(ProposalState.NOT_ACCEPTED, 8);
        interim.put(ProposalState.CONVERTED, 4);
        interim.put(ProposalState.ACCEPTED, 4);
        interim.put(ProposalState.ASSIGNED, 20);
        interim.put(ProposalState.ANSWERED, 10);
        interim.put(ProposalState.DELIVERED, 12);
        interim.put(ProposalState.REHANDLING, 5);
        interim.put(ProposalState.RATED, 20);
        interim.put(ProposalState.DONE, 74);
        add(plans, plenary, true);
        add(plans, interim, false);
        // the ones the office merged (并案) into another: two plenary ones and four interim ones absorb one or two
        int mergesPlenary = 0;
        int mergesInterim = 0;
        for (Plan p : plans) {
            boolean plenaryMain = p.plenary && p.state == ProposalState.ASSIGNED && mergesPlenary < 3;
            boolean interimMain = !p.plenary && p.state == ProposalState.DONE && mergesInterim < 4;
            if (plenaryMain || interimMain) {
                int n = plenaryMain ? 1 + mergesPlenary % 2 : 1;
                for (int i = 0; i < n; i++) {
                    Plan m = new Plan();
                    m.state = ProposalState.MERGED;
                    p.merged.add(m);
                }
                if (plenaryMain) {
                    mergesPlenary++;
                } else {
                    mergesInterim++;
                }
            }
        }
        // sent back by the lead unit and waiting for a new assignment; overdue; re-handled before a second rating
        mark(plans, p -> p.plenary && p.state == ProposalState.ACCEPTED, 2, p -> p.sendBack = true);
        mark(plans, p -> !p.plenary && p.state == ProposalState.ASSIGNED, 6, p -> p.overdue = true);
        mark(
                plans,
                p -> !p.plenary && p.state == ProposalState.DONE && p.merged.isEmpty(),
                6,
                p -> p.rehandledBefore = true);
        // key proposals (重点提案) with the chair's instructions, other instructions, member interviews
        mark(plans, p -> !p.plenary && p.state == ProposalState.DONE && !p.rehandledBefore, 2, p -> {
            p.key = true;
            p.instructions = 2;
            p.interview = true;
        });
        mark(plans, p -> !p.plenary && p.state == ProposalState.RATED, 1, p -> {
            p.key = true;
            p.instructions = 1;
        });
        mark(plans, p -> p.plenary && p.state == ProposalState.ASSIGNED && p.merged.isEmpty(), 1, p -> {
            p.key = true;
            p.instructions = 1;
        });
        mark(plans, p -> !p.plenary && p.state == ProposalState.DELIVERED, 2, p -> p.instructions = 1);
        mark(plans, p -> !p.plenary && p.state == ProposalState.DONE && !p.key, 3, p -> p.interview = true);
        Collections.shuffle(plans, random);
        return plans;
    }

    private static void add(List<Plan> plans, Map<ProposalState, Integer> counts, boolean plenary) {
        counts.forEach((state, n) -> {
            for (int i = 0; i < n; i++) {
                Plan p = new Plan();
                p.state = state;
                p.plenary = plenary;
                plans.add(p);
            }
        });
    }

    private static void mark(
            List<Plan> plans, java.util.function.Predicate<Plan> which, int n, java.util.function.Consumer<Plan> how) {
        plans.stream()
                .filter(p -> !p.key && !p.overdue && !p.sendBack)
                .filter(which)
                .skip(3)
                .limit(n)
                .forEach(how);
    }

    private Map<Area, Deque<String[]>> titleQueues() {
        Map<Area, Deque<String[]>> queues = new HashMap<>();
        for (Area a : AREAS) {
            List<String[]> all = new ArrayList<>();
            a.topics().forEach(t -> PHRASINGS.forEach(f -> all.add(new String[] {t, String.format(f, t)})));
            Collections.shuffle(all, random);
            queues.put(a, new ArrayDeque<>(all));
        }
        return queues;
    }

    /**
     * A title of the plan's field not used yet; a merged proposal takes one on its main proposal's topic (the same
     * subject in other words), else any of the field.
     */
    private static void title(Map<Area, Deque<String[]>> queues, Plan p, String sameTopic) {
        Deque<String[]> q = queues.get(p.area);
        if (q.isEmpty()) {
            p.area = AREAS.stream()
                    .filter(a -> !queues.get(a).isEmpty())
                    .findFirst()
                    .orElseThrow();
            q = queues.get(p.area);
        }
        String[] chosen =
                q.stream().filter(t -> t[0].equals(sameTopic)).findFirst().orElse(q.peek());
        q.remove(chosen);
        p.topic = chosen[0];
        p.title = chosen[1];
    }

    private List<Long> others(List<Long> pool, long proposer, int n) {
        List<Long> chosen = new ArrayList<>();
        while (chosen.size() < n) {
            Long m = pool.get(random.nextInt(pool.size()));
            if (m != proposer && !chosen.contains(m)) {
                chosen.add(m);
            }
        }
        return chosen;
    }

    // ---- the days of the steps

    /**
     * The days of the plan's steps, the last one at most a few days before today for a proposal still waiting on
     * someone (a draft, a review, an answer, a rating), anywhere in the year for a closed one; squeezed when the year
     * (or the session's filing window) is too short.
     */
    private void dates(Plan p, LocalDate start, LocalDate today) {
        boolean fast = p.plenary;
        ProposalState s = p.state;
        int reach = reach(s);
        List<Integer> gaps = new ArrayList<>();
        gaps.add(fast ? random.nextInt(2) : random.nextInt(4)); // submitted
        gaps.add(fast ? 2 + random.nextInt(6) : 3 + random.nextInt(12)); // reviewed
        gaps.add(fast ? 1 + random.nextInt(4) : 2 + random.nextInt(8)); // assigned
        // a late answer (after the due date) only for proposals delivered since: never an overdue one before the
        // first demo set's
        boolean late = !fast
                && Set.of(ProposalState.DELIVERED, ProposalState.RATED, ProposalState.DONE)
                        .contains(s)
                && random.nextInt(100) < 12;
        gaps.add(
                fast
                        ? 6 + random.nextInt(12)
                        : late
                                ? 95 + random.nextInt(20)
                                : s == ProposalState.REHANDLING ? 15 + random.nextInt(20) : 12 + random.nextInt(60));
        gaps.add(2 + random.nextInt(6)); // delivered
        gaps.add(3 + random.nextInt(15)); // rated
        gaps.add(10 + random.nextInt(20)); // answered again
        gaps.add(2 + random.nextInt(5)); // delivered again
        gaps.add(3 + random.nextInt(10)); // rated again
        gaps.add(2 + random.nextInt(10)); // closed
        List<Integer> taken = new ArrayList<>();
        for (int i = 0; i < gaps.size(); i++) {
            if (i < reach && (p.rehandledBefore || i < 6 || i > 8)) {
                taken.add(gaps.get(i));
            }
        }
        long span = Math.max(0, ChronoUnit.DAYS.between(start, today));
        long total = taken.stream().mapToInt(Integer::intValue).sum();
        if (total > span) {
            for (int i = 0; i < taken.size(); i++) {
                taken.set(i, (int) (taken.get(i) * span / total));
            }
            total = taken.stream().mapToInt(Integer::intValue).sum();
        }
        long slack = Math.max(0, Math.min(span - total, waiting(s)));
        LocalDate filed = today.minusDays(total + (slack == 0 ? 0 : random.nextLong(slack + 1)));
        if (p.overdue) {
            // assigned three months and a few days ago: its answer is due a few days to three weeks ago (after the
            // first demo set's overdue one, which stays first in the overdue list)
            LocalDate assigned = today.minusMonths(3).minusDays(4 + random.nextInt(16));
            LocalDate f = assigned.minusDays(taken.get(0) + taken.get(1) + taken.get(2));
            if (f.isBefore(start)) {
                p.overdue = false;
            } else {
                filed = f;
            }
        }
        p.filed = filed;
        LocalDate[] days = new LocalDate[taken.size()];
        LocalDate d = filed;
        for (int i = 0; i < taken.size(); i++) {
            d = workday(d.plusDays(taken.get(i)), d);
            days[i] = d;
        }
        int k = 0;
        p.submitted = k < days.length ? days[k++] : null;
        p.reviewed = k < days.length ? days[k++] : null;
        p.assigned = k < days.length ? days[k++] : null;
        p.answered = k < days.length ? days[k++] : null;
        p.delivered = k < days.length ? days[k++] : null;
        p.rated = k < days.length ? days[k++] : null;
        if (p.rehandledBefore) {
            p.reanswered = k < days.length ? days[k++] : null;
            p.redelivered = k < days.length ? days[k++] : null;
            p.rerated = k < days.length ? days[k++] : null;
        }
        p.closed = k < days.length ? days[k] : null;
        if (s == ProposalState.SUBMITTED || s == ProposalState.DRAFT) {
            p.reviewed = null;
        }
    }

    /** How many of the steps (submit, review, assign, answer, deliver, rate, [again ×3], close) the state takes. */
    private static int reach(ProposalState s) {
        return switch (s) {
            case DRAFT -> 0;
            case SUBMITTED -> 1;
            case ACCEPTED, NOT_ACCEPTED, CONVERTED, MERGED -> 2;
            case ASSIGNED -> 3;
            case ANSWERED -> 4;
            case DELIVERED -> 5;
            case REHANDLING, RATED -> 6;
            case DONE -> 10;
        };
    }

    /** How long a proposal in the state may have waited since its last step (days). */
    private static int waiting(ProposalState s) {
        return switch (s) {
            case DRAFT -> 20;
            case SUBMITTED, ANSWERED -> 8;
            case ACCEPTED -> 10;
            case ASSIGNED -> 55;
            case DELIVERED, RATED -> 15;
            case REHANDLING -> 20;
            default -> 400;
        };
    }

    /** The day, moved back from a weekend to the Friday, never before the previous step. */
    private static LocalDate workday(LocalDate d, LocalDate notBefore) {
        LocalDate w = d.getDayOfWeek() == DayOfWeek.SATURDAY
                ? d.minusDays(1)
                : d.getDayOfWeek() == DayOfWeek.SUNDAY ? d.minusDays(2) : d;
        return w.isBefore(notBefore) ? notBefore : w;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /**
     * A moment of the working day, before now (so that the first demo set, made now, stays the newest in the lists).
     */
    private Instant at(LocalDate day, long datong) {
        Instant t = day.atTime(9 + random.nextInt(8), random.nextInt(60))
                .atZone(zone)
                .toInstant();
        if (t.isBefore(now)) {
            return t;
        }
        Instant dayStart = day.atStartOfDay(zone).toInstant();
        Instant earlier = now.minusSeconds(60L * (5 + random.nextInt(300)));
        return earlier.isAfter(dayStart) ? earlier : dayStart;
    }

    // ---- the steps

    private int make(Ctx c, Plan plan) {
        Actor office = new Actor(Set.of(Role.OFFICE_STAFF), c.datong(), null, null, "proposals");
        Proposal p = filed(c, plan);
        if (plan.state == ProposalState.DRAFT) {
            return 1;
        }
        submit(c, plan, p);
        if (plan.state == ProposalState.SUBMITTED) {
            return 1;
        }
        int made = 1;
        for (Plan m : plan.merged) {
            Proposal other = filed(c, m);
            submit(c, m, other);
            other.mergeInto(office, p, plan.reviewed);
            made++;
        }
        LocalDate today = c.today();
        if (plan.state == ProposalState.NOT_ACCEPTED) {
            p.refuse(office, REFUSALS[random.nextInt(REFUSALS.length)], plan.reviewed);
            return made;
        }
        if (plan.state == ProposalState.CONVERTED) {
            p.convert(office, Conversion.LETTER, "所反映的是具体信访事项，转市信访局按来信办理，办理结果告知提案人。", null, plan.reviewed);
            return made;
        }
        p.accept(office, plan.reviewed);
        sessions.number(p);
        credits.accepted(p, plan.reviewed);
        long lead = c.units().get(plan.area.lead());
        long coUnit = c.units().get(plan.area.coUnit());
        if (plan.sendBack) {
            // assigned first to a department outside the field, which sent it back within its window
            long wrong = c.units()
                    .get(AREAS.get((AREAS.indexOf(plan.area) + 2) % AREAS.size())
                            .lead());
            LocalDate on = plan.reviewed;
            p.assign(
                    office,
                    wrong,
                    List.of(),
                    deadlines.defaultDue(c.datong(), on),
                    deadlines.sendBackUntil(c.datong(), on),
                    on);
            LocalDate back = on.plusDays(2).isAfter(today) ? on : on.plusDays(2);
            p.sendBack(unit(c, wrong), "所提事项不属于我单位职责范围，建议交由行业主管部门办理。", back);
        }
        if (plan.state == ProposalState.ACCEPTED) {
            return made;
        }
        boolean withCo = random.nextInt(100) < 45;
        LocalDate on = plan.assigned;
        p.assign(
                office,
                lead,
                withCo ? List.of(coUnit) : List.of(),
                deadlines.defaultDue(c.datong(), on),
                deadlines.sendBackUntil(c.datong(), on),
                on);
        if (plan.key && c.leader() != null) {
            key(c, plan, p, office);
        }
        if (withCo && random.nextInt(100) < 60) {
            LocalDate said =
                    plan.answered == null ? before(on.plusDays(5), today) : before(on.plusDays(5), plan.answered);
            p.giveOpinion(unit(c, coUnit), "我单位同意主办单位的办理意见，将在职责范围内做好配合，及时提供相关数据和政策支持。", said);
        }
        if (plan.state == ProposalState.ASSIGNED) {
            return made;
        }
        Actor unit = unit(c, lead);
        Actor author = author(c, plan);
        AnswerCategory category = category();
        p.answer(unit, category, answer(plan, category), plan.answered);
        if (plan.state == ProposalState.ANSWERED) {
            return made;
        }
        p.approveAnswer(office, plan.delivered);
        if (plan.state == ProposalState.DELIVERED) {
            instructions(c, plan, p);
            return made;
        }
        if (plan.state == ProposalState.REHANDLING || plan.rehandledBefore) {
            p.rate(author, Rating.NOT_SATISFIED, "答复未提出具体措施和完成时限，希望进一步研究落实。", plan.rated);
            if (plan.state == ProposalState.REHANDLING) {
                return made;
            }
            p.answer(unit, AnswerCategory.IN_PROGRESS, ANSWERS[1] + "经与提案人再次沟通，已制定分年度实施方案。", plan.reanswered);
            p.approveAnswer(office, plan.redelivered);
            // the second rating stands, whatever it is
            boolean still = random.nextInt(100) < 30;
            p.rate(
                    author,
                    still ? Rating.NOT_SATISFIED : Rating.BASICALLY_SATISFIED,
                    still ? "二次答复仍未解决资金来源问题。" : "二次办理有具体措施，基本满意。",
                    plan.rerated);
        } else {
            Rating rating = random.nextInt(100) < 70 ? Rating.SATISFIED : Rating.BASICALLY_SATISFIED;
            p.rate(
                    author,
                    rating,
                    rating == Rating.SATISFIED ? "办理认真，沟通及时，措施具体。" : "答复基本回应了所提问题，希望持续跟踪落实。",
                    plan.rated);
        }
        if (plan.state == ProposalState.RATED) {
            instructions(c, plan, p);
            return made;
        }
        instructions(c, plan, p);
        p.close(office, plan.closed);
        if (plan.interview) {
            p.recordInterview(
                    office,
                    before(plan.closed.plusDays(7), today),
                    "提案人及承办单位分管负责人",
                    "提案人对办理过程和结果表示满意，建议将有关措施纳入长效机制并持续跟踪。",
                    today);
        }
        return made;
    }

    private Proposal filed(Ctx c, Plan plan) {
        Area a = plan.area;
        String topic = plan.topic;
        Proposal p = new Proposal(
                c.datong(),
                plan.proposer,
                new Proposal.Text(
                        plan.title,
                        "我市在" + topic + "方面存在" + a.problem() + "等问题，群众反映较多。",
                        "经调研，近年来我市" + topic + "工作取得一定成效，但仍存在" + a.problem() + "等问题，部门之间统筹协调不够，政策和资金保障有待加强。",
                        a.measures()),
                plan.coSigners,
                plan.collective,
                plan.plenary ? ProposalSession.PLENARY : ProposalSession.INTERIM,
                "proposals",
                at(plan.filed, c.datong()),
                plan.filed);
        p.fileFor(c.sessionId());
        proposals.add(p);
        return p;
    }

    private void submit(Ctx c, Plan plan, Proposal p) {
        boolean draft = plan.state == ProposalState.DRAFT;
        for (Long co : plan.coSigners) {
            if (draft && random.nextBoolean()) {
                continue;
            }
            p.confirm(
                    new Actor(Set.of(Role.MEMBER), c.datong(), co, null, "proposals"), at(plan.submitted, c.datong()));
        }
        p.submit(author(c, plan), at(plan.submitted, c.datong()));
    }

    private void key(Ctx c, Plan plan, Proposal p, Actor office) {
        LocalDate decided = before(plan.assigned.plusDays(6), c.today());
        if (p.markKey(office, decided, "第十五届主席会议第二次会议", c.leader(), CHAIR, c.today())) {
            credits.key(p, decided);
        }
        if (plan.state == ProposalState.ASSIGNED) {
            instructions(c, plan, p);
        }
    }

    private void instructions(Ctx c, Plan plan, Proposal p) {
        if (c.leader() == null) {
            return;
        }
        Actor chair = new Actor(Set.of(Role.LEADER), c.datong(), null, null, "leader");
        for (int i = 0; i < plan.instructions; i++) {
            LocalDate on = before(plan.assigned.plusDays(8 + 20 * i), c.today());
            int n = p.instruct(
                    chair,
                    c.leader(),
                    CHAIR,
                    on,
                    i == 0 ? "请承办单位主要负责同志牵头，深入调研，提出切实可行的办理方案，按时答复提案人。" : "办理进展较好，请持续跟踪，把提案办理成果转化为推动工作的具体举措。",
                    c.today());
            credits.instruction(p, n, on);
        }
    }

    private Actor unit(Ctx c, long department) {
        String login = department == c.units().get(DemoProposals.UNIT1)
                ? "unit1"
                : department == c.units().get(DemoProposals.UNIT2) ? "unit2" : "department-" + department;
        return new Actor(Set.of(Role.HANDLING_UNIT), c.datong(), null, department, login);
    }

    private static Actor author(Ctx c, Plan plan) {
        return new Actor(Set.of(Role.MEMBER), c.datong(), plan.proposer, null, "proposals");
    }

    private AnswerCategory category() {
        int r = random.nextInt(100);
        return r < 45
                ? AnswerCategory.ADOPTED
                : r < 70 ? AnswerCategory.IN_PROGRESS : r < 90 ? AnswerCategory.PLANNED : AnswerCategory.REFERENCE;
    }

    private static String answer(Plan plan, AnswerCategory category) {
        return "对《" + plan.title + "》的答复：" + ANSWERS[category.ordinal()];
    }

    private static LocalDate before(LocalDate day, LocalDate limit) {
        return day.isAfter(limit) ? limit : day;
    }
}
