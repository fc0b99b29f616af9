package org.tongxin.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.TreeNode;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Problem;

/** platform/organisations.xhtml: the visible part of the organisation tree; sys-admin adds and renames. */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of("code", "orgForm:code", "name", "orgForm:name");

    @EJB
    OrganisationService organisations;

    private TreeNode<OrganisationDetails> root;
    private TreeNode<OrganisationDetails> selected;
    private Long parentId;
    private Long editId;
    private int editVersion;
    private String code;
    private String name;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        List<OrganisationDetails> all = organisations.visible();
        root = new DefaultTreeNode<>(null, null);
        Map<Long, TreeNode<OrganisationDetails>> nodes = new HashMap<>();
        for (OrganisationDetails o : all) { // tree order: a parent always comes before its children
            TreeNode<OrganisationDetails> parent = o.parentId() == null ? root : nodes.getOrDefault(o.parentId(), root);
            TreeNode<OrganisationDetails> node = new DefaultTreeNode<>(o, parent);
            node.setExpanded(o.depth() < 2);
            nodes.put(o.id(), node);
        }
    }

    public void prepareAdd(OrganisationDetails parent) {
        parentId = parent.id();
        editId = null;
        code = null;
        name = null;
    }

    public void prepareEdit(OrganisationDetails organisation) {
        parentId = null;
        editId = organisation.id();
        editVersion = organisation.version();
        code = organisation.code();
        name = organisation.name();
    }

    public boolean isAdding() {
        return editId == null;
    }

    public void save() {
        try {
            if (editId == null) {
                OrganisationDetails created = organisations.create(parentId, code, name);
                Pages.info("organisations.created", created.name());
            } else {
                organisations.rename(editId, name, editVersion);
                Pages.info("organisations.saved", name);
            }
            load();
        } catch (Problem p) {
            Pages.problem(p, FIELDS);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public TreeNode<OrganisationDetails> getRoot() {
        return root;
    }

    public TreeNode<OrganisationDetails> getSelected() {
        return selected;
    }

    public void setSelected(TreeNode<OrganisationDetails> selected) {
        this.selected = selected;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }
}
