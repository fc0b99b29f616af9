package org.tongxin.committee.infrastructure;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Logger;
import org.tongxin.committee.application.Party;
import org.tongxin.committee.domain.Member;
import org.tongxin.committee.domain.Pairing;
import org.tongxin.committee.domain.PairingRepository;
import org.tongxin.platform.kernel.PlatformInitialised;

/**
 * The demo city's pairings: in each special committee, CPC members paired with one or two non-CPC
 * members of the same committee from the start of the term, every seventh CPC member left unpaired,
 * and the non-CPC members left over once the CPC members are full.
 */
@ApplicationScoped
public class DemoPairings {

    private static final Logger LOG = Logger.getLogger(DemoPairings.class.getName());

    @Inject
    PairingRepository pairings;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "tongxin")
    EntityManager em;

    void onPlatformInitialised(@Observes @Priority(Interceptor.Priority.APPLICATION + 550) PlatformInitialised event) {
        Long datong = event.organisationIds().get("SX-DT");
        if (!event.demoData() || datong == null) {
            return;
        }
        List<Member> roster = em.createQuery(
                        "select m from Member m where m.organisationId = :o order by m.id", Member.class)
                .setParameter("o", datong)
                .getResultList();
        Map<Long, List<Member>> cpc = new TreeMap<>();
        Map<Long, Deque<Member>> others = new TreeMap<>();
        for (Member m : roster) {
            if (m.party() == Party.CPC) {
                cpc.computeIfAbsent(m.committeeId(), k -> new ArrayList<>()).add(m);
            } else {
                others.computeIfAbsent(m.committeeId(), k -> new ArrayDeque<>()).add(m);
            }
        }
        LocalDate since = LocalDate.of(2022, 3, 1);
        int count = 0;
        for (Map.Entry<Long, List<Member>> e : cpc.entrySet()) {
            Deque<Member> free = others.getOrDefault(e.getKey(), new ArrayDeque<>());
            int i = 0;
            for (Member party : e.getValue()) {
                i++;
                if (i % 7 == 0) {
                    continue;
                }
                List<Pairing> current = new ArrayList<>();
                for (int n = 0; n < 1 + i % 2 && !free.isEmpty(); n++) {
                    Pairing p = Pairing.pair(party, free.poll(), current, false, since, "office", clock.instant());
                    pairings.add(p);
                    current.add(p);
                    count++;
                }
            }
        }
        em.flush();
        LOG.info("Demo pairings loaded: " + count);
    }
}
