package org.tongxin.committee.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.tongxin.committee.application.ImportResult;
import org.tongxin.committee.application.RosterTransfer;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * committee/import.xhtml: office staff download the template, check a filled workbook, and import it;
 * every error is listed by row and column, and nothing is imported while any remains.
 */
@Named
@ViewScoped
public class ImportView implements Serializable {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final long serialVersionUID = 1L;

    @EJB
    RosterTransfer transfer;

    @EJB
    OrganisationService organisationService;

    @Inject
    CurrentUser me;

    private List<OrganisationDetails> organisations;
    private long organisation;
    private transient UploadedFile file;
    private ImportResult result;

    @PostConstruct
    void init() {
        organisations = organisationService.visible();
        organisation = me.getCaller().organisation().id();
    }

    public StreamedContent getTemplate() {
        byte[] bytes = transfer.template();
        return DefaultStreamedContent.builder()
                .name("委员名册模板.xlsx")
                .contentType(XLSX)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public void check() {
        run(false);
    }

    public void upload() {
        run(true);
    }

    private void run(boolean apply) {
        result = null;
        if (file == null || file.getSize() == 0) {
            Pages.problem(
                    Problem.field("file", "invalid-file", "problem.import.no-file"),
                    java.util.Map.of("file", "importForm:file"));
            return;
        }
        try {
            result = transfer.importRoster(organisation, file.getContent(), apply);
            if (result.imported()) {
                Pages.info("import.done", result.created(), result.updated(), result.unchanged());
            } else if (result.errors().isEmpty()) {
                Pages.info("import.checked", result.rows());
            } else {
                Pages.problem(Problem.rule(
                        "invalid-file", "import.has-errors", result.errors().size()));
            }
        } catch (Problem p) {
            Pages.problem(p, java.util.Map.of("file", "importForm:file"));
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    /** An error's message in the page's language. */
    public String message(ImportResult.RowError error) {
        return Pages.text(error.messageKey(), error.args().toArray());
    }

    public List<OrganisationDetails> getOrganisations() {
        return organisations;
    }

    public long getOrganisation() {
        return organisation;
    }

    public void setOrganisation(long organisation) {
        this.organisation = organisation;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public ImportResult getResult() {
        return result;
    }
}
