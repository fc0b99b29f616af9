package org.tongxin.proposal.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.web.Pages;
import org.tongxin.proposal.application.NewProposal;
import org.tongxin.proposal.application.PlenarySessionService;
import org.tongxin.proposal.application.PlenarySessionSummary;
import org.tongxin.proposal.application.ProposalDetails;
import org.tongxin.proposal.application.ProposalService;
import org.tongxin.proposal.domain.ProposalSession;

/**
 * proposal/write.xhtml (?id= for a draft): a member writes a proposal: title, case (案由), analysis, suggestions, the
 * session, co-signers of their organisation (who are invited and must confirm) or a collective body; saved as a draft
 * and opened on its page, where it is submitted.
 */
@Named
@ViewScoped
public class WriteView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "title", "writeForm:title",
            "reason", "writeForm:reason",
            "analysis", "writeForm:analysis",
            "suggestions", "writeForm:suggestions",
            "coSigners", "writeForm:coSigners",
            "collectiveBody", "writeForm:collectiveBody",
            "session", "writeForm:session",
            "sessionId", "writeForm:plenarySession");

    @EJB
    ProposalService service;

    @EJB
    PlenarySessionService plenarySessions;

    /** The plenary sessions open for filing today (issue 18), the most pressing first. */
    private List<PlenarySessionSummary> openSessions = List.of();

    /** The plenary session chosen (null: the one open today, or the one the draft is filed for). */
    private Long plenarySessionId;

    /** The session an edited draft is filed for, when it is no longer open. */
    private String boundSessionName;

    private Long id;
    private Integer version;
    private boolean loaded;
    private Map<Long, String> choices = Map.of();

    private String title;
    private String reason;
    private String analysis;
    private String suggestions;
    private List<Long> coSigners = new ArrayList<>();
    private String collectiveBody;
    private ProposalSession session = ProposalSession.INTERIM;

    public void init() {
        if (loaded) {
            return;
        }
        loaded = true;
        Pages.attempt(() -> choices = service.coSignerChoices());
        Pages.attempt(() -> openSessions = plenarySessions.openSessions());
        if (id != null) {
            ProposalDetails[] p = {null};
            if (Pages.attempt(() -> p[0] = service.proposal(id))) {
                version = p[0].version();
                title = p[0].title();
                reason = p[0].reason();
                analysis = p[0].analysis();
                suggestions = p[0].suggestions();
                coSigners = new ArrayList<>(p[0].coSigners().stream()
                        .map(ProposalDetails.CoSignerRow::memberId)
                        .toList());
                collectiveBody = p[0].collectiveBody();
                session = p[0].session();
                plenarySessionId = p[0].sessionId();
                if (plenarySessionId != null && openSessions.stream().noneMatch(s -> s.id() == p[0].sessionId())) {
                    boundSessionName = p[0].sessionName();
                }
            }
        }
    }

    /** Saves the draft and opens its page. */
    public String save() {
        NewProposal body = new NewProposal(
                title,
                reason,
                analysis,
                suggestions,
                coSigners,
                collectiveBody,
                session,
                session == ProposalSession.PLENARY ? plenarySessionId : null);
        ProposalDetails[] saved = {null};
        boolean ok = Pages.attempt(
                () -> saved[0] = id == null ? service.file(body) : service.edit(id, version, body), FIELDS);
        if (!ok) {
            return null;
        }
        return "/proposal/proposal?faces-redirect=true&id=" + saved[0].id();
    }

    public List<ProposalSession> getSessions() {
        return List.of(ProposalSession.values());
    }

    public boolean isPlenary() {
        return session == ProposalSession.PLENARY;
    }

    public List<PlenarySessionSummary> getOpenSessions() {
        return openSessions;
    }

    public Long getPlenarySessionId() {
        return plenarySessionId;
    }

    public void setPlenarySessionId(Long plenarySessionId) {
        this.plenarySessionId = plenarySessionId;
    }

    public String getBoundSessionName() {
        return boundSessionName;
    }

    public Map<Long, String> getChoices() {
        return choices;
    }

    public List<Long> getChoiceIds() {
        return new ArrayList<>(choices.keySet());
    }

    public String name(Long memberId) {
        return choices.getOrDefault(memberId, "");
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public String getAnalysis() {
        return analysis;
    }

    public void setAnalysis(String analysis) {
        this.analysis = analysis;
    }

    public String getSuggestions() {
        return suggestions;
    }

    public void setSuggestions(String suggestions) {
        this.suggestions = suggestions;
    }

    public List<Long> getCoSigners() {
        return coSigners;
    }

    public void setCoSigners(List<Long> coSigners) {
        this.coSigners = coSigners;
    }

    public String getCollectiveBody() {
        return collectiveBody;
    }

    public void setCollectiveBody(String collectiveBody) {
        this.collectiveBody = collectiveBody;
    }

    public ProposalSession getSession() {
        return session;
    }

    public void setSession(ProposalSession session) {
        this.session = session;
    }

    // ---- the similar-proposal hint (issue 18)

    @EJB
    org.tongxin.proposal.application.ProposalHintService hints;

    private List<org.tongxin.proposal.application.SimilarProposal> similar = List.of();

    /** The title changed (a pause in typing): the organisation's proposals with the closest titles. */
    public void findSimilar() {
        similar = hints.similar(title, id);
    }

    public List<org.tongxin.proposal.application.SimilarProposal> getSimilar() {
        return similar;
    }
}
