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

/** The header's logout button (a POST): ends the session and returns to the login page. */
@Named
@RequestScoped
public class LogoutAction {

    @EJB
    AuditService audit;

    public void logout() throws IOException, ServletException {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        String user = request.getRemoteUser();
        audit.recordSecurityEvent("LOGOUT", user, null);
        request.logout();
        external.invalidateSession();
        external.redirect(request.getContextPath() + "/login.xhtml?loggedOut=true");
    }
}
