package org.tongxin.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongxin.platform.application.AuditEntryRow;
import org.tongxin.platform.application.AuditQuery;
import org.tongxin.platform.application.AuditService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Page;

/** platform/audit.xhtml: the audit trail for the audit administrator, newest first, paged in the database. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    AuditService audit;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    /** The auditor's organisation's zone: the days of the filter and the moments shown are read in it. */
    private ZoneId zone;

    /** Not Serializable: rebuilt from the zone after the view is copied to another node. */
    private transient java.time.format.DateTimeFormatter timeFormat;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String entityType;
    private LazyDataModel<AuditEntryRow> model;

    @PostConstruct
    void init() {
        zone = time.zone(me.getOrganisationId());
        timeFormat = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                .withZone(zone);
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) audit.search(query(), new Page.Request(0, 1)).total();
            }

            @Override
            public List<AuditEntryRow> load(
                    int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
                return audit.search(query(), Page.Request.ofRows(first, pageSize))
                        .items();
            }

            @Override
            public String getRowKey(AuditEntryRow entry) {
                return String.valueOf(entry.id());
            }
        };
    }

    private AuditQuery query() {
        return new AuditQuery(
                from == null ? null : from.atStartOfDay(zone).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                actor,
                action,
                entityType);
    }

    /** A moment as the auditor reads it: in their organisation's zone, to the second. */
    public String time(java.time.Instant instant) {
        if (instant == null) {
            return "";
        }
        if (timeFormat == null) {
            timeFormat = java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
                    .withZone(zone);
        }
        return timeFormat.format(instant);
    }

    public List<String> getActions() {
        return List.of(
                "CREATE",
                "UPDATE",
                "DELETE",
                "LOGIN_SUCCESS",
                "LOGIN_FAILURE",
                "ACCOUNT_LOCKED",
                "LOGOUT",
                "ACCESS_DENIED");
    }

    public LazyDataModel<AuditEntryRow> getModel() {
        return model;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }
}
