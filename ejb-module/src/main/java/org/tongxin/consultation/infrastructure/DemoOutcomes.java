package org.tongxin.consultation.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.tongxin.consultation.domain.LeaderLevel;
import org.tongxin.consultation.domain.Outcome;
import org.tongxin.consultation.domain.OutcomeRepository;
import org.tongxin.consultation.domain.OutcomeState;
import org.tongxin.consultation.domain.Plan;
import org.tongxin.consultation.domain.PlanItem;
import org.tongxin.consultation.domain.PlanRepository;
import org.tongxin.platform.application.DepartmentDirectory;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.PlatformInitialised;
import org.tongxin.platform.kernel.Role;

/**
 * Datong's government departments and the outcomes of its published plan (after {@link DemoConsultation}) in several
 * states: agreed, sent, answered and published with a city leader's instruction, being tracked, done and published.
 * Made with the same domain steps as the pages and the API (departments registered as the office registers them).
 */
@ApplicationScoped
public class DemoOutcomes {

    private static final Logger LOG = Logger.getLogger(DemoOutcomes.class.getName());

    static final List<String> DEPARTMENTS = List.of("大同市发展和改革委员会", "大同市住房和城乡建设局", "大同市教育局", "大同市卫生健康委员会", "大同市农业农村局");

    /** The start of a topic of the demo plan, the department, the suggestion, how far it goes. */
    private record Line(String topic, String department, String suggestion, OutcomeState state, boolean published) {}

    private static final List<Line> LINES = List.of(
            new Line("推动资源型经济转型", "大同市发展和改革委员会", "编制传统产业改造提升三年行动方案，推动煤电企业向新能源和储能延伸", OutcomeState.DONE, true),
            new Line("助“三农”·促振兴", "大同市农业农村局", "设立黄花产业发展专项资金，在主产区建设冷链仓储和初加工设施", OutcomeState.ANSWERED, true),
            new Line("提升基层医疗卫生服务能力", "大同市卫生健康委员会", "推进县域医共体建设，为每个乡镇卫生院配备至少两名全科医生", OutcomeState.TRACKING, false),
            new Line("推进义务教育优质均衡发展", "大同市教育局", "合理调配城区学位资源，推进集团化办学和教师交流轮岗", OutcomeState.SENT, false),
            new Line("老旧小区改造与物业管理", "大同市住房和城乡建设局", "将地下管网改造纳入老旧小区改造年度计划，同步完善物业服务", OutcomeState.AGREED, false));

    @Inject
    PlanRepository plans;

    @Inject
    OutcomeRepository outcomes;

    @Inject
    DepartmentDirectory departments;

    @Inject
    OrganisationTime time;

    void onPlatformInitialised(@Observes @Priority(Interceptor.Priority.APPLICATION + 810) PlatformInitialised event) {
        Long datong = event.organisationIds().get("SX-DT");
        if (!event.demoData() || datong == null) {
            return;
        }
        Instant now = time.now();
        LocalDate today = time.today(datong);
        Map<String, Long> ids = new HashMap<>();
        for (String name : DEPARTMENTS) {
            ids.put(name, departments.register(datong, name, "office", now).id());
        }
        Plan plan = plans.plans(today.getYear(), "%").stream()
                .filter(p -> p.organisationId().equals(datong) && p.state().approved())
                .findFirst()
                .orElse(null);
        if (plan == null) {
            return;
        }
        Set<Role> roles = EnumSet.of(Role.OFFICE_STAFF, Role.LEADER);
        int made = 0;
        for (Line l : LINES) {
            PlanItem item = plan.items().stream()
                    .filter(i -> i.topic().startsWith(l.topic()))
                    .findFirst()
                    .orElse(null);
            if (item == null) {
                continue;
            }
            Outcome o = new Outcome(
                    plan, item, l.suggestion(), ids.get(l.department()), today.plusDays(60), "office", now, today);
            outcomes.add(o);
            walk(o, l, roles, datong, now, today);
            made++;
        }
        outcomes.flush();
        LOG.info("Demo consultation outcomes loaded: Datong, " + DEPARTMENTS.size() + " departments, " + made
                + " outcomes");
    }

    private static void walk(Outcome o, Line l, Set<Role> roles, long org, Instant now, LocalDate today) {
        if (l.state() == OutcomeState.AGREED) {
            return;
        }
        o.send(roles, org, "office", now);
        if (l.state() == OutcomeState.SENT) {
            return;
        }
        o.answer(
                roles,
                org,
                "我单位高度重视，已将该建议列入本年度重点工作，明确分管领导和责任科室，按季度报送进展。",
                today,
                "办公室主任 刘建华",
                "同" + l.department().substring(3, 5) + "函〔" + today.getYear() + "〕12号",
                "office",
                now,
                today);
        if (l.published()) {
            o.instruct(
                    roles,
                    org,
                    "王建国（市长）",
                    LeaderLevel.CITY,
                    today,
                    "政协的建议很有价值，请相关部门认真研究吸纳，抓好落实。",
                    "leader",
                    now,
                    today);
        }
        if (l.state() == OutcomeState.ANSWERED) {
            if (l.published()) {
                o.publish(roles, org, "office", now);
            }
            return;
        }
        o.track(roles, org, "office", now);
        o.note(roles, org, today, "责任单位已制定实施方案，完成首批项目选址。", "office", now, today);
        if (l.state() == OutcomeState.DONE) {
            o.complete(roles, org, today, "office", today);
        }
        if (l.published()) {
            o.publish(roles, org, "office", now);
        }
    }
}
