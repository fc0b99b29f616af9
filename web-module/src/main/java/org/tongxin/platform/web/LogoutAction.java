package org.tongxin.platform.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import org.tongxin.platform.application.AuditService;

/**
 * The header's logout button (a POST): ends the session and returns to the login page; a session signed
 * in through the OpenID Connect provider passes by the provider's logout, which ends its session too.
 */
@Named
@RequestScoped
public class LogoutAction {

    @EJB
    AuditService audit;

    @jakarta.inject.Inject
    org.tongxin.platform.web.security.oidc.OidcLogin oidc;

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = request.getRemoteUser();
        audit.recordSecurityEvent("LOGOUT", user, null);
        // signed in through the provider: its session ends too (RP-initiated logout), then back to our login page
        java.util.Optional<String> provider = oidc.logoutUrl(request);
        request.logout();
        external.invalidateSession();
        external.redirect(provider.orElse(request.getContextPath() + "/login.xhtml?loggedOut=true"));
    }
}
