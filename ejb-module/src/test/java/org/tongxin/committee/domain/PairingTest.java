package org.tongxin.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.Party;
import org.tongxin.committee.application.Position;
import org.tongxin.platform.kernel.Problem;

class PairingTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private static final LocalDate ON = LocalDate.of(2026, 3, 1);
    private static final NameIndex NAMES = new NameIndex() {
        @Override
        public String pinyin(String name) {
            return "x";
        }

        @Override
        public String initials(String name) {
            return "x";
        }
    };
    private static long nextId = 1;

    private static Member member(long organisation, Party party) {
        Member m = new Member(
                organisation,
                new Member.Facts(
                        "K" + nextId,
                        "委员" + nextId,
                        Gender.F,
                        "汉族",
                        null,
                        party,
                        null,
                        15,
                        Position.MEMBER,
                        null,
                        null,
                        null),
                NAMES,
                LocalDate.of(2022, 1, 10),
                NOW);
        try {
            Field f = Member.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(m, nextId++);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        return m;
    }

    private final Member cpc = member(1, Party.CPC);

    @Test
    void aCpcMemberTakesUpToTwoPartnersInSlotsOneAndTwo() {
        List<Pairing> current = new ArrayList<>();
        Pairing first = Pairing.pair(cpc, member(1, Party.CDL), current, false, ON, "office", NOW);
        current.add(first);
        Pairing second = Pairing.pair(cpc, member(1, Party.NON_PARTY), current, false, ON, "office", NOW);
        current.add(second);
        assertEquals(List.of(1, 2), List.of(first.cpcSlot(), second.cpcSlot()));
        Problem third = assertThrows(
                Problem.class, () -> Pairing.pair(cpc, member(1, Party.JS), current, false, ON, "office", NOW));
        assertEquals(Problem.Kind.CONFLICT, third.kind());
        assertEquals("problem.pairing.cpc-full", third.messageKey());
    }

    @Test
    void aPartnerHasAtMostOneCpcPartner() {
        Problem p = assertThrows(
                Problem.class, () -> Pairing.pair(cpc, member(1, Party.CDL), List.of(), true, ON, "office", NOW));
        assertEquals("problem.pairing.partner-taken", p.messageKey());
    }

    @Test
    void onlyACpcMemberWithANonCpcMemberOfTheSameOrganisation() {
        assertEquals(
                "problem.pairing.not-cpc",
                assertThrows(
                                Problem.class,
                                () -> Pairing.pair(
                                        member(1, Party.CDL), member(1, Party.JS), List.of(), false, ON, "office", NOW))
                        .messageKey());
        assertEquals(
                "problem.pairing.partner-cpc",
                assertThrows(
                                Problem.class,
                                () -> Pairing.pair(cpc, member(1, Party.CPC), List.of(), false, ON, "office", NOW))
                        .messageKey());
        assertEquals(
                "problem.pairing.other-organisation",
                assertThrows(
                                Problem.class,
                                () -> Pairing.pair(cpc, member(2, Party.CDL), List.of(), false, ON, "office", NOW))
                        .messageKey());
    }

    @Test
    void aMemberWhoLeftCannotBePaired() {
        Member resigned = member(1, Party.CDL);
        resigned.changeStatus(MemberStatus.RESIGNED, LocalDate.of(2025, 1, 1), NOW);
        assertEquals(
                "problem.member.not-active",
                assertThrows(Problem.class, () -> Pairing.pair(cpc, resigned, List.of(), false, ON, "office", NOW))
                        .messageKey());
    }

    @Test
    void anEndedPairingKeepsItsDatesAndEndsOnlyOnceNotBeforeItBegan() {
        Pairing p = Pairing.pair(cpc, member(1, Party.CDL), List.of(), false, ON, "office", NOW);
        assertEquals(
                "problem.pairing.end-date",
                assertThrows(Problem.class, () -> p.end(ON.minusDays(1))).messageKey());
        p.end(ON.plusMonths(6));
        assertFalse(p.current());
        assertEquals(ON, p.startedOn());
        assertEquals(
                Problem.Kind.CONFLICT,
                assertThrows(Problem.class, () -> p.end(ON.plusMonths(7))).kind());
    }
}
