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
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.tongxin.committee.application.LiaisonImportResult;
import org.tongxin.committee.application.LiaisonStructure;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * committee/liaison-import.xhtml: office staff download the liaison workbook's template, check a filled one
 * (a dry run), and import it; every error is listed by sheet, row and column, and nothing is imported while
 * any remains.
 */
@Named
@ViewScoped
public class LiaisonImportView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    LiaisonStructure structure;

    @EJB
    OrganisationService organisationService;

    @Inject
    CurrentUser me;

    private List<OrganisationDetails> organisations;
    private long organisation;
    private transient UploadedFile file;
    private LiaisonImportResult result;

    @PostConstruct
    void init() {
        organisations = organisationService.visible();
        organisation = me.getCaller().organisation().id();
    }

    public StreamedContent getTemplate() {
        byte[] bytes = structure.template();
        return DefaultStreamedContent.builder()
                .name("联络组与联系点模板.xlsx")
                .contentType(ImportView.XLSX)
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
                    Problem.field("file", "invalid-file", "problem.import.no-file"), Map.of("file", "importForm:file"));
            return;
        }
        try {
            result = structure.importStructure(organisation, file.getContent(), apply);
            if (!result.errors().isEmpty()) {
                Pages.problem(Problem.rule(
                        "invalid-file", "import.has-errors", result.errors().size()));
            } else if (result.imported()) {
                Pages.info(
                        "liaison-import.done",
                        result.towns().created(),
                        result.points().created(),
                        result.groups().created());
            } else {
                Pages.info(
                        "liaison-import.checked",
                        result.towns().created(),
                        result.points().created(),
                        result.groups().created());
            }
        } catch (Problem p) {
            Pages.problem(p, Map.of("file", "importForm:file"));
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    /** An error's message in the page's language. */
    public String message(LiaisonImportResult.RowError error) {
        return Pages.text(error.messageKey(), error.args().toArray());
    }

    /** The counts of one sheet ({@code towns}, {@code points}, {@code groups}). */
    public LiaisonImportResult.Counts counts(String sheet) {
        return switch (sheet) {
            case "towns" -> result.towns();
            case "points" -> result.points();
            default -> result.groups();
        };
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

    public LiaisonImportResult getResult() {
        return result;
    }
}
