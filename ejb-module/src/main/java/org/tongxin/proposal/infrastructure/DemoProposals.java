package org.tongxin.proposal.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.platform.application.DepartmentDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.PlatformInitialised;
import org.tongxin.platform.kernel.Role;
import org.tongxin.proposal.application.ProposalCredits;
import org.tongxin.proposal.application.ProposalDeadlines;
import org.tongxin.proposal.application.ProposalSessions;
import org.tongxin.proposal.domain.Actor;
import org.tongxin.proposal.domain.AnswerCategory;
import org.tongxin.proposal.domain.PlenarySession;
import org.tongxin.proposal.domain.Proposal;
import org.tongxin.proposal.domain.ProposalRepository;
import org.tongxin.proposal.domain.ProposalSession;
import org.tongxin.proposal.domain.ProposalState;
import org.tongxin.proposal.domain.Rating;

/**
 * A modest set of Datong's proposals (after the departments of {@link
 * org.tongxin.consultation.infrastructure.DemoOutcomes}), one or two in every state the first slice reaches, made with
 * the same domain steps as the pages and the API: member1 (张伟明) has a draft awaiting member2's confirmation, one
 * submitted, one assigned, an answer to rate and a closed one; unit1 (发改委) and unit2 (农业农村局) are linked to
 * their departments and lead or co-handle several. Accepted proposals credit the duty ledger as the service does. Issue
 * 18's second slice adds a co-handling opinion, key proposals with the chair's instructions and a member interview.
 */
@ApplicationScoped
public class DemoProposals {

    private static final Logger LOG = Logger.getLogger(DemoProposals.class.getName());

    static final String UNIT1 = "大同市发展和改革委员会";
    static final String UNIT2 = "大同市农业农村局";

    /** Proposer (member login number), co-signers, title, how far it goes, lead unit (1 or 2), co-unit (0: none). */
    private record Line(
            int proposer,
            List<Integer> coSigners,
            String title,
            String reason,
            ProposalState state,
            int lead,
            int coUnit,
            ProposalSession session) {}

    private static final List<Line> LINES = List.of(
            new Line(
                    1,
                    List.of(2),
                    "关于推进大同黄花产业全链条发展的提案",
                    "黄花产业链条短、精深加工不足、品牌影响力弱",
                    ProposalState.DRAFT,
                    0,
                    0,
                    ProposalSession.INTERIM),
            new Line(
                    1,
                    List.of(),
                    "关于加强城区老旧小区加装电梯工作的提案",
                    "老旧小区老年居民上下楼困难，加装电梯推进缓慢",
                    ProposalState.SUBMITTED,
                    0,
                    0,
                    ProposalSession.PLENARY),
            new Line(
                    3,
                    List.of(1),
                    "关于完善农村养老服务体系的提案",
                    "农村留守老人增多，养老服务设施和人员不足",
                    ProposalState.SUBMITTED,
                    0,
                    0,
                    ProposalSession.PLENARY),
            new Line(
                    2,
                    List.of(),
                    "关于支持煤矿采空区生态修复的提案",
                    "采空区塌陷影响耕地和居民安全，修复资金缺口大",
                    ProposalState.ACCEPTED,
                    0,
                    0,
                    ProposalSession.PLENARY),
            new Line(
                    4,
                    List.of(),
                    "关于为本人所在小区调整公交站点的提案",
                    "所在小区附近公交站点距离较远",
                    ProposalState.NOT_ACCEPTED,
                    0,
                    0,
                    ProposalSession.INTERIM),
            new Line(
                    1,
                    List.of(5),
                    "关于推动新能源和储能产业集群发展的提案",
                    "新能源装机规模大，但储能和装备制造配套不足",
                    ProposalState.ASSIGNED,
                    1,
                    2,
                    ProposalSession.PLENARY),
            new Line(
                    5,
                    List.of(),
                    "关于建设农产品冷链物流体系的提案",
                    "农产品产后损耗高，冷链仓储设施分布不均",
                    ProposalState.ASSIGNED,
                    2,
                    0,
                    ProposalSession.PLENARY),
            new Line(
                    6,
                    List.of(),
                    "关于优化营商环境推进“一网通办”的提案",
                    "部分事项仍需多头跑、重复交材料",
                    ProposalState.ANSWERED,
                    1,
                    0,
                    ProposalSession.PLENARY),
            new Line(
                    1,
                    List.of(),
                    "关于加快文旅融合打造古都品牌的提案",
                    "文旅资源丰富但产品同质化，游客停留时间短",
                    ProposalState.DELIVERED,
                    1,
                    0,
                    ProposalSession.PLENARY),
            new Line(
                    2,
                    List.of(3),
                    "关于扶持杂粮产业合作社的提案",
                    "杂粮合作社规模小、融资难、销售渠道窄",
                    ProposalState.REHANDLING,
                    2,
                    1,
                    ProposalSession.PLENARY),
            new Line(
                    3,
                    List.of(),
                    "关于推广设施农业节水技术的提案",
                    "设施农业用水效率不高，地下水超采",
                    ProposalState.RATED,
                    2,
                    0,
                    ProposalSession.INTERIM),
            new Line(
                    1,
                    List.of(),
                    "关于推进重大项目审批提速的提案",
                    "重大项目前期手续多、审批周期长",
                    ProposalState.DONE,
                    1,
                    0,
                    ProposalSession.PLENARY));

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
    ProposalSessions plenary;

    /** A year of proposals at the size, filed after these. */
    @Inject
    DemoProposalYear year;

    /** The demo's plenary session of Datong (its proposals are filed during it). */
    static final String SESSION = "政协第十五届大同市委员会第三次会议";

    void onPlatformInitialised(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) PlatformInitialised event) {
        Long datong = event.organisationIds().get("SX-DT");
        if (!event.demoData() || datong == null) {
            return;
        }
        Instant now = time.now();
        LocalDate today = time.today(datong);
        Map<String, Long> accounts = event.accountIds();
        long unit1 = departments.register(datong, UNIT1, "office", now).id();
        long unit2 = departments.register(datong, UNIT2, "office", now).id();
        link(accounts.get("unit1"), unit1);
        link(accounts.get("unit2"), unit2);
        // the plenary session the demo's plenary proposals are filed for, made as the office makes one: it opened two
        // days before the demo was loaded and closes two days after (the proposal deadline), filing from 30 days
        // before the opening
        long session = plenary.create(
                        datong,
                        new PlenarySession.Terms(SESSION, "15-3", today.minusDays(2), today.plusDays(2), null, null),
                        "proposals",
                        now)
                .id();

        Actor office = new Actor(Set.of(Role.OFFICE_STAFF), datong, null, null, "proposals");
        Actor lead1 = new Actor(Set.of(Role.HANDLING_UNIT), datong, null, unit1, "unit1");
        Actor lead2 = new Actor(Set.of(Role.HANDLING_UNIT), datong, null, unit2, "unit2");
        int made = 0;
        List<Proposal> filed = new java.util.ArrayList<>();
        for (Line l : LINES) {
            Long proposer = member(accounts, l.proposer());
            List<Long> co = l.coSigners().stream().map(n -> member(accounts, n)).toList();
            if (proposer == null || co.contains(null)) {
                continue;
            }
            Actor author = new Actor(Set.of(Role.MEMBER), datong, proposer, null, "member" + l.proposer());
            Proposal p = new Proposal(
                    datong,
                    proposer,
                    new Proposal.Text(
                            l.title(),
                            l.reason(),
                            "据调查，" + l.reason() + "，群众反映强烈，相关部门虽已采取措施，但统筹协调和资金保障仍显不足。",
                            "一是加强统筹规划；二是加大资金和政策支持；三是建立部门协同和督查考核机制。"),
                    co,
                    null,
                    l.session(),
                    author.username(),
                    now,
                    today);
            p.fileFor(session);
            proposals.add(p);
            proposals.flush();
            made++;
            filed.add(p);
            if (l.state() == ProposalState.DRAFT) {
                continue;
            }
            for (int i = 0; i < co.size(); i++) {
                p.confirm(
                        new Actor(
                                Set.of(Role.MEMBER),
                                datong,
                                co.get(i),
                                null,
                                "member" + l.coSigners().get(i)),
                        now);
            }
            p.submit(author, now);
            if (l.state() == ProposalState.SUBMITTED) {
                continue;
            }
            if (l.state() == ProposalState.NOT_ACCEPTED) {
                p.refuse(office, "所提问题属个人具体诉求，不符合立案标准，建议通过12345热线反映。", today);
                continue;
            }
            p.accept(office, today);
            plenary.number(p);
            credits.accepted(p, today);
            if (l.state() == ProposalState.ACCEPTED) {
                continue;
            }
            long leadId = l.lead() == 1 ? unit1 : unit2;
            List<Long> coUnits = l.coUnit() == 0 ? List.of() : List.of(l.coUnit() == 1 ? unit1 : unit2);
            p.assign(
                    office,
                    leadId,
                    coUnits,
                    deadlines.defaultDue(datong, today),
                    deadlines.sendBackUntil(datong, today),
                    today);
            if (l.state() == ProposalState.ASSIGNED) {
                continue;
            }
            Actor lead = l.lead() == 1 ? lead1 : lead2;
            p.answer(
                    lead,
                    l.state() == ProposalState.REHANDLING ? AnswerCategory.REFERENCE : AnswerCategory.ADOPTED,
                    "我单位高度重视该提案，经认真研究，已将所提建议纳入年度重点工作，明确分管领导和责任科室，并与提案人当面沟通办理意见。",
                    today);
            if (l.state() == ProposalState.ANSWERED) {
                continue;
            }
            p.approveAnswer(office, today);
            if (l.state() == ProposalState.DELIVERED) {
                continue;
            }
            if (l.state() == ProposalState.REHANDLING) {
                p.rate(author, Rating.NOT_SATISFIED, "答复未提出具体措施和时间表。", today);
                continue;
            }
            p.rate(
                    author,
                    l.state() == ProposalState.DONE ? Rating.BASICALLY_SATISFIED : Rating.SATISFIED,
                    "办理认真，沟通及时。",
                    today);
            if (l.state() == ProposalState.RATED) {
                continue;
            }
            p.close(office, today);
        }
        made += overdue(accounts, datong, office, unit2, session, now, today);
        proposals.flush();
        secondSlice(filed, datong, accounts.get("leader"), office, lead1, lead2, today);
        made += year.file(datong, accounts.get("leader"), session, today);
        LOG.info("Demo proposals loaded: Datong, " + made + " proposals, unit1 and unit2 linked to their departments");
    }

    /**
     * One overdue assignment for the office's overdue list and the units' reminders (issue 18, deadlines): member3's
     * proposal, assigned to unit2 four months ago, its answer due a month ago.
     */
    private int overdue(
            Map<String, Long> accounts,
            long datong,
            Actor office,
            long unit2,
            long session,
            Instant now,
            LocalDate today) {
        Long proposer = member(accounts, 3);
        if (proposer == null) {
            return 0;
        }
        LocalDate assignedOn = today.minusMonths(4);
        Actor author = new Actor(Set.of(Role.MEMBER), datong, proposer, null, "member3");
        Proposal p = new Proposal(
                datong,
                proposer,
                new Proposal.Text(
                        "关于加快老旧小区加装电梯的建议",
                        "老旧小区老年住户上下楼难，加装电梯推进缓慢",
                        "我市2000年前建成的老旧小区多为六层以下住宅，老年住户比例高，加装电梯协调难、资金难、审批难。",
                        "一是简化审批流程；二是设立专项补贴；三是建立业主协商和矛盾调处机制。"),
                List.of(),
                null,
                ProposalSession.PLENARY,
                author.username(),
                now,
                today);
        p.fileFor(session);
        proposals.add(p);
        proposals.flush();
        p.submit(author, now);
        p.accept(office, assignedOn);
        plenary.number(p);
        credits.accepted(p, assignedOn);
        p.assign(
                office,
                unit2,
                List.of(),
                deadlines.defaultDue(datong, assignedOn),
                deadlines.sendBackUntil(datong, assignedOn),
                assignedOn);
        return 1;
    }

    /**
     * Issue 18, second slice: the first assigned proposal with a co-handling unit gets that unit's opinion; the first
     * assigned proposal is a key proposal supervised by the chair (login {@code leader}); it and the first closed one
     * have an instruction of the chair's each (credited as the service does); the closed one has a member interview.
     */
    private void secondSlice(
            List<Proposal> filed, long datong, Long leader, Actor office, Actor lead1, Actor lead2, LocalDate today) {
        if (leader == null) {
            return;
        }
        Actor chair = new Actor(Set.of(Role.LEADER), datong, null, null, "leader");
        String chairName = "张德明（主席）";
        filed.stream()
                .filter(p -> p.state() == ProposalState.ASSIGNED
                        && !p.coDepartmentIds().isEmpty())
                .findFirst()
                .ifPresent(p -> {
                    Actor co = p.coDepartmentIds().contains(lead1.departmentId()) ? lead1 : lead2;
                    p.giveOpinion(co, "我单位同意主办单位意见，将在项目资金安排上予以配合。", today);
                });
        for (ProposalState state : List.of(ProposalState.ASSIGNED, ProposalState.DONE)) {
            filed.stream().filter(p -> p.state() == state).findFirst().ifPresent(p -> {
                if (p.state() != ProposalState.DONE) {
                    p.markKey(office, today, "第十五届主席会议第三次会议", leader, chairName, today);
                    credits.key(p, today);
                }
                int n = p.instruct(chair, leader, chairName, today, "请承办单位高度重视，抓紧研究落实，按时答复。", today);
                credits.instruction(p, n, today);
                if (p.state() == ProposalState.DONE) {
                    p.recordInterview(office, today, "提案人及承办单位负责人", "提案人对办理过程和结果表示满意，建议持续跟踪落实。", today);
                }
            });
        }
    }

    private void link(Long accountId, long departmentId) {
        if (accountId != null) {
            departments.link(accountId, departmentId);
        }
    }

    private Long member(Map<String, Long> accounts, int login) {
        Long account = accounts.get("member" + login);
        return account == null
                ? null
                : members.ofAccount(account).map(MemberDirectory.MemberRef::id).orElse(null);
    }
}
