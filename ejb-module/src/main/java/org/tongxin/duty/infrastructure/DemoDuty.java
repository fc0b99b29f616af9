package org.tongxin.duty.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Random;
import java.util.logging.Logger;
import org.tongxin.committee.application.MemberDirectory;
import org.tongxin.committee.application.MemberDirectory.MemberRef;
import org.tongxin.duty.application.DutyCategory;
import org.tongxin.duty.application.DutyRole;
import org.tongxin.duty.application.SourceRef;
import org.tongxin.duty.domain.Category;
import org.tongxin.duty.domain.DutyEntry;
import org.tongxin.duty.domain.DutyLedger;
import org.tongxin.duty.domain.RuleSet;
import org.tongxin.duty.domain.RuleTerms;
import org.tongxin.platform.kernel.PlatformInitialised;

/**
 * A year of duty for the demo city (Datong): the plenary session, standing-committee meetings,
 * monthly consultations, research visits, enterprise visits, public-welfare acts, study-hall
 * activities and information reports, some of them joint work, from 1 January to today. Runs after
 * the demo rosters; generated from a fixed seed.
 */
@ApplicationScoped
public class DemoDuty {

    private static final Logger LOG = Logger.getLogger(DemoDuty.class.getName());
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Inject
    DutyLedger ledger;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    @Inject
    MemberDirectory members;

    void onPlatformInitialised(@Observes @Priority(Interceptor.Priority.APPLICATION + 600) PlatformInitialised event) {
        Long datong = event.organisationIds().get("SX-DT");
        if (!event.demoData() || datong == null) {
            return;
        }
        Instant now = clock.instant();
        Long yingze = event.organisationIds().get("SX-TY-YZ");
        if (yingze != null) {
            // Yingze's own method, modelled without code: the "33216" work method as a category of its own
            ledger.add(new Category(
                    yingze,
                    Category.code(yingze, 1),
                    false,
                    new Category.Terms(
                            "“33216”工作法履职",
                            "\"33216\" work method duty",
                            java.math.BigDecimal.valueOf(3),
                            java.math.BigDecimal.valueOf(30)),
                    "system",
                    now));
        }
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        int year = today.getYear();
        RuleSet rs = new RuleSet(datong, year, RuleTerms.defaults(), "system", now);
        ledger.add(rs);
        ledger.flush(); // entries reference the rule set by id: its row goes first
        RuleTerms terms = rs.terms();
        List<MemberRef> roster = members.everyMember(datong);
        java.util.Set<Long> officeHolders = members.officeHolders(datong);
        Random random = new Random(2026_1129L);
        int[] count = {0};
        Writer w = (m, on, category, source, description, role, coAuthors) -> {
            if (on.isAfter(today)) {
                return;
            }
            DutyEntry.Act act =
                    new DutyEntry.Act(datong, m.id(), on, category.name(), source, description, role, coAuthors);
            ledger.add(new DutyEntry(act, rs, terms.award(category, role, coAuthors), "office", now, null));
            if (++count[0] % 500 == 0) {
                em.flush();
            }
        };
        Writer none = (mm, on, c, s, d, role, co) -> {};
        LocalDate plenary = LocalDate.of(year, 1, 12);
        for (MemberRef m : roster) {
            int r = random.nextInt(100);
            SourceRef plenarySource = SourceRef.of("committee", "meeting", year + "-plenary");
            if (r < 93) {
                w.write(m, plenary, DutyCategory.PLENARY, plenarySource, "政协第十五届委员会第五次会议", DutyRole.SOLE, 0);
            } else if (r < 96) {
                w.write(m, plenary, DutyCategory.ABSENCE, plenarySource, "政协第十五届委员会第五次会议（无故缺席）", DutyRole.SOLE, 0);
            }
            if (officeHolders.contains(m.id())) {
                for (int i = 0; i < 6; i++) {
                    if (random.nextInt(100) < 85) {
                        w.write(
                                m,
                                LocalDate.of(year, 2 + 2 * i, 20),
                                DutyCategory.STANDING_MEETING,
                                SourceRef.of("committee", "meeting", year + "-standing-" + (i + 1)),
                                "常委会议第 " + (i + 1) + " 次",
                                DutyRole.SOLE,
                                0);
                    }
                }
            }
            for (int month = 1; month <= 12; month++) {
                if (random.nextInt(100) < 60) {
                    w.write(
                            m,
                            LocalDate.of(year, month, 25),
                            DutyCategory.MEETING,
                            SourceRef.of("committee", "meeting", year + "-consultation-" + month),
                            month + " 月月度协商会",
                            DutyRole.SOLE,
                            0);
                }
            }
            occasional(w, m, year, random, DutyCategory.RESEARCH, 2, 8, "调研视察：", new String[] {
                "乡村振兴", "文旅融合", "营商环境", "养老服务", "生态保护"
            });
            occasional(w, m, year, random, DutyCategory.ENTERPRISE_VISIT, 1, 5, "走访企业：", new String[] {
                "大同煤矿集团", "云冈文旅公司", "大同齿轮厂", "同煤电力"
            });
            occasional(w, m, year, random, DutyCategory.PUBLIC_WELFARE, 1, 5, "公益活动：", new String[] {
                "义诊", "助学", "植树", "送法进社区"
            });
            // study comes from the study hall's demo activities (attendance fires DutyEvent); the draw stays so
            // that the rest of the demo year is the same as before
            occasional(
                    (mm, on, c, s, d, role, co) -> {},
                    m,
                    year,
                    random,
                    DutyCategory.STUDY,
                    3,
                    10,
                    "书院活动：",
                    new String[] {"读书分享会", "周末沙龙", "政协讲堂", "专题学习"});
            int reports = 1 + random.nextInt(5);
            for (int i = 0; i < reports; i++) {
                LocalDate on = LocalDate.of(year, 1 + random.nextInt(11), 1 + random.nextInt(28));
                SourceRef report = SourceRef.of("committee", "history", "info-" + m.id() + "-" + i);
                boolean joint = random.nextInt(100) < 30;
                DutyRole role = joint ? DutyRole.FIRST_AUTHOR : DutyRole.SOLE;
                int co = joint ? 1 + random.nextInt(2) : 0;
                // reports and their points come from the information reports' demo (its moves fire DutyEvent);
                // the draws stay so that the rest of the demo year is the same as before
                none.write(m, on, DutyCategory.INFO_SUBMITTED, report, "社情民意信息报送", role, co);
                if (random.nextInt(100) < 35) {
                    none.write(
                            m,
                            on.plusDays(10),
                            DutyCategory.INFO_ADOPTED_CITY,
                            SourceRef.of("committee", "history", "info-" + m.id() + "-" + i + "-adopted"),
                            "社情民意信息市级采用",
                            role,
                            co);
                }
            }
        }
        em.flush();
        em.clear();
        LOG.info("Demo duty ledger loaded: " + count[0] + " entries for " + year);
    }

    @FunctionalInterface
    private interface Writer {
        void write(
                MemberRef m,
                LocalDate on,
                DutyCategory category,
                SourceRef source,
                String description,
                DutyRole role,
                int coAuthors);
    }

    private static void occasional(
            Writer w,
            MemberRef m,
            int year,
            Random random,
            DutyCategory category,
            int min,
            int max,
            String prefix,
            String[] topics) {
        int n = min + random.nextInt(max - min + 1);
        for (int i = 0; i < n; i++) {
            LocalDate on = LocalDate.of(year, 1 + random.nextInt(12), 1 + random.nextInt(28));
            String topic = topics[random.nextInt(topics.length)];
            w.write(
                    m,
                    on,
                    category,
                    SourceRef.of("committee", "activity", category.name().toLowerCase() + "-" + m.id() + "-" + i),
                    prefix + topic,
                    DutyRole.SOLE,
                    0);
        }
    }
}
