package org.tongxin.consultation.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.consultation.domain.ConsultationForm;
import org.tongxin.consultation.domain.ItemTerms;
import org.tongxin.consultation.domain.Plan;
import org.tongxin.consultation.domain.PlanRepository;
import org.tongxin.consultation.domain.PlanShape;
import org.tongxin.consultation.domain.PlanStep;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.PlatformInitialised;
import org.tongxin.platform.kernel.Role;

/**
 * Datong's consultation plan of this year in its "136+N" shape (the seed: one plenary, three standing-committee and six
 * monthly consultations, and other forms): drafted by the office, reviewed by the party group, approved by the city's
 * party committee and published, with its task lists. Made with the same domain steps as the pages and the API.
 */
@ApplicationScoped
public class DemoConsultation {

    private static final Logger LOG = Logger.getLogger(DemoConsultation.class.getName());

    private static final String CHAIR = "张德明（主席）";

    /** Topic, form, month, lead leader, committee (index in the demo's committees), departments. */
    private record Line(
            String topic, ConsultationForm form, int month, String leader, int committee, List<String> departments) {}

    private static final List<Line> LINES = List.of(
            new Line("推动资源型经济转型、加快建设现代化产业体系", ConsultationForm.PLENARY, 3, CHAIR, 1, List.of("市发展改革委", "市工信局", "市能源局")),
            new Line(
                    "持续优化营商环境（访百企·优环境）",
                    ConsultationForm.STANDING,
                    4,
                    "李文华（副主席）",
                    1,
                    List.of("市行政审批局", "市商务局", "市市场监管局")),
            new Line("助“三农”·促振兴：发展黄花等特色农业产业", ConsultationForm.STANDING, 7, "王志刚（副主席）", 2, List.of("市农业农村局", "市乡村振兴局")),
            new Line("提升基层医疗卫生服务能力", ConsultationForm.STANDING, 10, "刘玉梅（副主席）", 3, List.of("市卫健委", "市医保局")),
            new Line("提高提案办理质效（提案追踪·委员访谈）", ConsultationForm.MONTHLY, 2, "赵国强（秘书长）", 0, List.of("市政府办")),
            new Line("推进义务教育优质均衡发展", ConsultationForm.MONTHLY, 5, "刘玉梅（副主席）", 3, List.of("市教育局")),
            new Line("老旧小区改造与物业管理", ConsultationForm.MONTHLY, 6, "李文华（副主席）", 4, List.of("市住建局", "市城管局")),
            new Line("文旅融合与古城保护（书香政协·文润古城）", ConsultationForm.MONTHLY, 8, "王志刚（副主席）", 5, List.of("市文旅局", "市文物局")),
            new Line("普法宣传进基层（法制大讲堂·普法零距离）", ConsultationForm.MONTHLY, 9, "赵国强（秘书长）", 4, List.of("市司法局")),
            new Line("完善委员联系群众工作机制", ConsultationForm.MONTHLY, 11, CHAIR, 0, List.of("市委统战部")),
            new Line("大同黄花产业链延伸专题协商", ConsultationForm.SPECIAL, 6, "王志刚（副主席）", 2, List.of("市农业农村局", "市商务局")),
            new Line("“有事来商量”：老旧小区地下管网改造", ConsultationForm.GRASSROOTS, 9, null, 4, List.of("平城区住建局", "新建南路街道办事处")));

    @Inject
    PlanRepository plans;

    @Inject
    MemberDirectory directory;

    @Inject
    OrganisationTime time;

    void onPlatformInitialised(@Observes @Priority(Interceptor.Priority.APPLICATION + 800) PlatformInitialised event) {
        Long datong = event.organisationIds().get("SX-DT");
        if (!event.demoData() || datong == null) {
            return;
        }
        Instant now = time.now();
        LocalDate today = time.today(datong);
        int year = today.getYear();
        List<Map.Entry<Long, String>> committees =
                List.copyOf(directory.committeesOf(datong).entrySet());
        PlanShape.Counts shape = new PlanShape.Counts(1, 3, 6, 2);
        plans.add(new PlanShape(datong, shape, "office", now));

        Plan plan = new Plan(datong, year, "office", now);
        for (Line l : LINES) {
            Long committee = committees.isEmpty()
                    ? null
                    : committees.get(l.committee() % committees.size()).getKey();
            Long account = CHAIR.equals(l.leader()) ? event.accountIds().get("leader") : null;
            plan.addItem(
                    new ItemTerms(l.form(), l.topic(), l.month(), l.leader(), account, committee, l.departments()));
        }
        plans.add(plan);
        plans.flush();
        Map<Long, String> names = Map.copyOf(directory.committeesOf(datong));
        LocalDate reviewed = earliest(LocalDate.of(year, 1, 15), today);
        LocalDate approved = earliest(LocalDate.of(year, 1, 28), today);
        take(plan, PlanStep.REVIEW, reviewed, null, "leader", now, today, shape, names);
        take(plan, PlanStep.SUBMIT, null, null, "office", now, today, shape, names);
        take(plan, PlanStep.APPROVE, approved, "中共大同市委常委会", "leader", now, today, shape, names);
        take(plan, PlanStep.PUBLISH, null, null, "office", now, today, shape, names);
        plans.flush();
        LOG.info("Demo consultation plan loaded: Datong " + year + ", " + LINES.size() + " items, "
                + plan.tasks().size() + " tasks");
    }

    private static LocalDate earliest(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static void take(
            Plan plan,
            PlanStep step,
            LocalDate on,
            String body,
            String by,
            Instant now,
            LocalDate today,
            PlanShape.Counts shape,
            Map<Long, String> names) {
        plan.take(step, EnumSet.of(Role.OFFICE_STAFF, Role.LEADER), on, body, by, now, today, shape, names::get);
    }
}
