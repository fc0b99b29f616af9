package org.tongxin.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.Party;
import org.tongxin.committee.application.Position;
import org.tongxin.platform.kernel.Problem;

/** Terms (换届): party, sector and term are dated history, and a member reads as of any day. */
class MemberHistoryTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private static final LocalDate JOINED = LocalDate.of(2022, 1, 10);
    private static final LocalDate NEW_TERM = LocalDate.of(2027, 1, 15);
    private static final NameIndex NAMES = new NameIndex() {
        @Override
        public String pinyin(String name) {
            return "wangfang";
        }

        @Override
        public String initials(String name) {
            return "wf";
        }
    };

    private static Member.Facts facts(Party party, Long sector, int term, Position position) {
        return new Member.Facts(
                "DT-15-0002",
                "王芳",
                Gender.F,
                "汉族",
                LocalDate.of(1975, 6, 1),
                party,
                sector,
                term,
                position,
                "大同大学",
                "教授",
                "13900000000");
    }

    private static Member member() {
        return new Member(1, facts(Party.CDL, 7L, 15, Position.MEMBER), NAMES, JOINED, NOW);
    }

    @Test
    void aRevisionRecordsPartySectorAndTermAsDatedChangesInsteadOfOverwritingThem() {
        Member m = member();
        m.revise(facts(Party.JS, 8L, 16, Position.MEMBER), NAMES, NEW_TERM, NOW);
        assertEquals(Party.JS, m.party());
        assertEquals(8L, m.sectorId());
        assertEquals(16, m.term());
        assertEquals(3, m.changes().size());
        assertTrue(m.changes().stream().allMatch(c -> c.effectiveOn().equals(NEW_TERM)));
        assertEquals(
                "CDL>JS 7>8 15>16",
                m.changes().stream()
                        .map(c -> c.fromValue() + ">" + c.toValue())
                        .reduce((a, b) -> a + " " + b)
                        .orElseThrow());
    }

    @Test
    void aRevisionWithoutChangesRecordsNothingAndABlankSectorKeepsTheSector() {
        Member m = member();
        m.revise(facts(Party.CDL, null, 15, Position.MEMBER), NAMES, NEW_TERM, NOW);
        assertEquals(7L, m.sectorId());
        assertEquals(0, m.changes().size());
    }

    @Test
    void theStandingOnADayTakesBackEveryLaterChange() throws Exception {
        Member m = member();
        SpecialCommittee proposals = committee(1, 11);
        SpecialCommittee economy = committee(1, 12);
        m.placeIn(proposals, JOINED, NOW);
        m.changePosition(Position.STANDING, LocalDate.of(2024, 3, 1), NOW);
        m.placeIn(economy, NEW_TERM, NOW);
        m.revise(facts(Party.JS, 8L, 16, Position.STANDING), NAMES, NEW_TERM, NOW);

        Member.Standing before = m.standingOn(LocalDate.of(2023, 5, 1));
        assertEquals(new Member.Standing(Party.CDL, 7L, 15, Position.MEMBER, 11L, MemberStatus.ACTIVE), before);
        assertEquals(
                Position.STANDING, m.standingOn(LocalDate.of(2024, 3, 1)).position(), "a change counts from its day");
        Member.Standing lastDay = m.standingOn(NEW_TERM.minusDays(1));
        assertEquals(new Member.Standing(Party.CDL, 7L, 15, Position.STANDING, 11L, MemberStatus.ACTIVE), lastDay);
        assertEquals(m.standing(), m.standingOn(NEW_TERM));
        assertEquals(new Member.Standing(Party.JS, 8L, 16, Position.STANDING, 12L, MemberStatus.ACTIVE), m.standing());
    }

    @Test
    void aMemberWhoLeavesIsLeftFromTheDayOnAndActiveBefore() {
        Member m = member();
        m.leave(NEW_TERM, NOW);
        assertEquals(MemberStatus.LEFT, m.status());
        assertEquals(NEW_TERM, m.statusSince());
        assertEquals(MemberStatus.ACTIVE, m.standingOn(NEW_TERM.minusDays(1)).status());
        assertEquals(MemberStatus.LEFT, m.standingOn(NEW_TERM).status());
        assertEquals(15, m.term(), "the term they served stays theirs");
        Problem again = assertThrows(Problem.class, () -> m.leave(NEW_TERM, NOW));
        assertEquals("member-not-active", again.code());
    }

    @Test
    void aTermChangeBeforeTheLastOneIsRefused() {
        Member m = member();
        m.changeTerm(16, NEW_TERM, NOW);
        Problem p = assertThrows(Problem.class, () -> m.changeTerm(17, NEW_TERM.minusDays(1), NOW));
        assertEquals("before-last-change", p.code());
        assertEquals(16, m.term());
    }

    @Test
    void aMemberServedInTheirTermAndInEveryTermTheyChangedFromOrTo() {
        Member m = member();
        m.changeTerm(16, NEW_TERM, NOW);
        assertTrue(m.servedIn(15));
        assertTrue(m.servedIn(16));
        assertTrue(!m.servedIn(14));
    }

    @Test
    void termRequiresTheNextNumberAndALaterFirstDay() {
        assertEquals(
                "term-not-next",
                assertThrows(Problem.class, () -> Term.requireNext(15, null, 15, NEW_TERM))
                        .code());
        assertEquals(
                "start-not-after",
                assertThrows(Problem.class, () -> Term.requireNext(15, NEW_TERM, 16, NEW_TERM))
                        .code());
        assertEquals(
                "invalid-input",
                assertThrows(Problem.class, () -> Term.requireNext(15, null, 16, null))
                        .code());
        Term.requireNext(15, JOINED, 16, NEW_TERM);
    }

    private static SpecialCommittee committee(long organisationId, long id) throws Exception {
        SpecialCommittee c = new SpecialCommittee(organisationId, "委员会" + id, NOW);
        Field f = SpecialCommittee.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(c, id);
        return c;
    }
}
