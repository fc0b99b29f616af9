package org.tongxin.committee.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Map;
import org.tongxin.committee.application.MemberAccounts;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * The login part of committee/member.xhtml (issue 14): the linked login name, and for office staff linking
 * an account by its login name or unlinking it.
 */
@Named
@ViewScoped
public class MemberAccountView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("username", "accountForm:username");

    @EJB
    MemberAccounts accounts;

    @Inject
    MemberPage page;

    @Inject
    CurrentUser me;

    private MemberAccounts.Login login;
    private String username;

    /** The member's login, read once per view (office staff and leaders only; others see nothing). */
    public MemberAccounts.Login getLogin() {
        if (login == null && page.getId() != null && (me.has("office-staff") || me.has("leader"))) {
            Pages.attempt(() -> login = accounts.login(page.getId()));
        }
        return login;
    }

    public void link() {
        if (Pages.attempt(() -> accounts.linkByUsername(page.getId(), username), FIELDS)) {
            login = null;
            username = null;
            Pages.info("member.account.linked");
        }
    }

    public void unlink() {
        if (Pages.attempt(() -> accounts.unlink(page.getId()))) {
            login = null;
            Pages.info("member.account.unlinked");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }
}
