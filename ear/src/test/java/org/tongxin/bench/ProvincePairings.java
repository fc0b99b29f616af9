package org.tongxin.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Random;
import org.tongxin.bench.ProvinceRoster.Org;
import org.tongxin.bench.ProvinceRoster.Person;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.Party;

/**
 * Party pairings as the demo city has them, in every organisation: in each special committee, the
 * serving CPC members paired with one or two serving non-CPC members of the same committee, every
 * seventh CPC member unpaired, until the non-CPC members run out. About one CPC member in sixteen had
 * an earlier partner, in a pairing that ended before the current one began. The live keys hold
 * "<cpc member>:<slot>" and the partner's id while a pairing lasts, as {@code Pairing} sets them.
 */
final class ProvincePairings {

    private static final LocalDate FIRST_START = LocalDate.of(2022, 2, 1);

    private ProvincePairings() {}

    /** Draws and copies the pairings; returns {current, ended}. */
    static long[] write(Connection c, ProvinceRoster roster, Random random) throws SQLException {
        long id = 1;
        long current = 0;
        long ended = 0;
        try (CopyRows copy = new CopyRows(
                c,
                "cm_pairing",
                "id, version, organisation_id, cpc_member_id, partner_id,"
                        + " started_on, ended_on, cpc_slot, cpc_live, partner_live, created_at, created_by")) {
            for (Org o : roster.orgs) {
                for (int committee = 0; committee < o.committeeIds.length; committee++) {
                    List<Person> cpc = new ArrayList<>();
                    List<Person> others = new ArrayList<>();
                    for (Person p : o.members) {
                        if (p.committee == committee && p.status == MemberStatus.ACTIVE) {
                            (p.party == Party.CPC ? cpc : others).add(p);
                        }
                    }
                    Deque<Person> free = new ArrayDeque<>(others);
                    int i = 0;
                    for (Person party : cpc) {
                        i++;
                        if (i % 7 == 0 || free.isEmpty()) {
                            continue;
                        }
                        LocalDate since;
                        if (random.nextInt(16) == 0) {
                            // an earlier partner, any non-CPC member of the committee: the pairing has ended
                            Person earlier = others.get(random.nextInt(others.size()));
                            LocalDate from = FIRST_START.plusDays(random.nextInt(330));
                            LocalDate to = LocalDate.of(2023, 1, 1).plusDays(random.nextInt(365));
                            row(copy, id++, 1, o, party, earlier, from, to, 1);
                            ended++;
                            since = LocalDate.of(2024, 1, 1).plusDays(random.nextInt(700));
                        } else {
                            since = FIRST_START.plusDays(random.nextInt(1430));
                        }
                        for (int slot = 1; slot <= 1 + i % 2 && !free.isEmpty(); slot++) {
                            row(copy, id++, 0, o, party, free.poll(), since, null, slot);
                            current++;
                        }
                    }
                }
            }
            copy.finish();
        }
        return new long[] {current, ended};
    }

    private static void row(
            CopyRows copy,
            long id,
            int version,
            Org o,
            Person party,
            Person partner,
            LocalDate started,
            LocalDate endedOn,
            int slot)
            throws SQLException {
        boolean live = endedOn == null;
        copy.number(id)
                .number(version)
                .number(o.id)
                .number(party.id)
                .number(partner.id)
                .plain(Stamps.date(started))
                .plain(live ? null : Stamps.date(endedOn))
                .number(slot)
                .plain(live ? party.id + ":" + slot : null)
                .idOrNull(live ? partner.id : 0)
                .plain(Stamps.at(started, 10 * 3600))
                .plain(ProvinceRoster.OFFICE)
                .endRow();
    }
}
