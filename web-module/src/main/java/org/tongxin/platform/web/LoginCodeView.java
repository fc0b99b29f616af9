package org.tongxin.platform.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import org.tongxin.platform.application.SecondFactorService;
import org.tongxin.platform.web.security.PendingLogin;
import org.tongxin.platform.web.security.SecondFactorCredential;
import org.tongxin.platform.web.security.SessionIdentity;

/**
 * login-code.xhtml: the login's second step, after a right password of an account with a second factor:
 * the authenticator app's code or a recovery code. Without a pending login it sends back to the login page.
 */
@Named
@ViewScoped
public class LoginCodeView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext securityContext;

    private String code;

    /** f:viewAction: nothing to do here without a pending login. */
    public void check() throws IOException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpSession session = (HttpSession) external.getSession(false);
        if (session == null || session.getAttribute(PendingLogin.ATTRIBUTE) == null) {
            external.redirect(external.getRequestContextPath() + "/login.xhtml");
        }
    }

    public void submit() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new SecondFactorCredential(code == null ? "" : code.trim()))
                        .newAuthentication(true));
        code = null;
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(SessionIdentity.landingPage(request));
            return;
        }
        Object outcome = request.getAttribute(SessionIdentity.OUTCOME_ATTRIBUTE);
        if (outcome == SecondFactorService.Check.LOCKED || outcome == SecondFactorService.Check.MISSING) {
            // locked, or the pending login expired: back to the password
            external.redirect(request.getContextPath() + "/login.xhtml?expired=true");
            return;
        }
        faces.addMessage(
                null,
                new FacesMessage(
                        FacesMessage.SEVERITY_ERROR,
                        Pages.text(
                                outcome == SecondFactorService.Check.REPLAYED
                                        ? "login-code.replayed"
                                        : "login-code.invalid"),
                        null));
        faces.validationFailed();
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }
}
