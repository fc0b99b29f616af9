package org.tongxin.committee.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.logging.Logger;
import org.tongxin.committee.application.ConcernRecorded;
import org.tongxin.committee.domain.Concern;
import org.tongxin.committee.domain.ContactPoint;
import org.tongxin.committee.domain.LiaisonGroup;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.PointAssignment;
import org.tongxin.committee.domain.Town;
import org.tongxin.platform.kernel.PlatformInitialised;

/**
 * Demo towns, liaison groups and contact points: Datong with 12 towns and streets and 120 points, every
 * member with a fixed point and some with a second, a year of concerns in the diary; Changzhi with the
 * seed's 2,606 contact points in 198 towns across the city and two counties, every member with a fixed
 * point. Runs after the rosters and the duty year; fixed seed.
 */
@ApplicationScoped
public class DemoLiaison {

    private static final Logger LOG = Logger.getLogger(DemoLiaison.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    private static final String[] DATONG_TOWNS = {
        "新建南路街道", "南关街道", "北关街道", "西街街道", "东街街道", "新华街街道", "马军营乡", "水泊寺乡", "口泉乡", "西韩岭乡", "古店镇", "高山镇"
    };
    private static final String SYLLABLES = "东西南北安和平兴盛福康宁泰丰永昌隆新华光明阳春秋山河水田林石桥庄堡沟坪岭湾庙寺营店";
    private static final String[] CONCERNS = {
        "小区加装电梯资金分摊难，居民希望出台补贴细则",
        "村里通往学校的道路雨天积水，学生上学不便",
        "社区养老服务站人手不足，老人助餐供不应求",
        "农产品销路不畅，希望搭建线上销售平台",
        "老旧管网冬季供暖不稳定",
        "社区停车位紧张，占道停车多",
        "农村医保报销流程复杂，老人不会线上办理",
        "村里垃圾清运不及时"
    };
    private static final String[] SUGGESTIONS = {
        "建议街道牵头召开居民协商会", "建议交通部门纳入年度维修计划", "建议民政部门增加服务购买", "建议商务部门组织产销对接", "建议供热公司开展管网排查"
    };

    @Inject
    Event<ConcernRecorded> recorded;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    void onPlatformInitialised(@Observes @Priority(Interceptor.Priority.APPLICATION + 650) PlatformInitialised event) {
        if (!event.demoData()) {
            return;
        }
        Random random = new Random(2606L);
        Instant now = clock.instant();
        Long datong = event.organisationIds().get("SX-DT");
        int points = 0;
        if (datong != null) {
            List<Town> towns = new ArrayList<>();
            for (String name : DATONG_TOWNS) {
                towns.add(town(datong, name, name.endsWith("街道") ? Town.Kind.STREET : Town.Kind.TOWN));
            }
            points += area(datong, towns, 120, random, now, true);
        }
        int[][] changzhi = {{40, 520}, {88, 1150}, {70, 936}};
        String[] codes = {"SX-CZ", "SX-CZ-LZ", "SX-CZ-XY"};
        for (int i = 0; i < codes.length; i++) {
            Long org = event.organisationIds().get(codes[i]);
            if (org == null) {
                continue;
            }
            List<Town> towns = new ArrayList<>();
            Set<String> used = new HashSet<>();
            for (int t = 0; t < changzhi[i][0]; t++) {
                boolean street = i == 0 && t < 16;
                towns.add(town(
                        org, unique(random, used, street ? "街道" : "镇"), street ? Town.Kind.STREET : Town.Kind.TOWN));
            }
            points += area(org, towns, changzhi[i][1], random, now, false);
        }
        em.flush();
        em.clear();
        LOG.info("Demo liaison loaded: " + points + " contact points");
    }

    private Town town(long organisationId, String name, Town.Kind kind) {
        Town t = new Town(organisationId, name, kind);
        em.persist(t);
        return t;
    }

    /** Contact points spread over the towns, a liaison group per town, every active member at a fixed point. */
    private int area(long organisationId, List<Town> towns, int pointCount, Random random, Instant now, boolean diary) {
        // references are plain ids, so Hibernate cannot order the inserts by them: flush parents first
        em.flush();
        List<ContactPoint> points = new ArrayList<>();
        for (int i = 0; i < pointCount; i++) {
            Town town = towns.get(i % towns.size());
            boolean community = town.kind() == Town.Kind.STREET;
            String name = SYLLABLES.charAt(random.nextInt(SYLLABLES.length())) + ""
                    + SYLLABLES.charAt(random.nextInt(SYLLABLES.length())) + (i / towns.size() + 1)
                    + (community ? "社区" : "村");
            ContactPoint p =
                    new ContactPoint(town, name, community ? ContactPoint.Kind.COMMUNITY : ContactPoint.Kind.VILLAGE);
            em.persist(p);
            points.add(p);
        }
        em.flush();
        List<Member> members = em.createQuery(
                        "select m from Member m where m.organisationId = :o and m.status = "
                                + "org.tongxin.committee.application.MemberStatus.ACTIVE order by m.id",
                        Member.class)
                .setParameter("o", organisationId)
                .getResultList();
        List<LiaisonGroup> groups = new ArrayList<>();
        for (Town t : towns) {
            LiaisonGroup g = new LiaisonGroup(t, t.name() + "联络组");
            em.persist(g);
            groups.add(g);
        }
        em.flush();
        LocalDate since = LocalDate.of(2022, 3, 1);
        List<PointAssignment> fixedPoints = new ArrayList<>();
        for (int i = 0; i < members.size(); i++) {
            Member m = members.get(i);
            ContactPoint fixedPoint = points.get((i * 7) % points.size());
            PointAssignment a = PointAssignment.assign(m, fixedPoint, true, false, false, since, "office", now);
            em.persist(a);
            fixedPoints.add(a);
            if (i % 4 == 0) {
                ContactPoint second = points.get((i * 7 + 3) % points.size());
                if (!second.id().equals(fixedPoint.id())) {
                    em.persist(PointAssignment.assign(m, second, false, false, true, since, "office", now));
                }
            }
            LiaisonGroup g = groups.get((int) ((i * 7L % points.size()) % towns.size()));
            if (g.memberIds().size() < 8) {
                g.add(m);
                if (g.leaderId() == null) {
                    g.lead(m);
                }
            }
            if (i % 200 == 199) {
                em.flush();
            }
        }
        em.flush();
        if (diary) {
            diary(organisationId, members, fixedPoints, points, random, now);
        }
        return points.size();
    }

    /** A year of concerns, with the diary's duty points. */
    private void diary(
            long organisationId,
            List<Member> members,
            List<PointAssignment> fixedPoints,
            List<ContactPoint> points,
            Random random,
            Instant now) {
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        for (int n = 0; n < 120; n++) {
            int i = n < 3 ? 100 : random.nextInt(members.size()); // the first three are member1's (roster position 100)
            Member m = members.get(Math.min(i, members.size() - 1));
            PointAssignment a = fixedPoints.get(members.indexOf(m));
            ContactPoint p = points.stream()
                    .filter(x -> x.id().equals(a.pointId()))
                    .findFirst()
                    .orElseThrow();
            LocalDate on = today.withDayOfYear(1).plusDays(random.nextInt(Math.max(1, today.getDayOfYear() - 1)));
            Concern c = new Concern(
                    m,
                    p,
                    on,
                    CONCERNS[random.nextInt(CONCERNS.length)],
                    SUGGESTIONS[random.nextInt(SUGGESTIONS.length)],
                    today,
                    now);
            int r = random.nextInt(100);
            if (r < 60) {
                c.handle(true, "已转交相关部门办理，群众满意", "office", now);
            } else if (r < 75) {
                c.handle(false, "涉及资金和规划，暂不具备解决条件，已向群众解释", "office", now);
            }
            em.persist(c);
            recorded.fire(new ConcernRecorded(c.id(), m.id(), on, p.name())); // the duty context credits the diary
        }
    }

    private static String unique(Random random, Set<String> used, String suffix) {
        while (true) {
            String name = SYLLABLES.charAt(random.nextInt(SYLLABLES.length())) + ""
                    + SYLLABLES.charAt(random.nextInt(SYLLABLES.length())) + suffix;
            if (used.add(name)) {
                return name;
            }
        }
    }
}
