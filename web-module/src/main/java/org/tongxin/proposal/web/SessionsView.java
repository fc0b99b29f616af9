package org.tongxin.proposal.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.web.Pages;
import org.tongxin.proposal.application.PlenarySessionService;
import org.tongxin.proposal.application.PlenarySessionSummary;
import org.tongxin.proposal.domain.PlenarySession;

/**
 * proposal/sessions.xhtml (office staff): the organisation's plenary sessions (全体会议) with their filing windows; the
 * office adds one, changes one (the form filled from its row), retires or brings it back, deletes one no proposal names.
 */
@Named
@ViewScoped
public class SessionsView implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.of(
            "name", "sessionsForm:name",
            "code", "sessionsForm:code",
            "opensOn", "sessionsForm:opensOn",
            "closesOn", "sessionsForm:closesOn",
            "filingOpensOn", "sessionsForm:filingOpensOn",
            "deadline", "sessionsForm:deadline");

    @EJB
    PlenarySessionService service;

    private List<PlenarySessionSummary> sessions = List.of();

    /** The session being changed (null: the form adds one). */
    private Long editing;

    private Integer version;
    private String name;
    private String code;
    private LocalDate opensOn;
    private LocalDate closesOn;
    private LocalDate filingOpensOn;
    private LocalDate deadline;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        Pages.attempt(() -> sessions = service.sessions(true));
    }

    /** Adds the session, or saves the one being changed. */
    public void save() {
        PlenarySession.Terms terms = new PlenarySession.Terms(name, code, opensOn, closesOn, filingOpensOn, deadline);
        boolean ok = Pages.attempt(
                () -> {
                    if (editing == null) {
                        service.create(terms);
                    } else {
                        service.change(editing, version, terms, null);
                    }
                },
                FIELDS);
        if (ok) {
            Pages.info(editing == null ? "sessions.created" : "sessions.changed", name.strip());
            clear();
        }
        load();
    }

    public void edit(PlenarySessionSummary s) {
        editing = s.id();
        version = s.version();
        name = s.name();
        code = s.code();
        opensOn = s.opensOn();
        closesOn = s.closesOn();
        filingOpensOn = s.filingOpensOn();
        deadline = s.deadline();
    }

    public void cancel() {
        clear();
    }

    public void retire(PlenarySessionSummary s, boolean retire) {
        if (Pages.attempt(() -> service.change(s.id(), s.version(), terms(s), retire))) {
            Pages.info(retire ? "sessions.retired-done" : "sessions.reinstated", s.name());
        }
        load();
    }

    public void delete(PlenarySessionSummary s) {
        if (Pages.attempt(() -> service.delete(s.id()))) {
            Pages.info("sessions.deleted", s.name());
            if (editing != null && editing == s.id()) {
                clear();
            }
        }
        load();
    }

    private static PlenarySession.Terms terms(PlenarySessionSummary s) {
        return new PlenarySession.Terms(s.name(), s.code(), s.opensOn(), s.closesOn(), s.filingOpensOn(), s.deadline());
    }

    private void clear() {
        editing = null;
        version = null;
        name = null;
        code = null;
        opensOn = null;
        closesOn = null;
        filingOpensOn = null;
        deadline = null;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public List<PlenarySessionSummary> getSessions() {
        return sessions;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public void setOpensOn(LocalDate opensOn) {
        this.opensOn = opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public void setClosesOn(LocalDate closesOn) {
        this.closesOn = closesOn;
    }

    public LocalDate getFilingOpensOn() {
        return filingOpensOn;
    }

    public void setFilingOpensOn(LocalDate filingOpensOn) {
        this.filingOpensOn = filingOpensOn;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDate deadline) {
        this.deadline = deadline;
    }
}
