package org.tongxin.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.application.DepartmentService;
import org.tongxin.platform.application.DepartmentSummary;

/**
 * platform/departments.xhtml: the government departments of the organisation (责任单位). Office staff register,
 * rename, retire and reinstate them; leaders read the list.
 */
@Named
@ViewScoped
public class DepartmentsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    DepartmentService service;

    @Inject
    CurrentUser me;

    private List<DepartmentSummary> departments = List.of();
    private String name;
    private Long editing;
    private String newName;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        Pages.attempt(() -> departments = service.departments(true));
    }

    public void create() {
        if (Pages.attempt(() -> service.create(name), Map.of("name", "departmentsForm:name"))) {
            Pages.info("department.created", name.strip());
            name = null;
        }
        load();
    }

    public void edit(DepartmentSummary d) {
        editing = d.id();
        newName = d.name();
    }

    public void rename(DepartmentSummary d) {
        if (Pages.attempt(() -> service.rename(d.id(), d.version(), newName))) {
            Pages.info("department.renamed");
            editing = null;
        }
        load();
    }

    public void retire(DepartmentSummary d) {
        if (Pages.attempt(() -> service.retire(d.id(), d.version()))) {
            Pages.info("department.retired-done", d.name());
        }
        load();
    }

    public void reinstate(DepartmentSummary d) {
        if (Pages.attempt(() -> service.reinstate(d.id(), d.version()))) {
            Pages.info("department.reinstated", d.name());
        }
        load();
    }

    public boolean isEditable() {
        return me.has("office-staff");
    }

    public boolean editing(DepartmentSummary d) {
        return editing != null && editing == d.id();
    }

    public List<DepartmentSummary> getDepartments() {
        return departments;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
