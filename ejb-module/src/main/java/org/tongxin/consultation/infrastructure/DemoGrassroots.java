package org.tongxin.consultation.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.consultation.application.GrassrootsServiceBean;
import org.tongxin.consultation.domain.GrassrootsMeeting;
import org.tongxin.consultation.domain.GrassrootsOrigin;
import org.tongxin.consultation.domain.GrassrootsRepository;
import org.tongxin.consultation.domain.GrassrootsResult;
import org.tongxin.consultation.domain.GrassrootsStep;
import org.tongxin.consultation.domain.GrassrootsTopic;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyEvent;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.PlatformInitialised;
import org.tongxin.platform.kernel.Role;

/**
 * Grassroots consultation in Luzhou district (潞州区政协, Changzhi), the seed's "five parties, six steps": topics collected
 * at the district's contact points and by its office (login office-lz), in several steps; among them the case Yingze
 * solved, a leaking basement pipe in an old residential block, closed with what the people were told. Members of the
 * district and of the city sit at the meetings and are credited. Runs after the liaison structure (towns, groups,
 * points) and through the same domain steps as the pages and the API.
 */
@ApplicationScoped
public class DemoGrassroots {

    private static final Logger LOG = Logger.getLogger(DemoGrassroots.class.getName());
    private static final Set<Role> OFFICE = EnumSet.of(Role.OFFICE_STAFF);

    /** A demo topic: title, description, the step it reaches, the meeting's result and reasons, whether typed. */
    private record Line(
            String title,
            String description,
            GrassrootsStep reaches,
            GrassrootsResult result,
            String reasons,
            boolean typed) {}

    private static final List<Line> LINES = List.of(
            new Line(
                    "老旧小区地下室管道漏水",
                    "居民反映：小区建于上世纪八十年代，地下室供排水管道锈蚀，常年漏水，积水返潮、蚊虫滋生，多次报修未彻底解决。",
                    GrassrootsStep.DONE,
                    GrassrootsResult.SOLVED,
                    null,
                    false),
            new Line(
                    "背街小巷路灯不亮，夜间出行不便",
                    "居民反映巷内多盏路灯损坏，老人夜间出行不便，存在安全隐患。",
                    GrassrootsStep.FOLLOW_UP,
                    GrassrootsResult.SOLVED,
                    null,
                    false),
            new Line(
                    "快递车辆乱停乱放，堵塞小区消防通道",
                    "快递三轮车在小区门口长时间停放，消防通道被占。",
                    GrassrootsStep.PUBLISH,
                    GrassrootsResult.NOT_SOLVED,
                    "小区无集中收发场地，需街道统筹选址，已列入下季度议题",
                    false),
            new Line(
                    "小区加装电梯费用分摊难",
                    "高低层住户对加装电梯费用分摊意见不一，希望协商出可行方案。",
                    GrassrootsStep.DELIBERATE,
                    GrassrootsResult.PARTLY,
                    "二单元已达成分摊方案；一单元低层住户仍有异议，继续做工作",
                    false),
            new Line("农贸市场周边占道经营", "早市摊贩占道经营，车辆通行困难。", GrassrootsStep.RESEARCH, null, null, false),
            new Line("村道雨天积水，学生上学不便", "通往学校的村道地势低洼，雨天积水。", GrassrootsStep.TOPIC, null, null, false),
            new Line("社区养老助餐点供不应求", "社区老年人多，助餐点座位和人手不足。", GrassrootsStep.COLLECT, null, null, true));

    @Inject
    GrassrootsRepository topics;

    @Inject
    MemberDirectory directory;

    @Inject
    OrganisationTime time;

    @Inject
    Event<DutyEvent> duty;

    void onPlatformInitialised(@Observes @Priority(Interceptor.Priority.APPLICATION + 850) PlatformInitialised event) {
        Long luzhou = event.organisationIds().get("SX-CZ-LZ");
        Long changzhi = event.organisationIds().get("SX-CZ");
        if (!event.demoData() || luzhou == null) {
            return;
        }
        List<MemberDirectory.MemberRef> members = directory.activeMembers(luzhou);
        List<MemberDirectory.MemberRef> city = changzhi == null ? List.of() : directory.activeMembers(changzhi);
        // contact points of the district, as its members are assigned to them (with their towns and groups)
        List<MemberDirectory.PointRef> points = new ArrayList<>();
        for (int i = 0; i < members.size() && points.size() < LINES.size(); i += 37) {
            directory.pointsOf(members.get(i).id()).stream().findFirst().ifPresent(points::add);
        }
        if (points.isEmpty()) {
            return;
        }
        Instant now = time.now();
        LocalDate today = time.today(luzhou);
        int made = 0;
        for (int n = 0; n < LINES.size(); n++) {
            Line l = LINES.get(n);
            MemberDirectory.PointRef p = points.get(n % points.size());
            // the steps spread over the weeks before today: collected 40 days ago, a step every five days
            LocalDate collected = today.minusDays(40 - n);
            GrassrootsTopic t = new GrassrootsTopic(
                    new GrassrootsOrigin(
                            luzhou,
                            p.townId(),
                            p.townName(),
                            p.groupId(),
                            p.groupName(),
                            l.typed() ? null : p.id(),
                            l.typed() ? null : p.name(),
                            null,
                            null,
                            null,
                            l.title(),
                            l.description(),
                            collected),
                    OFFICE,
                    "office-lz",
                    now,
                    today);
            topics.add(t);
            LocalDate on = collected;
            for (GrassrootsStep s = GrassrootsStep.TOPIC;
                    s != null && s.ordinal() <= l.reaches().ordinal();
                    s = s.next()) {
                on = on.plusDays(5);
                GrassrootsMeeting meeting = s == GrassrootsStep.DELIBERATE ? meeting(l, p, members, city, n) : null;
                List<GrassrootsMeeting.Attendee> present = t.take(
                        s,
                        OFFICE,
                        new GrassrootsTopic.StepInput(
                                on,
                                record(s, l, p),
                                meeting,
                                s == GrassrootsStep.DONE ? "已上门告知反映问题的居民：" + l.title() + "已解决，居民表示满意。" : null,
                                null),
                        "office-lz",
                        now,
                        today);
                if (!present.isEmpty()) {
                    topics.flush();
                    for (GrassrootsMeeting.Attendee a : present) {
                        duty.fire(DutyEvent.sole(
                                a.memberId(),
                                on,
                                DutyCategory.GRASSROOTS_CONSULTATION,
                                GrassrootsServiceBean.source(t.id()),
                                "基层协商：" + l.title()));
                    }
                }
            }
            topics.flush();
            // the tally counts the topic once, at the step it reached
            topics.tally(t, null);
            made++;
        }
        topics.flush();
        LOG.info("Demo grassroots consultation loaded: Luzhou, " + made + " topics");
    }

    private static GrassrootsMeeting meeting(
            Line l,
            MemberDirectory.PointRef p,
            List<MemberDirectory.MemberRef> members,
            List<MemberDirectory.MemberRef> city,
            int n) {
        List<GrassrootsMeeting.Attendee> present = new ArrayList<>();
        for (int i = 0; i < 2 && i < members.size(); i++) {
            MemberDirectory.MemberRef m = members.get((n * 37 + i * 11) % members.size());
            present.add(new GrassrootsMeeting.Attendee(m.id(), m.name()));
        }
        if (!city.isEmpty()) {
            MemberDirectory.MemberRef m = city.get(n % city.size());
            present.add(new GrassrootsMeeting.Attendee(m.id(), m.name()));
        }
        return new GrassrootsMeeting(
                present,
                List.of(p.name() + "党支部书记"),
                List.of("物业服务企业负责人"),
                List.of(p.townName() + "派出所社区民警"),
                List.of("居民代表（楼长）", "居民代表（业委会）"),
                l.result(),
                l.reasons());
    }

    private static String record(GrassrootsStep s, Line l, MemberDirectory.PointRef p) {
        return switch (s) {
            case TOPIC -> "联络组会同社区研究，确定“" + l.title() + "”为本月协商议题。";
            case RESEARCH -> "委员到" + p.name() + "实地查看，走访住户，听取物业和相关部门意见，形成调研材料。";
            case DELIBERATE -> "在“有事来商量”议事室召开协商会，五方共同商议解决办法。";
            case PUBLISH -> "协商结果在社区公示栏和居民微信群公示七天。";
            case FOLLOW_UP -> "委员跟踪落实，相关单位按协商意见施工整改。";
            case DONE -> "整改完成，经居民代表验收，办结。";
            default -> l.description();
        };
    }
}
