package org.tongxin.consultation.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tongxin.consultation.application.GrassrootsDetails;
import org.tongxin.consultation.application.GrassrootsService;
import org.tongxin.consultation.domain.GrassrootsResult;
import org.tongxin.consultation.domain.GrassrootsStep;
import org.tongxin.platform.web.Pages;

/**
 * consultation/grassroots-topic.xhtml?id=: a grassroots topic with the records of its steps, the five parties at its
 * meeting, the result and what the people were told; office staff of its organisation take the next step here (the
 * meeting: members found in the roster of this committee and the one above, the other parties by name, the result).
 */
@Named
@ViewScoped
public class GrassrootsTopicPage implements Serializable {

    private static final long serialVersionUID = 1L;

    private static final Map<String, String> FIELDS = Map.ofEntries(
            Map.entry("on", "stepForm:on"),
            Map.entry("record", "stepForm:record"),
            Map.entry("members", "stepForm:memberQuery"),
            Map.entry("partyBranch", "stepForm:partyBranch"),
            Map.entry("property", "stepForm:property"),
            Map.entry("police", "stepForm:police"),
            Map.entry("residents", "stepForm:residents"),
            Map.entry("result", "stepForm:result"),
            Map.entry("reasons", "stepForm:reasons"),
            Map.entry("feedback", "stepForm:feedback"),
            Map.entry("feedbackOn", "stepForm:feedbackOn"));

    @EJB
    GrassrootsService service;

    private Long id;
    private GrassrootsDetails topic;
    private LocalDate on;
    private String record;
    private String memberQuery;
    private List<GrassrootsService.MemberChoice> found = List.of();
    private final List<GrassrootsService.MemberChoice> present = new ArrayList<>();
    private String partyBranch;
    private String property;
    private String police;
    private String residents;
    private String result;
    private String reasons;
    private String feedback;
    private LocalDate feedbackOn;

    public void load() {
        if (id == null) {
            return;
        }
        if (!Pages.attempt(() -> topic = service.topic(id))) {
            topic = null;
        }
    }

    public void findMembers() {
        Pages.attempt(() -> found = service.attendees(topic.id(), memberQuery));
    }

    public void add(GrassrootsService.MemberChoice m) {
        if (present.stream().noneMatch(p -> p.id() == m.id())) {
            present.add(m);
        }
    }

    public void remove(GrassrootsService.MemberChoice m) {
        present.removeIf(p -> p.id() == m.id());
    }

    /** Takes the topic's next step with what the form holds. */
    public void take() {
        GrassrootsStep next = topic.next();
        if (next == null) {
            return;
        }
        GrassrootsService.MeetingTerms meeting = next == GrassrootsStep.DELIBERATE
                ? new GrassrootsService.MeetingTerms(
                        present.stream().map(GrassrootsService.MemberChoice::id).toList(),
                        lines(partyBranch),
                        lines(property),
                        lines(police),
                        lines(residents),
                        result == null || result.isBlank() ? null : GrassrootsResult.valueOf(result),
                        reasons)
                : null;
        if (Pages.attempt(
                () -> topic = service.take(
                        topic.id(),
                        topic.version(),
                        next,
                        new GrassrootsService.StepTerms(on, record, meeting, feedback, feedbackOn)),
                FIELDS)) {
            Pages.info("grassroots.taken", Pages.text("grassroots.step." + next.name()));
            on = null;
            record = null;
            feedback = null;
            feedbackOn = null;
        }
    }

    private static List<String> lines(String text) {
        return text == null
                ? List.of()
                : text.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Names of one party, as the page lists them. */
    public String joined(List<String> names) {
        return String.join("、", names);
    }

    public List<GrassrootsResult> getResults() {
        return List.of(GrassrootsResult.values());
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public GrassrootsDetails getTopic() {
        return topic;
    }

    public LocalDate getOn() {
        return on;
    }

    public void setOn(LocalDate on) {
        this.on = on;
    }

    public String getRecord() {
        return record;
    }

    public void setRecord(String record) {
        this.record = record;
    }

    public String getMemberQuery() {
        return memberQuery;
    }

    public void setMemberQuery(String memberQuery) {
        this.memberQuery = memberQuery;
    }

    public List<GrassrootsService.MemberChoice> getFound() {
        return found;
    }

    public List<GrassrootsService.MemberChoice> getPresent() {
        return present;
    }

    public String getPartyBranch() {
        return partyBranch;
    }

    public void setPartyBranch(String partyBranch) {
        this.partyBranch = partyBranch;
    }

    public String getProperty() {
        return property;
    }

    public void setProperty(String property) {
        this.property = property;
    }

    public String getPolice() {
        return police;
    }

    public void setPolice(String police) {
        this.police = police;
    }

    public String getResidents() {
        return residents;
    }

    public void setResidents(String residents) {
        this.residents = residents;
    }

    public String getResult() {
        return result;
    }

    public void setResult(String result) {
        this.result = result;
    }

    public String getReasons() {
        return reasons;
    }

    public void setReasons(String reasons) {
        this.reasons = reasons;
    }

    public String getFeedback() {
        return feedback;
    }

    public void setFeedback(String feedback) {
        this.feedback = feedback;
    }

    public LocalDate getFeedbackOn() {
        return feedbackOn;
    }

    public void setFeedbackOn(LocalDate feedbackOn) {
        this.feedbackOn = feedbackOn;
    }
}
