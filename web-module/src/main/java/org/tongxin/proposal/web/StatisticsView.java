package org.tongxin.proposal.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tongxin.platform.web.Pages;
import org.tongxin.proposal.application.PlenarySessionService;
import org.tongxin.proposal.application.PlenarySessionSummary;
import org.tongxin.proposal.application.ProposalStatistics;
import org.tongxin.proposal.application.ProposalTrackingService;
import org.tongxin.proposal.domain.ProposalSession;

/**
 * proposal/statistics.xhtml: the office's and leaders' figures of a filing year (and session): filed, accepted,
 * assigned, answered on time, by answer category and rating, the satisfaction rate, the lead units' league table, and
 * the {@code .xlsx} export of the same.
 */
@Named
@ViewScoped
public class StatisticsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    ProposalTrackingService tracking;

    @EJB
    PlenarySessionService plenarySessions;

    /** A dated plenary session (issue 18): its proposals, whatever the year and the plenary/interim choice. */
    private Long sessionId;

    private List<PlenarySessionSummary> plenaries;

    private Integer year;
    private ProposalSession session;
    private ProposalStatistics stats;

    public void init() {
        if (stats == null) {
            show();
        }
    }

    public void show() {
        stats = tracking.statistics(year, session, sessionId);
        year = stats.year();
    }

    public StreamedContent getExport() {
        Map<String, String> labels = new LinkedHashMap<>();
        ProposalTrackingService.EXPORT_LABELS.forEach(k -> labels.put(k, Pages.text(k)));
        byte[] bytes = tracking.export(year, session, sessionId, labels);
        return DefaultStreamedContent.builder()
                .name("proposal-statistics-" + year + ".xlsx")
                .contentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    /** A rate as a percentage for the page ("—" when nothing was counted). */
    public String percent(Double rate) {
        return rate == null ? "—" : String.format(java.util.Locale.ROOT, "%.1f%%", rate * 100);
    }

    public List<ProposalSession> getSessions() {
        return List.of(ProposalSession.values());
    }

    /** The organisation's plenary sessions (with the retired ones: their figures stay). */
    public List<PlenarySessionSummary> getPlenaries() {
        if (plenaries == null) {
            plenaries = plenarySessions.sessions(true);
        }
        return plenaries;
    }

    public Long getSessionId() {
        return sessionId;
    }

    public void setSessionId(Long sessionId) {
        this.sessionId = sessionId;
    }

    public ProposalStatistics getStats() {
        return stats;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public ProposalSession getSession() {
        return session;
    }

    public void setSession(ProposalSession session) {
        this.session = session;
    }
}
