package org.tongxin.platform.web;

import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.util.Map;
import org.tongxin.platform.application.AccountService;
import org.tongxin.platform.application.SecurityPolicyService;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.security.SessionIdentity;

/** profile.xhtml: who I am, and changing my own password. */
@Named
@ViewScoped
public class ProfileView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountService accounts;

    @EJB
    SecurityPolicyService policies;

    private String currentPassword;
    private String newPassword;
    private String confirmPassword;

    public int getMinLength() {
        return policies.current().minLength();
    }

    public void changePassword() {
        if (newPassword == null || !newPassword.equals(confirmPassword)) {
            Pages.problem(
                    Problem.field("confirmPassword", "mismatch", "profile.password.mismatch"),
                    Map.of("confirmPassword", "password:confirm"));
            return;
        }
        try {
            accounts.changeOwnPassword(currentPassword, newPassword);
        } catch (Problem p) {
            Pages.problem(p, Map.of("currentPassword", "password:current", "newPassword", "password:new"));
            return;
        }
        HttpSession session = ((HttpServletRequest)
                        FacesContext.getCurrentInstance().getExternalContext().getRequest())
                .getSession();
        SessionIdentity identity = (SessionIdentity) session.getAttribute(SessionIdentity.ATTRIBUTE);
        if (identity != null) {
            // this session goes on under the new stamp; every other session of the account ends
            session.setAttribute(
                    SessionIdentity.ATTRIBUTE,
                    new SessionIdentity(identity.username(), false, accounts.myCredentialsStamp()));
        }
        currentPassword = newPassword = confirmPassword = null;
        Pages.info("profile.password.changed");
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }

    public String getConfirmPassword() {
        return confirmPassword;
    }

    public void setConfirmPassword(String confirmPassword) {
        this.confirmPassword = confirmPassword;
    }
}
