package org.tongxin.inforeport.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tongxin.inforeport.application.ForwardingService;
import org.tongxin.inforeport.application.RouteDetails;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.Pages;

/**
 * inforeport/routes.xhtml (sys-admin, as the API): the routes to other deployments, where an
 * organisation's reports go when its parent is hosted elsewhere; add, change (a blank password keeps
 * the stored one) and remove.
 */
@Named
@ViewScoped
public class RoutesView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "baseUrl", "routeForm:baseUrl",
            "username", "routeForm:username",
            "password", "routeForm:password",
            "targetCode", "routeForm:targetCode",
            "targetName", "routeForm:targetName");

    @EJB
    ForwardingService forwarding;

    @EJB
    OrganisationService organisationService;

    private List<RouteDetails> routes = List.of();
    private List<OrganisationDetails> organisations = List.of();
    private boolean editing;
    private Long organisationId;
    private String baseUrl;
    private String username;
    private String password;
    private String targetCode;
    private String targetName;

    @PostConstruct
    void init() {
        organisations = organisationService.visible();
        load();
    }

    private void load() {
        routes = forwarding.routes();
    }

    public void prepareAdd() {
        editing = false;
        organisationId = null;
        baseUrl = null;
        username = null;
        password = null;
        targetCode = null;
        targetName = null;
    }

    public void prepareEdit(RouteDetails route) {
        editing = true;
        organisationId = route.organisationId();
        baseUrl = route.baseUrl();
        username = route.username();
        password = null;
        targetCode = route.targetCode();
        targetName = route.targetName();
    }

    public void save() {
        try {
            if (organisationId == null) {
                throw Problem.rule("invalid-input", "problem.invalid-input");
            }
            if (!editing && routes.stream().anyMatch(r -> r.organisationId() == organisationId)) {
                throw Problem.conflict("duplicate-route", "routes.duplicate");
            }
            RouteDetails saved =
                    forwarding.putRoute(organisationId, baseUrl, username, password, targetCode, targetName);
            Pages.info("routes.saved", saved.organisationName());
            load();
        } catch (Problem p) {
            Pages.problem(p, FIELDS);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public void remove(RouteDetails route) {
        try {
            forwarding.deleteRoute(route.organisationId());
            Pages.info("routes.removed", route.organisationName());
            load();
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public List<RouteDetails> getRoutes() {
        return routes;
    }

    public List<OrganisationDetails> getOrganisations() {
        return organisations;
    }

    public boolean isEditing() {
        return editing;
    }

    public Long getOrganisationId() {
        return organisationId;
    }

    public void setOrganisationId(Long organisationId) {
        this.organisationId = organisationId;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(String baseUrl) {
        this.baseUrl = baseUrl;
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

    public String getTargetCode() {
        return targetCode;
    }

    public void setTargetCode(String targetCode) {
        this.targetCode = targetCode;
    }

    public String getTargetName() {
        return targetName;
    }

    public void setTargetName(String targetName) {
        this.targetName = targetName;
    }
}
