package org.tongxin.platform.web;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tongxin.platform.application.GettingStarted;
import org.tongxin.platform.application.GettingStartedRow;
import org.tongxin.platform.kernel.Role;

/** The "getting started" checklist on the home page, for administrators and office staff: what is still missing. */
@Named
@RequestScoped
public class GettingStartedView {

    @EJB
    GettingStarted gettingStarted;

    @Inject
    CurrentUser me;

    private List<GettingStartedRow> rows;

    public boolean isShown() {
        return me.has(Role.SYS_ADMIN_CODE) || me.has(Role.SECURITY_ADMIN_CODE) || me.has(Role.OFFICE_STAFF_CODE);
    }

    public List<GettingStartedRow> getRows() {
        if (rows == null) {
            rows = isShown() ? gettingStarted.checklist() : List.of();
        }
        return rows;
    }

    public boolean isComplete() {
        return getRows().stream().allMatch(GettingStartedRow::done);
    }
}
