package org.tongxin.platform.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Problem;

/**
 * platform/organisation.xhtml?id=: one organisation's settings: its time zone (changed on the
 * organisations page) and the links to where its sectors, report topics, duty categories and routes
 * are kept.
 */
@Named
@ViewScoped
public class OrganisationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    OrganisationService organisations;

    private Long id;
    private OrganisationDetails organisation;

    public void load() {
        if (id == null) {
            return;
        }
        try {
            organisation = organisations.get(id);
        } catch (Problem p) {
            organisation = null;
            Pages.problem(p);
        }
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public OrganisationDetails getOrganisation() {
        return organisation;
    }
}
