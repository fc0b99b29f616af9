package org.tongxin.inforeport.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.tongxin.inforeport.application.BulletinDetails;
import org.tongxin.inforeport.application.BulletinService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/** Bulletin issues: the list with downloads, and publishing the next issue (editors). */
@Named
@ViewScoped
public class BulletinsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BulletinService bulletins;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    private List<BulletinDetails> issues = List.of();
    private String title = "社情民意";
    private LocalDate from;
    private LocalDate to;

    /** The period defaults to this month so far, in the caller's organisation's calendar. */
    @PostConstruct
    void init() {
        to = time.today(me.getOrganisationId());
        from = to.withDayOfMonth(1);
    }

    public void load() {
        Pages.attempt(() -> issues = bulletins.bulletins());
    }

    public void publish() {
        if (Pages.attempt(
                () -> {
                    BulletinDetails b = bulletins.publish(title, from, to);
                    Pages.info(
                            "bulletin.published",
                            b.year(),
                            b.number(),
                            b.items().size());
                },
                Map.of("from", "publishForm:from", "to", "publishForm:to", "title", "publishForm:title"))) {
            load();
        }
    }

    public StreamedContent pdf(long id) {
        byte[] bytes = bulletins.pdf(id);
        return DefaultStreamedContent.builder()
                .name("社情民意-" + id + ".pdf")
                .contentType("application/pdf")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public StreamedContent docx(long id) {
        byte[] bytes = bulletins.docx(id);
        return DefaultStreamedContent.builder()
                .name("社情民意-" + id + ".docx")
                .contentType("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .contentLength((long) bytes.length)
                .stream(() -> new ByteArrayInputStream(bytes))
                .build();
    }

    public List<BulletinDetails> getIssues() {
        return issues;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
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
}
