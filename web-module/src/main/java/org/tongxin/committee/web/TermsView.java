package org.tongxin.committee.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.tongxin.committee.application.ImportResult;
import org.tongxin.committee.application.TermCandidate;
import org.tongxin.committee.application.TermOutcome;
import org.tongxin.committee.application.TermPlan;
import org.tongxin.committee.application.TermService;
import org.tongxin.committee.application.TermSummary;
import org.tongxin.platform.application.OrganisationDetails;
import org.tongxin.platform.application.OrganisationService;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * committee/terms.xhtml: office staff list an organisation's terms (届), browse and export a past term's
 * roster, and open a new term: mark who leaves on the page (the others continue) or upload a workbook of the
 * continuing and new members; a preview counts who continues, leaves and joins, then the term is opened, all
 * or nothing.
 */
@Named
@ViewScoped
public class TermsView implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Map<String, String> FIELDS =
            Map.of("number", "termForm:number", "startsOn", "termForm:startsOn", "file", "termForm:file");

    @EJB
    TermService terms;

    @EJB
    OrganisationService organisationService;

    @Inject
    CurrentUser me;

    private List<OrganisationDetails> organisations;
    private long organisation;
    private List<TermSummary> list;
    private List<TermCandidate> candidates;
    private List<TermCandidate> leaving = new ArrayList<>();
    private Integer number;
    private LocalDate startsOn;
    private transient UploadedFile file;
    private TermOutcome outcome;

    @PostConstruct
    void init() {
        organisations = organisationService.visible();
        organisation = me.getCaller().organisation().id();
    }

    /** Loads the terms and the active members of the chosen organisation (the page's view action, and on a change). */
    public void load() {
        list = terms.terms(organisation);
        candidates = terms.candidates(organisation);
        leaving = new ArrayList<>();
        outcome = null;
        number = list.stream()
                        .filter(TermSummary::current)
                        .mapToInt(TermSummary::number)
                        .findFirst()
                        .orElse(0)
                + 1;
    }

    public void preview() {
        run(false);
    }

    public void open() {
        run(true);
    }

    public void previewImport() {
        runImport(false);
    }

    public void openImport() {
        runImport(true);
    }

    private void run(boolean apply) {
        outcome = null;
        Pages.attempt(
                () -> {
                    TermPlan plan = new TermPlan(
                            organisation,
                            number,
                            startsOn,
                            leaving.stream().map(TermCandidate::id).toList());
                    show(terms.open(plan, apply));
                },
                FIELDS);
    }

    private void runImport(boolean apply) {
        outcome = null;
        if (file == null || file.getSize() == 0) {
            Pages.problem(Problem.field("file", "invalid-file", "problem.import.no-file"), FIELDS);
            return;
        }
        if (number == null) {
            Pages.problem(Problem.field("number", "invalid-input", "problem.term.number-required"), FIELDS);
            return;
        }
        byte[] content = file.getContent();
        Pages.attempt(() -> show(terms.importTerm(organisation, number, startsOn, content, apply)), FIELDS);
    }

    private void show(TermOutcome result) {
        if (result.applied()) {
            load();
            outcome = result;
            Pages.info("terms.opened", result.number(), result.continuing(), result.leaving(), result.joining());
        } else if (result.errors().isEmpty()) {
            outcome = result;
            Pages.info("terms.previewed", result.number(), result.continuing(), result.leaving(), result.joining());
        } else {
            outcome = result;
            Pages.problem(Problem.rule(
                    "invalid-file", "import.has-errors", result.errors().size()));
        }
    }

    /** A past (or the current) term's roster as a workbook in the roster export's columns. */
    public StreamedContent export(int term) {
        byte[] bytes = terms.export(organisation, term);
        return DefaultStreamedContent.builder()
                .name("委员名册-第" + term + "届.xlsx")
                .contentType(ImportView.XLSX)
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
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

    public List<TermSummary> getList() {
        return list;
    }

    public List<TermCandidate> getCandidates() {
        return candidates;
    }

    public List<TermCandidate> getLeaving() {
        return leaving;
    }

    public void setLeaving(List<TermCandidate> leaving) {
        this.leaving = leaving == null ? new ArrayList<>() : leaving;
    }

    public Integer getNumber() {
        return number;
    }

    public void setNumber(Integer number) {
        this.number = number;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
        this.startsOn = startsOn;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public TermOutcome getOutcome() {
        return outcome;
    }
}
