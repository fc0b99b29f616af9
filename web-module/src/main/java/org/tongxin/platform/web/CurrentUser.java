package org.tongxin.platform.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tongxin.platform.application.AccountService;
import org.tongxin.platform.application.CallerDetails;

/** The signed-in person for the pages (header, menu): looked up once per request. */
@Named("me")
@RequestScoped
public class CurrentUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AccountService accounts;

    private CallerDetails caller;

    public CallerDetails getCaller() {
        if (caller == null) {
            caller = accounts.me();
        }
        return caller;
    }

    /** The signed-in person's own organisation: the one whose calendar (OrganisationTime) a page shows. */
    public long getOrganisationId() {
        return getCaller().organisation().id();
    }

    public boolean has(String role) {
        return getCaller().hasRole(role);
    }

    /** Holds a business role (member, office staff, editor, keeper, leader): the domain menus apply. */
    public boolean isBusiness() {
        return !getCaller().roles().isEmpty() && !isAdministrator();
    }

    public boolean isAdministrator() {
        return has("sys-admin") || has("security-admin") || has("audit-admin");
    }
}
