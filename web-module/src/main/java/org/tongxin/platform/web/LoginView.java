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
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.tongxin.platform.application.LoginResult;
import org.tongxin.platform.web.security.SessionIdentity;

/** login.xhtml: signs a person in through the platform's authentication mechanism. */
@Named
@ViewScoped
public class LoginView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SecurityContext securityContext;

    private String username;
    private String password;
    private boolean expired;
    private boolean loggedOut;
    private boolean oidcFailed;

    @Inject
    org.tongxin.platform.web.security.oidc.OidcProvider oidc;

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        HttpServletResponse response = (HttpServletResponse) external.getResponse();
        AuthenticationStatus status = securityContext.authenticate(
                request,
                response,
                AuthenticationParameters.withParams()
                        .credential(new UsernamePasswordCredential(
                                username == null ? "" : username.trim(),
                                new Password(password == null ? "" : password)))
                        .newAuthentication(true));
        password = null;
        if (status != AuthenticationStatus.SUCCESS
                && org.tongxin.platform.web.security.LoginGate.refused(faces, request)) {
            return;
        }
        if (request.getAttribute(org.tongxin.platform.web.security.PendingLogin.NEEDS_CODE) != null) {
            external.redirect(request.getContextPath() + "/login-code.xhtml"); // the second step
            return;
        }
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(SessionIdentity.landingPage(request));
            return;
        }
        if (status == AuthenticationStatus.SEND_CONTINUE) {
            faces.responseComplete();
            return;
        }
        Object outcome = request.getAttribute(SessionIdentity.OUTCOME_ATTRIBUTE);
        String key = outcome == LoginResult.Outcome.LOCKED
                ? "login.locked"
                : outcome == LoginResult.Outcome.DISABLED ? "login.disabled" : "login.invalid";
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, Pages.text(key), null));
        faces.validationFailed();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isExpired() {
        return expired;
    }

    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    /** Whether the login page offers 统一身份认证 (sign-in through the OpenID Connect provider). */
    public boolean isOidcEnabled() {
        return oidc.loginEnabled();
    }

    public boolean isOidcFailed() {
        return oidcFailed;
    }

    public void setOidcFailed(boolean oidcFailed) {
        this.oidcFailed = oidcFailed;
    }

    public boolean isLoggedOut() {
        return loggedOut;
    }

    public void setLoggedOut(boolean loggedOut) {
        this.loggedOut = loggedOut;
    }
}
