package org.tongxin.committee.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tongxin.committee.application.MemberAccounts;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Pages;

/**
 * The "create logins" part of committee/roster.xhtml (issue 14): office staff open logins for the selected
 * members, the committee the roster is filtered by, or every active member; the login names and one-time
 * passwords are shown once, and the sheet of slips is downloaded as a PDF.
 */
@Named
@ViewScoped
public class RosterLoginsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    MemberAccounts accounts;

    @Inject
    RosterView roster;

    private List<MemberSummary> selected = new ArrayList<>();
    private String scope = "SELECTED";
    private MemberAccounts.Result result;

    public void create() {
        result = null;
        MemberAccounts.Scope s;
        switch (scope) {
            case "COMMITTEE" -> {
                if (roster.getCommittee() == null) {
                    Pages.problem(Problem.rule("required", "logins.no-committee"));
                    return;
                }
                s = new MemberAccounts.Scope(null, roster.getCommittee(), false);
            }
            case "ALL" -> s = new MemberAccounts.Scope(null, null, true);
            default -> {
                if (selected == null || selected.isEmpty()) {
                    Pages.problem(Problem.rule("required", "logins.no-selection"));
                    return;
                }
                s = new MemberAccounts.Scope(
                        selected.stream().map(MemberSummary::id).toList(), null, false);
            }
        }
        Pages.attempt(() -> {
            result = accounts.createLogins(s);
            Pages.info("logins.done", result.created().size(), result.skipped().size());
        });
    }

    public StreamedContent getSlips() {
        if (result == null || result.batch() == null) {
            return null;
        }
        byte[] bytes = accounts.slips(result.batch());
        return DefaultStreamedContent.builder()
                .name("委员登录凭条.pdf")
                .contentType("application/pdf")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public String[] getScopes() {
        return new String[] {"SELECTED", "COMMITTEE", "ALL"};
    }

    public List<MemberSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<MemberSummary> selected) {
        this.selected = selected;
    }

    public String getScope() {
        return scope;
    }

    public void setScope(String scope) {
        this.scope = scope;
    }

    public MemberAccounts.Result getResult() {
        return result;
    }
}
