package org.tongxin.proposal.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.proposal.domain.CaseCounters;
import org.tongxin.proposal.domain.CaseNumber;
import org.tongxin.proposal.domain.PlenarySession;
import org.tongxin.proposal.domain.PlenarySessions;
import org.tongxin.proposal.domain.Proposal;
import org.tongxin.proposal.domain.ProposalSession;

/**
 * The rules around plenary sessions that the services and the demo share (called inside their transactions): a new
 * session (its name and code free in the organisation), the session a plenary proposal is filed for, and the number
 * (案号) of an accepted proposal.
 */
@ApplicationScoped
public class ProposalSessions {

    /** The earliest deadline first (the most pressing session), then the earliest opening, then the first made. */
    static final Comparator<PlenarySession> PRESSING = Comparator.comparing(PlenarySession::deadline)
            .thenComparing(PlenarySession::opensOn)
            .thenComparing(PlenarySession::id);

    @Inject
    PlenarySessions sessions;

    @Inject
    CaseCounters counters;

    public PlenarySession create(long organisationId, PlenarySession.Terms terms, String by, Instant at) {
        PlenarySession s = new PlenarySession(organisationId, terms, by, at);
        requireFree(s, null);
        sessions.add(s);
        sessions.flush();
        return s;
    }

    /** Changes a session's terms, its name and code still free in the organisation. */
    public void change(PlenarySession s, PlenarySession.Terms terms) {
        // the new terms checked and normalised apart first: the queries below must not flush a half-changed session
        requireFree(new PlenarySession(s.organisationId(), terms, s.createdBy(), s.createdAt()), s.id());
        s.change(terms);
    }

    /** Refuses a name or code another session of the organisation has ({@code 409 session-exists}). */
    private void requireFree(PlenarySession s, Long self) {
        Optional<PlenarySession> other = sessions.byName(s.organisationId(), s.name())
                .filter(o -> !o.id().equals(self))
                .or(() -> sessions.byCode(s.organisationId(), s.code()).filter(o -> !o.id().equals(self)));
        if (other.isPresent()) {
            throw Problem.conflict(
                    "session-exists", "problem.session.exists", other.get().name());
        }
    }

    /** The organisation's sessions open for filing on the day, the most pressing first. */
    public List<PlenarySession> open(long organisationId, LocalDate today) {
        return sessions.of(organisationId, false).stream()
                .filter(s -> s.openOn(today))
                .sorted(PRESSING)
                .toList();
    }

    /**
     * The session a proposal is filed for: none for an interim one; for a plenary one the session named (of the
     * organisation, open today: else {@code 422} field {@code sessionId}), or, none named, the session already bound
     * (an edited draft keeps it), or the open one (the most pressing when several; none open: {@code 422} field
     * {@code session}).
     */
    public Long filedFor(long organisationId, ProposalSession filed, Long named, Long bound, LocalDate today) {
        if (filed != ProposalSession.PLENARY) {
            return null;
        }
        if (named != null) {
            if (named.equals(bound)) {
                return bound;
            }
            PlenarySession s = sessions.session(named)
                    .filter(x -> x.organisationId() == organisationId)
                    .orElseThrow(() -> Problem.field("sessionId", "invalid-input", "problem.proposal.session-unknown"));
            if (!s.openOn(today)) {
                throw Problem.field("sessionId", "invalid-input", "problem.proposal.session-closed", s.name());
            }
            return s.id();
        }
        if (bound != null) {
            return bound;
        }
        return open(organisationId, today).stream()
                .findFirst()
                .map(PlenarySession::id)
                .orElseThrow(() -> Problem.field("session", "no-open-session", "problem.proposal.no-open-session"));
    }

    public Optional<PlenarySession> session(Long id) {
        return id == null ? Optional.empty() : sessions.session(id);
    }

    /** Numbers an accepted proposal (案号) from its session's counter, or its filing year's interim counter. */
    public void number(Proposal p) {
        Optional<PlenarySession> s = session(p.plenarySessionId());
        String number = s.isPresent()
                ? CaseNumber.plenary(
                        s.get().code(),
                        counters.next(
                                p.organisationId(),
                                CaseNumber.sessionCounter(s.get().id())))
                : CaseNumber.interim(p.year(), counters.next(p.organisationId(), CaseNumber.yearCounter(p.year())));
        p.number(number);
    }
}
