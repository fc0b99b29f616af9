package org.tongxin.committee.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.logging.Logger;
import org.tongxin.committee.application.Party;
import org.tongxin.committee.application.Position;
import org.tongxin.committee.domain.CommitteeRepository;
import org.tongxin.committee.domain.Gender;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.MemberRepository;
import org.tongxin.committee.domain.NameIndex;
import org.tongxin.committee.domain.Sector;
import org.tongxin.committee.domain.SpecialCommittee;
import org.tongxin.platform.infrastructure.DemoData;
import org.tongxin.platform.kernel.PlatformInitialised;

/**
 * The demo rosters, in the seed's shape: Datong (the demo city) with 6 special committees and 343
 * members, twenty of whom are the demo logins member1 … member20; its two districts; Changzhi
 * with 2,295 members across the city and its counties. Generated from a fixed seed, so every demo
 * database holds the same people.
 */
@ApplicationScoped
public class DemoRoster {

    private static final Logger LOG = Logger.getLogger(DemoRoster.class.getName());

    private static final String[] WORKPLACES = {
        "大同市第一人民医院",
        "山西大同大学",
        "大同煤矿集团",
        "大同市律师协会",
        "大同市实验中学",
        "大同市农业农村局",
        "大同市科技局",
        "云冈石窟研究院",
        "大同市工商联",
        "同煤集团总医院",
        "大同市中级人民法院",
        "平城区人民政府"
    };

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

    private int roster(
            Long organisationId,
            String prefix,
            int size,
            int committeeCount,
            List<String> firstNames,
            Map<String, Long> accounts,
            Random random) {
        if (organisationId == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Sector> sectors = new ArrayList<>();
        for (int i = 0; i < DemoPeople.SECTORS.size(); i++) {
            Sector s = new Sector(organisationId, DemoPeople.SECTORS.get(i), i + 1);
            committees.add(s);
            sectors.add(s);
        }
        List<SpecialCommittee> list = new ArrayList<>();
        for (int i = 0; i < committeeCount; i++) {
            SpecialCommittee c = new SpecialCommittee(organisationId, DemoPeople.COMMITTEES.get(i), now);
            committees.add(c);
            list.add(c);
        }
        LocalDate termStart = LocalDate.of(2022, 1, 10);
        SpecialCommittee[] directors = new SpecialCommittee[list.size()];
        for (int i = 0; i < size; i++) {
            // the demo logins member1 … member20 are ordinary members further down the list
            int login = i - LOGIN_OFFSET;
            boolean hasLogin = login >= 0 && login < firstNames.size();
            String name = hasLogin ? firstNames.get(login) : DemoPeople.randomName(random);
            Position position = DemoPeople.position(i, size);
            Party party = DemoPeople.party(random);
            Sector sector = sectors.get(DemoPeople.sectorFor(party, random));
            Member m = new Member(
                    organisationId,
                    new Member.Facts(
                            prefix + "-15-" + String.format("%04d", i + 1),
                            name,
                            DemoPeople.female(random) ? Gender.F : Gender.M,
                            DemoPeople.ethnicity(random),
                            LocalDate.of(1958 + random.nextInt(32), 1 + random.nextInt(12), 1 + random.nextInt(28)),
                            party,
                            sector.id(),
                            15,
                            position,
                            WORKPLACES[random.nextInt(WORKPLACES.length)],
                            DemoPeople.title(random),
                            "13" + (100000000 + random.nextInt(899999999))),
                    names,
                    termStart,
                    now);
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
}
