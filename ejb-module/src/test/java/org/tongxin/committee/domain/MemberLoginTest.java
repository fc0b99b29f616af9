package org.tongxin.committee.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.Party;
import org.tongxin.committee.application.Position;
import org.tongxin.platform.kernel.Problem;

/** A member's tie to a login (issue 14). */
class MemberLoginTest {

    private static final Instant NOW = Instant.parse("2026-12-03T02:00:00Z");

    private static Member member() {
        NameIndex names = new NameIndex() {
            @Override
            public String pinyin(String name) {
                return "wangjianguo";
            }

            @Override
            public String initials(String name) {
                return "wjg";
            }
        };
        return new Member(
                1,
                new Member.Facts(
                        "DT-15-0002",
                        "王建国",
                        Gender.M,
                        "汉族",
                        null,
                        Party.CDL,
                        null,
                        15,
                        Position.MEMBER,
                        null,
                        null,
                        null),
                names,
                LocalDate.of(2022, 1, 10),
                NOW);
    }

    @Test
    void unlinkingEndsTheTieAndAMemberWithoutALoginHasNothingToUnlink() {
        Member m = member();
        m.linkAccount(42);
        assertEquals(42L, m.accountId());
        m.unlinkAccount();
        assertNull(m.accountId());
        Problem p = assertThrows(Problem.class, m::unlinkAccount);
        assertEquals("no-account", p.code());
    }

    @Test
    void aMemberWhoResignsHasLeftTheRosterAndKeepsTheirHistory() {
        Member m = member();
        assertFalse(m.hasLeft());
        m.changeStatus(MemberStatus.RESIGNED, LocalDate.of(2026, 12, 1), NOW);
        assertTrue(m.hasLeft());
        assertEquals(1, m.changes().size(), "the departure is a dated change, nothing is erased");
    }
}
