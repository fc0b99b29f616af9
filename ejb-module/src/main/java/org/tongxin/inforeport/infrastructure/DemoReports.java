package org.tongxin.inforeport.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyEvent;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.inforeport.domain.Adoption;
import org.tongxin.inforeport.domain.Draft;
import org.tongxin.inforeport.domain.Instruction;
import org.tongxin.inforeport.domain.InstructionLevel;
import org.tongxin.inforeport.domain.MoveFacts;
import org.tongxin.inforeport.domain.Report;
import org.tongxin.inforeport.domain.ReportAction;
import org.tongxin.inforeport.domain.ReportAuthor;
import org.tongxin.inforeport.domain.ReportState;
import org.tongxin.inforeport.domain.ReportVersion;
import org.tongxin.inforeport.domain.Transition;
import org.tongxin.platform.application.OrganisationDirectory;
import org.tongxin.platform.application.OrganisationSummary;
import org.tongxin.platform.kernel.OrganisationLevel;
import org.tongxin.platform.kernel.PlatformInitialised;

/**
 * This year's reports in the demo city and its two districts: drafts, submissions, returns, declines and
 * adoptions at the district, city and province levels along the real state machine, every step on the
 * path, 35 leaders' instructions on Datong's adopted reports (the seed's figure), and the points of every
 * submission, adoption and instruction credited through DutyEvent. About one report in seven names a
 * contact point of its first author as its source (for the liaison groups' ranking).
 */
@ApplicationScoped
public class DemoReports {

    private static final Logger LOG = Logger.getLogger(DemoReports.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    MemberDirectory directory;

    @Inject
    OrganisationDirectory organisations;

    @Inject
    Clock clock;

    @Inject
    Event<DutyEvent> duty;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    private record Level(OrganisationSummary org, String editor, String editorName) {}

    private record Credit(
            long memberId,
            LocalDate on,
            DutyCategory category,
            SourceRef source,
            String title,
            DutyRole role,
            int coAuthors) {}

    private final List<Object> rows = new ArrayList<>();
    /** The writer of a report whose first author has no login (office staff entered it). */
    private Long fallbackAccount;

    private final List<Credit> credits = new ArrayList<>();
    /** Which reports name a contact point: a stream of its own, so the rest of the demo year stays as it was. */
    private final Random sourcing = new Random(2026_1130L);

    private final java.util.Map<Long, List<MemberDirectory.PointRef>> pointsOf = new java.util.HashMap<>();

    void onPlatformInitialised(@Observes @Priority(Interceptor.Priority.APPLICATION + 750) PlatformInitialised event) {
        Long datongId = event.organisationIds().get("SX-DT");
        if (!event.demoData() || datongId == null) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        Level province = level(event.organisationIds().get("SX"), "editor-sx", "赵建平（省政协信息处）");
        Level datong = level(datongId, "editor", "李建国（信息处）");
        Level pingcheng = level(event.organisationIds().get("SX-DT-PC"), "editor-pc", "孙立华（平城区政协）");
        Level yungang = level(event.organisationIds().get("SX-DT-YG"), "editor-yg", "云冈区政协信息科");
        Random random = new Random(2026_1202L);
        fallbackAccount = event.accountIds().get("office");
        int instructions = 0;
        int total = 0;
        for (Level origin : List.of(datong, pingcheng, yungang)) {
            List<MemberDirectory.MemberRef> members =
                    directory.activeMembers(origin.org().id());
            int count = origin == datong ? 620 : origin == pingcheng ? 160 : 130;
            for (int i = 0; i < count; i++) {
                LocalDate written =
                        today.withDayOfYear(1).plusDays(random.nextInt(Math.max(1, today.getDayOfYear() - 3)));
                Instant at = written.atTime(9 + random.nextInt(9), random.nextInt(60))
                        .atZone(ZONE)
                        .toInstant();
                List<Level> path = new ArrayList<>(List.of(origin));
                if (origin != datong) {
                    path.add(datong);
                }
                path.add(province);
                boolean instruct = origin == datong && instructions < 35 && random.nextInt(100) < 14;
                if (write(origin, path, members, at, now, random, instruct)) {
                    instructions++;
                }
                total++;
            }
        }
        rows.forEach(r -> {
            em.persist(r);
        });
        em.flush();
        em.clear();
        rows.clear();
        FlushModeType mode = em.getFlushMode();
        em.setFlushMode(FlushModeType.COMMIT); // every source is new: no lookup needs the pending rows
        try {
            int n = 0;
            for (Credit c : credits) {
                if (c.on().getYear() == today.getYear()) {
                    duty.fire(new DutyEvent(
                            c.memberId(), c.on(), c.category(), c.source(), c.title(), c.role(), c.coAuthors()));
                }
                if (++n % 500 == 0) {
                    em.flush();
                    em.clear();
                }
            }
            em.flush();
            em.clear();
        } finally {
            em.setFlushMode(mode);
        }
        LOG.info("Demo information reports loaded: " + total + " reports, " + instructions + " instructions in Datong, "
                + credits.size() + " duty credits");
        credits.clear();
    }

    private Level level(Long id, String editor, String name) {
        return new Level(organisations.find(id).orElseThrow(), editor, name);
    }

    /** One report along its path; answers whether it received an instruction. */
    private boolean write(
            Level origin,
            List<Level> path,
            List<MemberDirectory.MemberRef> members,
            Instant at,
            Instant now,
            Random random,
            boolean instruct) {
        MemberDirectory.MemberRef first = members.get(random.nextInt(members.size()));
        List<MemberDirectory.MemberRef> authors = new ArrayList<>(List.of(first));
        if (random.nextInt(100) < 30) {
            List<MemberDirectory.MemberRef> pool = new ArrayList<>(members);
            pool.remove(first);
            Collections.shuffle(pool, random);
            authors.addAll(pool.subList(0, 1 + random.nextInt(2)));
        }
        String[] subject = SUBJECTS[random.nextInt(SUBJECTS.length)];
        Draft draft = new Draft(
                "关于" + subject[1] + "的建议", subject[2], List.of(subject[3], "建议相关部门加强督促检查，定期通报进展。"), subject[0]);
        Report report = new Report(
                origin.org().id(), first.accountId() != null ? first.accountId() : fallbackAccount, draft, at);
        if (sourcing.nextInt(100) < 15) { // about one report in seven carries what the people of a contact point raised
            List<MemberDirectory.PointRef> points = pointsOf.computeIfAbsent(first.id(), directory::pointsOf);
            if (!points.isEmpty()) {
                MemberDirectory.PointRef point = points.get(sourcing.nextInt(points.size()));
                report.comesFrom(point.id(), point.label());
            }
        }
        em.persist(report); // the id is needed by what follows; written with the rest below
        em.flush();
        for (int i = 0; i < authors.size(); i++) {
            rows.add(new ReportAuthor(
                    report,
                    i,
                    authors.get(i).id(),
                    authors.get(i).accountId(),
                    authors.get(i).name()));
        }
        rows.add(new ReportVersion(report, 1, ReportVersion.Kind.AUTHOR, "member", at));
        step(report, origin, ReportAction.CREATE, null, "member", first.name(), null, at);
        int roll = random.nextInt(100);
        if (roll < 8) {
            return false; // still a draft
        }
        Instant t = at.plus(Duration.ofHours(2 + random.nextInt(30)));
        submit(report, origin, first, t, authors);
        boolean instructed = false;
        for (int l = 0; l < path.size(); l++) {
            Level here = path.get(l);
            if (t.plus(Duration.ofDays(3)).isAfter(now)) {
                return instructed; // waiting for this level's editors
            }
            int r = random.nextInt(100);
            if (l == 0 && r < 6) {
                return instructed; // submitted, not yet taken up
            }
            t = t.plus(Duration.ofHours(4 + random.nextInt(40)));
            move(report, here, ReportAction.START_EDITING, null, t);
            if (l == 0 && r < 14) {
                t = t.plus(Duration.ofHours(2));
                move(report, here, ReportAction.RETURN, "请补充具体数据和典型事例", t);
                if (random.nextBoolean()) {
                    return instructed; // back with the author
                }
                t = t.plus(Duration.ofDays(2));
                report.move(ReportAction.REVISE, t);
                rows.add(new ReportVersion(report, 2, ReportVersion.Kind.AUTHOR, "member", t));
                step(report, origin, ReportAction.REVISE, ReportState.RETURNED, "member", first.name(), null, t);
                submit(report, origin, first, t.plus(Duration.ofHours(1)), authors);
                t = t.plus(Duration.ofHours(20));
                move(report, here, ReportAction.START_EDITING, null, t);
            }
            int decline = l == 0 ? 38 : 45;
            if (r < decline) {
                move(report, here, ReportAction.DECLINE, "内容与已编发信息重复", t.plus(Duration.ofHours(3)));
                return instructed;
            }
            t = t.plus(Duration.ofHours(3));
            move(report, here, ReportAction.ADOPT, null, t);
            Adoption adoption = new Adoption(report, here.org().id(), here.org().level(), here.editor(), t);
            rows.add(adoption);
            credit(
                    report,
                    authors,
                    t,
                    switch (here.org().level()) {
                        case COUNTY -> DutyCategory.INFO_ADOPTED_COUNTY;
                        case CITY -> DutyCategory.INFO_ADOPTED_CITY;
                        case PROVINCE -> DutyCategory.INFO_ADOPTED_PROVINCE;
                    },
                    SourceRef.of(
                            "inforeport",
                            "adopted",
                            report.id() + "-" + here.org().id()));
            if (instruct && here.org().level() == OrganisationLevel.CITY && !instructed) {
                LocalDate on = LocalDate.ofInstant(t, ZONE).plusDays(3 + random.nextInt(10));
                if (!on.isAfter(LocalDate.ofInstant(now, ZONE))) {
                    boolean top = random.nextInt(100) < 15;
                    Instruction ins = new Instruction(
                            report,
                            new Instruction.Facts(
                                    top ? "省委副书记" : LEADERS[random.nextInt(LEADERS.length)],
                                    top ? InstructionLevel.PROVINCE : InstructionLevel.CITY,
                                    on,
                                    "请" + subject[4] + "认真研究，提出具体措施。",
                                    subject[4],
                                    random.nextBoolean() ? "已纳入年度重点工作" : null),
                            here.editor(),
                            t.plus(Duration.ofDays(4)));
                    em.persist(ins);
                    em.flush();
                    step(
                            report,
                            here,
                            ReportAction.INSTRUCT,
                            ReportState.ADOPTED,
                            here.editor(),
                            here.editorName(),
                            ins.leaderName(),
                            t.plus(Duration.ofDays(4)));
                    credit(
                            report,
                            authors,
                            on.atStartOfDay(ZONE).toInstant(),
                            top ? DutyCategory.INSTRUCTION_PROVINCE : DutyCategory.INSTRUCTION_CITY,
                            SourceRef.of("inforeport", "instruction", ins.id()));
                    instructed = true;
                }
            }
            if (l == path.size() - 1 || random.nextInt(100) >= 45) {
                return instructed;
            }
            t = t.plus(Duration.ofHours(6 + random.nextInt(48)));
            if (t.isAfter(now)) {
                return instructed;
            }
            ReportState before = report.state();
            report.forwardTo(path.get(l + 1).org().id(), new MoveFacts(false, false, false, true, false), t);
            step(
                    report,
                    here,
                    ReportAction.FORWARD,
                    before,
                    here.editor(),
                    here.editorName(),
                    path.get(l + 1).org().name(),
                    t);
        }
        return instructed;
    }

    private void submit(
            Report report,
            Level origin,
            MemberDirectory.MemberRef first,
            Instant t,
            List<MemberDirectory.MemberRef> authors) {
        boolean firstTime = report.submittedAt() == null;
        ReportState before = report.move(ReportAction.SUBMIT, t);
        step(report, origin, ReportAction.SUBMIT, before, "member", first.name(), null, t);
        if (firstTime) {
            credit(
                    report,
                    authors,
                    t,
                    DutyCategory.INFO_SUBMITTED,
                    SourceRef.of("inforeport", "submitted", report.id()));
        }
    }

    private void move(Report report, Level here, ReportAction action, String note, Instant t) {
        ReportState before = report.move(action, t);
        step(report, here, action, before, here.editor(), here.editorName(), note, t);
    }

    private void step(
            Report report,
            Level here,
            ReportAction action,
            ReportState before,
            String actor,
            String name,
            String note,
            Instant t) {
        rows.add(new Transition(report, here.org().id(), action, before, actor, name, note, t));
    }

    private void credit(
            Report report,
            List<MemberDirectory.MemberRef> authors,
            Instant at,
            DutyCategory category,
            SourceRef source) {
        int co = authors.size() - 1;
        for (int i = 0; i < authors.size(); i++) {
            DutyRole role = co == 0 ? DutyRole.SOLE : i == 0 ? DutyRole.FIRST_AUTHOR : DutyRole.CO_AUTHOR;
            credits.add(new Credit(
                    authors.get(i).id(), LocalDate.ofInstant(at, ZONE), category, source, report.title(), role, co));
        }
    }

    private static final String[] LEADERS = {"市委书记", "市长", "市委副书记", "常务副市长", "分管副市长"};

    /** Topic, subject, situation, proposal, department. */
    private static final String[][] SUBJECTS = {
        {"LIVELIHOOD", "老旧小区加装电梯", "老旧小区居民特别是老年人反映上下楼难，加装电梯意愿强烈，但审批环节多、费用分摊难。", "建议简化审批流程，明确费用分摊指引。", "市住建局"},
        {"EDUCATION", "缓解城区学校大班额", "城区部分小学班额超过 55 人，教师配备不足，家长反映强烈。", "建议加快新建学校建设，优化学区划分。", "市教育局"},
        {"HEALTH", "基层医疗服务能力提升", "乡镇卫生院设备老化，全科医生短缺，群众看病仍往城里跑。", "建议实施县乡医疗一体化，加大全科医生培养。", "市卫健委"},
        {"ENVIRONMENT", "御河生态修复", "御河部分河段水质反复，沿岸垃圾清理不及时。", "建议建立河长巡查与群众监督相结合的长效机制。", "市生态环境局"},
        {"CULTURE", "古城文旅融合发展", "古城景区同质化经营明显，夜间消费业态不足，游客停留时间短。", "建议引入非遗体验和夜间演艺项目。", "市文旅局"},
        {"AGRICULTURE", "黄花产业链延伸", "黄花种植面积扩大但深加工不足，价格波动大，农民增收不稳。", "建议扶持深加工企业，建设冷链仓储。", "市农业农村局"},
        {"RULE_OF_LAW", "农民工工资支付保障", "个别建设项目拖欠农民工工资，维权渠道不畅。", "建议推行工资专户和实名制管理，加强联合执法。", "市人社局"},
        {"ECONOMY", "中小企业融资难", "中小微企业贷款门槛高、周期长，续贷压力大。", "建议设立应急转贷资金池，完善融资担保体系。", "市金融办"},
        {"GOVERNANCE", "社区网格化管理", "部分社区网格员身兼多职，台账负担重，服务群众时间少。", "建议精简报表，推动数据共享。", "市民政局"},
        {"LIVELIHOOD", "冬季清洁取暖", "农村“煤改电”后部分家庭取暖费用上涨，设备维修不及时。", "建议延续取暖补贴政策，建立设备维保服务网络。", "市发改委"}
    };
}
