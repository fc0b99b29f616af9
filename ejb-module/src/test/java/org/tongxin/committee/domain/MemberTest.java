package org.tongxin.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.Party;
import org.tongxin.committee.application.Position;
import org.tongxin.platform.kernel.Problem;

class MemberTest {

    private static final Instant NOW = Instant.parse("2026-11-29T02:00:00Z");
    private static final LocalDate TERM_START = LocalDate.of(2022, 1, 10);
    private static final NameIndex NAMES = new NameIndex() {
        @Override
        public String pinyin(String name) {
            return "zhangweiming";
        }

        @Override
        public String initials(String name) {
            return "zwm";
        }
    };

    private final SpecialCommittee proposals = committee(1, 11, "提案委员会");
    private final SpecialCommittee economy = committee(1, 12, "经济委员会");

    private static Member member() {
        return new Member(
                1,
                new Member.Facts(
                        "DT-15-0001",
                        "张伟明",
                        Gender.M,
                        "汉族",
                        LocalDate.of(1970, 3, 1),
                        Party.CDL,
                        null,
                        15,
                        Position.MEMBER,
                        "大同大学",
                        "教授",
                        "13800000000"),
                NAMES,
                TERM_START,
                NOW);
    }

    @Test
    void aNewMemberIsActiveAndIndexedByPinyin() {
        Member m = member();
        assertEquals(MemberStatus.ACTIVE, m.status());
        assertEquals("zwm", m.nameInitials());
        assertEquals("zhangweiming", m.namePinyin());
    }

    @Test
    void aCommitteeChangeIsDatedAndKeepsTheFormerCommittee() {
        Member m = member();
        m.placeIn(proposals, TERM_START, NOW);
        m.placeIn(economy, LocalDate.of(2024, 3, 1), NOW);
        assertEquals(12L, m.committeeId());
        List<MemberChange> changes = m.changes();
        assertEquals(2, changes.size());
        assertEquals("11", changes.get(1).fromValue());
        assertEquals("12", changes.get(1).toValue());
        assertEquals(LocalDate.of(2024, 3, 1), changes.get(1).effectiveOn());
    }

    @Test
    void aMemberSitsInOneCommitteeOfTheirOwnOrganisation() {
        Member m = member();
        Problem p = assertThrows(Problem.class, () -> m.placeIn(committee(2, 21, "经济委员会"), TERM_START, NOW));
        assertEquals("other-organisation", p.code());
        m.placeIn(proposals, TERM_START, NOW);
        assertEquals(
                Problem.Kind.CONFLICT,
                assertThrows(Problem.class, () -> m.placeIn(proposals, TERM_START, NOW))
                        .kind());
    }

    @Test
    void historyCannotBeBackdatedBeforeTheLastChangeOfItsKind() {
        Member m = member();
        m.changePosition(Position.STANDING, LocalDate.of(2024, 1, 1), NOW);
        Problem p = assertThrows(
                Problem.class, () -> m.changePosition(Position.VICE_CHAIR, LocalDate.of(2023, 12, 31), NOW));
        assertEquals("before-last-change", p.code());
        assertEquals(Position.STANDING, m.position());
    }

    @Test
    void aMemberWhoNoLongerServesKeepsCommitteeAndPosition() {
        Member m = member();
        m.placeIn(proposals, TERM_START, NOW);
        m.changeStatus(MemberStatus.RESIGNED, LocalDate.of(2025, 6, 30), NOW);
        assertEquals(LocalDate.of(2025, 6, 30), m.statusSince());
        assertEquals(
                "member-not-active",
                assertThrows(Problem.class, () -> m.placeIn(economy, LocalDate.of(2025, 7, 1), NOW))
                        .code());
        assertEquals(
                "member-not-active",
                assertThrows(Problem.class, () -> m.changePosition(Position.STANDING, LocalDate.of(2025, 7, 1), NOW))
                        .code());
    }

    @Test
    void theDirectorMustSitInTheCommittee() throws Exception {
        Member m = member();
        setId(m, 99L);
        m.placeIn(proposals, TERM_START, NOW);
        assertThrows(Problem.class, () -> economy.appoint(m));
        proposals.appoint(m);
        assertEquals(99L, proposals.directorId());
    }

    @Test
    void invalidFactsAreRefusedByField() {
        Problem p = assertThrows(
                Problem.class,
                () -> new Member(
                        1,
                        new Member.Facts(
                                "K", " ", Gender.F, null, null, Party.CPC, null, 15, Position.MEMBER, null, null, null),
                        NAMES,
                        TERM_START,
                        NOW));
        assertEquals("name", p.fieldKeys().keySet().iterator().next());
        assertThrows(
                Problem.class,
                () -> new Member(
                        1,
                        new Member.Facts(
                                "K", "李", Gender.F, null, null, Party.CPC, null, 0, Position.MEMBER, null, null, null),
                        NAMES,
                        TERM_START,
                        NOW));
    }

    private static SpecialCommittee committee(long organisationId, long id, String name) {
        SpecialCommittee c = new SpecialCommittee(organisationId, name, NOW);
        try {
            Field f = SpecialCommittee.class.getDeclaredField("id");
            f.setAccessible(true);
            f.set(c, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
        return c;
    }

    private static void setId(Member m, long id) throws ReflectiveOperationException {
        Field f = Member.class.getDeclaredField("id");
        f.setAccessible(true);
        f.set(m, id);
    }
}
