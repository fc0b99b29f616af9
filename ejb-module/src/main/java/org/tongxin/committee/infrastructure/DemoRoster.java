package org.tongxin.committee.infrastructure;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.tongxin.committee.domain.CommitteeRepository;
import org.tongxin.committee.domain.Gender;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.committee.domain.NameIndex;
import org.tongxin.committee.domain.Party;
import org.tongxin.committee.domain.Position;
import org.tongxin.committee.domain.Sector;
import org.tongxin.committee.domain.SpecialCommittee;
import org.tongxin.platform.infrastructure.DemoData;
import org.tongxin.platform.infrastructure.PlatformBootstrap.PlatformInitialised;

/**
 * The demo rosters, in the seed's shape: Datong (the demo city) with 6 special committees and 343
 * members, twenty of whom are the demo logins member1 … member20; its two districts; Changzhi
 * with 2,295 members across the city and its counties. Generated from a fixed seed, so every demo
 * database holds the same people.
 */
@ApplicationScoped
public class DemoRoster {

    private static final Logger LOG = Logger.getLogger(DemoRoster.class.getName());

    static final String[] COMMITTEES = {"提案委员会", "经济委员会", "农业和农村委员会", "教科卫体委员会", "社会和法制委员会",
        "文化文史和学习委员会"};
    static final String[] SECTORS = {"中国共产党", "民革", "民盟", "民建", "民进", "农工党", "致公党", "九三学社", "无党派人士",
        "工商联", "经济界", "农业界", "教育界", "科技界", "文化艺术界", "医药卫生界", "社会福利和社会保障界", "少数民族界", "宗教界",
        "特邀人士"};
    private static final String SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文单区";
    private static final String GIVEN = "伟明华建国志强芳丽娟敏静秀英玉兰海涛军平红梅晓燕立新文博雪峰小东俊杰宏伟德明淑珍桂英建华春梅亮斌磊超勇艳霞刚辉鹏飞慧颖佳琪子涵浩然思远欣怡雅婷振华国庆卫东永强";
    private static final String[] WORKPLACES = {"大同市第一人民医院", "山西大同大学", "大同煤矿集团", "大同市律师协会", "大同市实验中学",
        "大同市农业农村局", "大同市科技局", "云冈石窟研究院", "大同市工商联", "同煤集团总医院", "大同市中级人民法院", "平城区人民政府"};
    private static final String[] TITLES = {"主任医师", "教授", "高级工程师", "律师", "校长", "研究员", "总经理", "副局长", "董事长", "处长"};
    private static final String[] ETHNICITIES = {"汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "汉族", "回族", "蒙古族", "满族"};

    private static final int LOGIN_OFFSET = 100;

    @Inject
    MemberRepository members;
    @Inject
    CommitteeRepository committees;
    @Inject
    NameIndex names;
    @Inject
    Clock clock;
    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    void onPlatformInitialised(@Observes PlatformInitialised event) {
        if (!event.demoData()) {
            return;
        }
        Random random = new Random(20261129L);
        Map<String, Long> orgs = event.organisationIds();
        int total = 0;
        total += roster(orgs.get("SX-DT"), "DT", 343, 6, DemoData.MEMBER_NAMES, event.accountIds(), random);
        total += roster(orgs.get("SX-DT-PC"), "PC", 160, 5, List.of(), Map.of(), random);
        total += roster(orgs.get("SX-DT-YG"), "YG", 140, 5, List.of(), Map.of(), random);
        // Changzhi: 2,295 members across the city and its counties, as the seed counts them
        total += roster(orgs.get("SX-CZ"), "CZ", 425, 6, List.of(), Map.of(), random);
        total += roster(orgs.get("SX-CZ-LZ"), "LZ", 1020, 6, List.of(), Map.of(), random);
        total += roster(orgs.get("SX-CZ-XY"), "XY", 850, 5, List.of(), Map.of(), random);
        LOG.info("Demo rosters loaded: " + total + " members");
    }

    private int roster(Long organisationId, String prefix, int size, int committeeCount, List<String> firstNames,
            Map<String, Long> accounts, Random random) {
        if (organisationId == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < SECTORS.length; i++) {
            Sector s = new Sector(organisationId, SECTORS[i], i + 1);
            committees.add(s);
            sectors.add(s);
        }
        List<SpecialCommittee> list = new ArrayList<>();
        for (int i = 0; i < committeeCount; i++) {
            SpecialCommittee c = new SpecialCommittee(organisationId, COMMITTEES[i], now);
            committees.add(c);
            list.add(c);
        }
        LocalDate termStart = LocalDate.of(2022, 1, 10);
        SpecialCommittee[] directors = new SpecialCommittee[list.size()];
        for (int i = 0; i < size; i++) {
            // the demo logins member1 … member20 are ordinary members further down the list
            int login = i - LOGIN_OFFSET;
            boolean hasLogin = login >= 0 && login < firstNames.size();
            String name = hasLogin ? firstNames.get(login) : randomName(random);
            Position position = i == 0 ? Position.CHAIR : i <= 6 ? Position.VICE_CHAIR
                    : i <= size / 8 ? Position.STANDING : Position.MEMBER;
            Party party = party(random);
            Sector sector = sectors.get(sectorFor(party, random));
            Member m = new Member(organisationId, new Member.Facts(
                    prefix + "-15-" + String.format("%04d", i + 1), name, random.nextInt(10) < 3 ? Gender.F : Gender.M,
                    ETHNICITIES[random.nextInt(ETHNICITIES.length)],
                    LocalDate.of(1958 + random.nextInt(32), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                    party, sector.id(), 15, position, WORKPLACES[random.nextInt(WORKPLACES.length)],
                    TITLES[random.nextInt(TITLES.length)], "13" + (100000000 + random.nextInt(899999999))),
                    names, termStart, now);
            SpecialCommittee committee = list.get(i % list.size());
            m.placeIn(committee, termStart, now);
            Long account = hasLogin ? accounts.get("member" + (login + 1)) : null;
            if (account != null) {
                m.linkAccount(account);
            }
            members.add(m);
            if (position == Position.STANDING && directors[i % list.size()] == null) {
                directors[i % list.size()] = committee;
                em.flush(); // the director reference needs the member row
                committee.appoint(m);
            }
            if (i % 200 == 199) {
                em.flush();
                em.clear();
            }
        }
        em.flush();
        em.clear();
        return size;
    }

    private static String randomName(Random random) {
        String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        int len = random.nextInt(10) < 3 ? 1 : 2;
        StringBuilder given = new StringBuilder();
        for (int i = 0; i < len; i++) {
            given.append(GIVEN.charAt(random.nextInt(GIVEN.length())));
        }
        return surname + given;
    }

    private static Party party(Random random) {
        int r = random.nextInt(100);
        if (r < 38) {
            return Party.CPC;
        }
        if (r < 75) {
            Party[] democratic = {Party.RCCK, Party.CDL, Party.CDNCA, Party.CAPD, Party.CPWDP, Party.CZGP, Party.JS, Party.TDSGL};
            return democratic[random.nextInt(democratic.length)];
        }
        return Party.NON_PARTY;
    }

    /** Party sectors for party members half of the time; the rest sit in the occupational sectors. */
    private static int sectorFor(Party party, Random random) {
        if (random.nextBoolean()) {
            return switch (party) {
                case CPC -> 0;
                case RCCK -> 1;
                case CDL -> 2;
                case CDNCA -> 3;
                case CAPD -> 4;
                case CPWDP -> 5;
                case CZGP -> 6;
                case JS -> 7;
                case TDSGL, NON_PARTY -> 8;
            };
        }
        return 9 + random.nextInt(SECTORS.length - 9);
    }
}
