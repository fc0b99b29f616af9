package org.tongxin.studyhall.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tongxin.platform.web.Pages;
import org.tongxin.studyhall.application.ReadingRecords;
import org.tongxin.studyhall.application.ReadingService;

/** The annual reading ranking, from which office staff choose the year's reading stars. */
@Named
@ViewScoped
public class ReadingRankingView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HallTime hallTime;

    @EJB
    ReadingService reading;

    private int year;
    private List<ReadingRecords.RankingRow> rows = List.of();
    private List<ReadingRecords.StarSummary> stars = List.of();
    private String citation;

    @PostConstruct
    void init() {
        year = hallTime.today().getYear();
    }

    public void load() {
        Pages.attempt(() -> {
            rows = reading.ranking(year);
            stars = reading.stars(year);
        });
    }

    public void choose(long memberId) {
        if (Pages.attempt(() -> reading.chooseStar(year, memberId, citation))) {
            Pages.info("reading.star-chosen");
            citation = null;
            load();
        }
    }

    public void remove(long memberId) {
        if (Pages.attempt(() -> reading.removeStar(year, memberId))) {
            load();
        }
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<ReadingRecords.RankingRow> getRows() {
        return rows;
    }

    public List<ReadingRecords.StarSummary> getStars() {
        return stars;
    }

    public String getCitation() {
        return citation;
    }

    public void setCitation(String citation) {
        this.citation = citation;
    }
}
