package org.tongxin.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.DefaultTreeNode;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.TreeNode;
import org.primefaces.model.file.UploadedFile;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationImportResult;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Problem;

/**
 * platform/organisations.xhtml: the visible part of the organisation tree; sys-admin adds, renames, moves
 * (under another organisation of the level above), sets the time zone, retires, and imports the tree
 * from .xlsx (checked first: a dry run lists every error by row and column).
 */
@Named
@ViewScoped
public class OrganisationsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS = Map.of(
            "code", "orgForm:code",
            "name", "orgForm:name",
            "parentId", "orgForm:parent",
            "timeZone", "orgForm:timeZone");
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @EJB
    OrganisationService organisations;

    private TreeNode<OrganisationDetails> root;
    private TreeNode<OrganisationDetails> selected;
    private Long parentId;
    private Long editId;
    private int editVersion;
    private String code;
    private String name;
    private Long moveTo;
    private String timeZone;
    private List<OrganisationDetails> all = List.of();
    private transient UploadedFile file;
    private OrganisationImportResult result;

    @PostConstruct
    void init() {
        load();
    }

    private void load() {
        all = organisations.visible();
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
        moveTo = organisation.parentId();
        timeZone = organisation.timeZone();
    }

    /** The organisations one level above the edited one (where it may move), open ones only. */
    public List<OrganisationDetails> getParents() {
        OrganisationDetails edited = editId == null
                ? null
                : all.stream().filter(o -> o.id() == editId).findFirst().orElse(null);
        if (edited == null || edited.parentId() == null) {
            return List.of();
        }
        return all.stream()
                .filter(o -> o.depth() == edited.depth() - 1
                        && (!o.retired() || o.id() == edited.parentId().longValue()))
                .toList();
    }

    public boolean isRootEdited() {
        return editId != null && getParents().isEmpty();
    }

    public void retire(OrganisationDetails organisation) {
        try {
            organisations.retire(organisation.id());
            Pages.info("organisations.retired", organisation.name());
            load();
        } catch (Problem p) {
            Pages.problem(p);
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    public StreamedContent getTemplate() {
        byte[] bytes = organisations.template();
        return DefaultStreamedContent.builder()
                .name("organisations.xlsx")
                .contentType(XLSX)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public void check() {
        runImport(false);
    }

    public void upload() {
        runImport(true);
    }

    private void runImport(boolean apply) {
        result = null;
        if (file == null || file.getSize() == 0) {
            Pages.problem(
                    Problem.field("file", "invalid-file", "problem.import.no-file"), Map.of("file", "importForm:file"));
            return;
        }
        try {
            result = organisations.importTree(file.getContent(), apply);
            if (result.imported()) {
                Pages.info("organisations.import.done", result.created(), result.unchanged());
                load();
            } else if (result.errors().isEmpty()) {
                Pages.info("organisations.import.checked", result.rows(), result.created(), result.unchanged());
            } else {
                Pages.problem(Problem.rule(
                        "invalid-file", "import.has-errors", result.errors().size()));
            }
        } catch (Problem p) {
            Pages.problem(p, Map.of("file", "importForm:file"));
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    /** An import error's message in the page's language. */
    public String message(OrganisationImportResult.RowError error) {
        return Pages.text(error.messageKey(), error.args().toArray());
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
                organisations.update(editId, name, moveTo, timeZone, editVersion);
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

    public Long getMoveTo() {
        return moveTo;
    }

    public void setMoveTo(Long moveTo) {
        this.moveTo = moveTo;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public OrganisationImportResult getResult() {
        return result;
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
