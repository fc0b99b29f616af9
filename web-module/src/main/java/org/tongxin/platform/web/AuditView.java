package org.tongxin.platform.web;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;

import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.tongxin.platform.application.AuditEntryRow;
import org.tongxin.platform.application.AuditQuery;
import org.tongxin.platform.application.AuditService;
import org.tongxin.platform.kernel.Page;

/** platform/audit.xhtml: the audit trail for the audit administrator, newest first, paged in the database. */
@Named
@ViewScoped
public class AuditView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @EJB
    AuditService audit;

    private LocalDate from;
    private LocalDate to;
    private String actor;
    private String action;
    private String entityType;
    private LazyDataModel<AuditEntryRow> model;

    @PostConstruct
    void init() {
        model = new LazyDataModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            public int count(Map<String, FilterMeta> filterBy) {
                return (int) audit.search(query(), new Page.Request(0, 1)).total();
            }

            @Override
            public List<AuditEntryRow> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                    Map<String, FilterMeta> filterBy) {
                return audit.search(query(), Page.Request.ofRows(first, pageSize)).items();
            }

            @Override
            public String getRowKey(AuditEntryRow entry) {
                return String.valueOf(entry.id());
            }
        };
    }

    private AuditQuery query() {
        return new AuditQuery(from == null ? null : from.atStartOfDay(ZONE).toInstant(),
                to == null ? null : to.plusDays(1).atStartOfDay(ZONE).toInstant(), actor, action, entityType);
    }

    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZONE);

    /** A moment as the auditor reads it: Beijing time, to the second. */
    public String time(java.time.Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    public List<String> getActions() {
        return List.of("CREATE", "UPDATE", "DELETE", "LOGIN_SUCCESS", "LOGIN_FAILURE", "ACCOUNT_LOCKED", "LOGOUT",
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
