package org.tongxin.proposal.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.kernel.Role;
import org.tongxin.proposal.domain.Actor;
import org.tongxin.proposal.domain.CaseCounters;
import org.tongxin.proposal.domain.CaseNumber;
import org.tongxin.proposal.domain.PlenarySession;
import org.tongxin.proposal.domain.PlenarySessions;
import org.tongxin.proposal.domain.Proposal;
import org.tongxin.proposal.domain.ProposalSession;

/**
 * Plenary sessions (issue 18): the terms and their defaults, the filing window, the session a plenary proposal is filed
 * for, the deadline at submission, and the proposal numbers (案号).
 */
class PlenarySessionRulesTest {

    static final long ORG = 1L;
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final Instant NOW = Instant.parse("2026-03-02T02:00:00Z");
    static final Actor PROPOSER = new Actor(Set.of(Role.MEMBER), ORG, 10L, null, "member1");
    static final Actor OFFICE = new Actor(Set.of(Role.OFFICE_STAFF), ORG, null, null, "proposals");

    @Test
    void filingOpensThirtyDaysBeforeTheOpeningAndTheDeadlineIsTheClosingDayUnlessGiven() {
        PlenarySession s = session(1L, "15-3", TODAY, TODAY.plusDays(4), null, null);
        assertEquals(TODAY.minusDays(30), s.filingOpensOn());
        assertEquals(TODAY.plusDays(4), s.deadline());
        PlenarySession given = session(2L, "15-4", TODAY, TODAY.plusDays(4), TODAY.minusDays(5), TODAY.plusDays(1));
        assertEquals(TODAY.minusDays(5), given.filingOpensOn());
        assertEquals(TODAY.plusDays(1), given.deadline());
    }

    @Test
    void theWindowRunsFromTheFirstFilingDayToTheDeadlineBothIncludedAndNotWhenRetired() {
        PlenarySession s = session(1L, "15-3", TODAY, TODAY.plusDays(4), TODAY.minusDays(10), TODAY.plusDays(2));
        assertFalse(s.openOn(TODAY.minusDays(11)));
        assertTrue(s.openOn(TODAY.minusDays(10)));
        assertTrue(s.openOn(TODAY.plusDays(2)));
        assertFalse(s.openOn(TODAY.plusDays(3)));
        assertTrue(s.deadlinePassed(TODAY.plusDays(3)));
        s.retire(true);
        assertFalse(s.openOn(TODAY));
    }

    @Test
    void brokenTermsAreRefusedWithTheirField() {
        assertField("name", () -> session(1L, "15-3", " ", TODAY, TODAY, null, null));
        assertField("name", () -> session(1L, "15-3", "x".repeat(101), TODAY, TODAY, null, null));
        assertField("code", () -> session(1L, "第三次", "会议", TODAY, TODAY, null, null));
        assertField("code", () -> session(1L, "15-3-1", "会议", TODAY, TODAY, null, null));
        assertField("opensOn", () -> session(1L, "15-3", "会议", null, TODAY, null, null));
        assertField("closesOn", () -> session(1L, "15-3", "会议", TODAY, TODAY.minusDays(1), null, null));
        assertField("deadline", () -> session(1L, "15-3", "会议", TODAY, TODAY, null, TODAY.minusDays(1)));
        assertField(
                "filingOpensOn", () -> session(1L, "15-3", "会议", TODAY, TODAY.plusDays(3), TODAY.plusDays(2), TODAY));
    }

    @Test
    void aPlenaryProposalIsFiledForTheOpenSessionTheMostPressingWhenSeveralAndRefusedWhenNone() {
        Fakes f = new Fakes();
        ProposalSessions rules = f.rules();
        assertNull(rules.filedFor(ORG, ProposalSession.INTERIM, null, null, TODAY));
        Problem none =
                assertThrows(Problem.class, () -> rules.filedFor(ORG, ProposalSession.PLENARY, null, null, TODAY));
        assertEquals("no-open-session", none.code());
        assertEquals(Set.of("session"), none.fieldKeys().keySet());

        PlenarySession later = f.put(session(1L, "15-3", TODAY, TODAY.plusDays(5), null, null));
        PlenarySession sooner = f.put(session(2L, "15-4", TODAY.minusDays(3), TODAY.plusDays(1), null, null));
        f.put(session(3L, "15-2", TODAY.minusYears(1), TODAY.minusYears(1), null, null));
        assertEquals(sooner.id(), rules.filedFor(ORG, ProposalSession.PLENARY, null, null, TODAY));
        assertEquals(later.id(), rules.filedFor(ORG, ProposalSession.PLENARY, later.id(), null, TODAY));
        // an edited draft keeps its session, even once it is no longer open
        assertEquals(3L, rules.filedFor(ORG, ProposalSession.PLENARY, null, 3L, TODAY));
        Problem closed = assertThrows(Problem.class, () -> rules.filedFor(ORG, ProposalSession.PLENARY, 3L, 1L, TODAY));
        assertEquals(Set.of("sessionId"), closed.fieldKeys().keySet());
        PlenarySession elsewhere = f.put(
                new PlenarySession(2L, new PlenarySession.Terms("别处", "1-1", TODAY, TODAY, null, null), "x", NOW));
        setId(elsewhere, 9L);
        assertThrows(Problem.class, () -> rules.filedFor(ORG, ProposalSession.PLENARY, 9L, null, TODAY));
    }

    @Test
    void aPlenaryProposalIsSubmittedUntilItsSessionsDeadlineNotAfter() {
        PlenarySession s = session(1L, "15-3", TODAY.minusDays(5), TODAY.minusDays(1), null, null);
        Proposal p = draft(ProposalSession.PLENARY);
        p.fileFor(1L);
        assertEquals(1L, p.plenarySessionId());
        Problem late = assertThrows(Problem.class, () -> p.submit(PROPOSER, NOW, s, TODAY));
        assertEquals("plenary-deadline-passed", late.code());
        assertEquals(Problem.Kind.CONFLICT, late.kind());
        p.submit(PROPOSER, NOW, s, TODAY.minusDays(1));
        assertEquals(org.tongxin.proposal.domain.ProposalState.SUBMITTED, p.state());
    }

    @Test
    void anInterimProposalHasNoSessionAndNoDeadline() {
        Proposal p = draft(ProposalSession.INTERIM);
        p.fileFor(1L);
        assertNull(p.plenarySessionId());
        PlenarySession past = session(1L, "15-3", TODAY.minusDays(5), TODAY.minusDays(1), null, null);
        p.submit(PROPOSER, NOW, past, TODAY);
        assertEquals(org.tongxin.proposal.domain.ProposalState.SUBMITTED, p.state());
    }

    @Test
    void numbersArePerSessionAndPerInterimYearInTheirFormatsAndGivenOnceOnAcceptance() {
        assertEquals("15-3-0012", CaseNumber.plenary("15-3", 12));
        assertEquals("2026-P0007", CaseNumber.interim(2026, 7));
        assertEquals("15-3-12345", CaseNumber.plenary("15-3", 12345));
        assertThrows(IllegalArgumentException.class, () -> CaseNumber.interim(2026, 0));

        Fakes f = new Fakes();
        ProposalSessions rules = f.rules();
        f.put(session(1L, "15-3", TODAY, TODAY.plusDays(4), null, null));
        List<String> numbers = new ArrayList<>();
        for (ProposalSession kind : List.of(
                ProposalSession.PLENARY, ProposalSession.INTERIM, ProposalSession.PLENARY, ProposalSession.INTERIM)) {
            Proposal p = draft(kind);
            p.fileFor(1L);
            p.submit(PROPOSER, NOW);
            assertThrows(Problem.class, () -> p.number("x"), "not before acceptance");
            p.accept(OFFICE, TODAY);
            rules.number(p);
            numbers.add(p.caseNumber());
            assertThrows(Problem.class, () -> p.number("again"), "once");
        }
        assertEquals(List.of("15-3-0001", "2026-P0001", "15-3-0002", "2026-P0002"), numbers);
    }

    // ---- helpers

    private static void assertField(String field, org.junit.jupiter.api.function.Executable e) {
        Problem p = assertThrows(Problem.class, e);
        assertEquals(Set.of(field), p.fieldKeys().keySet(), p.getMessage());
    }

    static PlenarySession session(
            long id, String code, LocalDate opens, LocalDate closes, LocalDate filingFrom, LocalDate deadline) {
        return session(id, code, "政协第十五届大同市委员会第" + code + "次会议", opens, closes, filingFrom, deadline);
    }

    static PlenarySession session(
            long id,
            String code,
            String name,
            LocalDate opens,
            LocalDate closes,
            LocalDate filingFrom,
            LocalDate deadline) {
        PlenarySession s = new PlenarySession(
                ORG, new PlenarySession.Terms(name, code, opens, closes, filingFrom, deadline), "proposals", NOW);
        setId(s, id);
        return s;
    }

    static Proposal draft(ProposalSession kind) {
        return new Proposal(
                ORG,
                10L,
                new Proposal.Text("关于加强社区养老服务的提案", "案由", "分析", "建议"),
                List.of(),
                null,
                kind,
                "member1",
                NOW,
                TODAY);
    }

    static void setId(Object entity, long id) {
        try {
            Field f = entity.getClass().getDeclaredField("id");
            f.setAccessible(true);
            f.set(entity, id);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    /** In-memory sessions and counters. */
    static final class Fakes implements PlenarySessions, CaseCounters {
        final Map<Long, PlenarySession> sessions = new HashMap<>();
        final Map<String, Integer> counters = new HashMap<>();

        PlenarySession put(PlenarySession s) {
            sessions.put(s.id(), s);
            return s;
        }

        ProposalSessions rules() {
            ProposalSessions r = new ProposalSessions();
            r.sessions = this;
            r.counters = this;
            return r;
        }

        @Override
        public int next(long organisationId, String counter) {
            return counters.merge(organisationId + "/" + counter, 1, Integer::sum);
        }

        @Override
        public void add(PlenarySession session) {
            sessions.put(session.id(), session);
        }

        @Override
        public void remove(PlenarySession session) {
            sessions.remove(session.id());
        }

        @Override
        public Optional<PlenarySession> session(long id) {
            return Optional.ofNullable(sessions.get(id));
        }

        @Override
        public List<PlenarySession> of(long organisationId, boolean withRetired) {
            return sessions.values().stream()
                    .filter(s -> s.organisationId() == organisationId && (withRetired || !s.retired()))
                    .toList();
        }

        @Override
        public Optional<PlenarySession> byName(long organisationId, String name) {
            return of(organisationId, true).stream()
                    .filter(s -> s.name().equals(name))
                    .findFirst();
        }

        @Override
        public Optional<PlenarySession> byCode(long organisationId, String code) {
            return of(organisationId, true).stream()
                    .filter(s -> s.code().equals(code))
                    .findFirst();
        }

        @Override
        public boolean used(long sessionId) {
            return false;
        }

        @Override
        public java.util.Set<Long> usedAmong(long organisationId) {
            return java.util.Set.of();
        }

        @Override
        public void flush() {}
    }
}
