package org.tongxin.committee.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.StreamedContent;
import org.tongxin.committee.application.MemberQuery;
import org.tongxin.committee.application.MemberStatus;
import org.tongxin.committee.application.MemberSummary;
import org.tongxin.committee.application.Party;
import org.tongxin.committee.application.Position;
import org.tongxin.committee.application.RosterService;
import org.tongxin.committee.application.RosterTransfer;
import org.tongxin.platform.kernel.Page;
import org.tongxin.platform.web.PagedModel;

/**
 * committee/roster.xhtml: the roster of the visible organisations, paged and filtered in the
 * database; the search box takes a name, its pinyin or its initials (zwm finds 张伟明). The committee and
 * sector menus list the caller's own organisation's (and the one a link asked for): another
 * organisation's committee is reached from the committees page.
 */
@Named
@ViewScoped
public class RosterView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    RosterService roster;

    @EJB
    RosterTransfer transfer;

    private List<RosterService.Choice> committees;
    private List<RosterService.Choice> sectors;
    private Long committee;
    private Long sector;
    private Party party;
    private Integer term;
    private Position position;
    private MemberStatus status = MemberStatus.ACTIVE;
    private String text;
    private LazyDataModel<MemberSummary> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>() {
            private static final long serialVersionUID = 1L;

            @Override
            protected Object query() {
                return RosterView.this.query();
            }

            @Override
            protected Page<MemberSummary> fetch(Object query, Page.Request request) {
                return roster.search((MemberQuery) query, request);
            }

            @Override
            protected String key(MemberSummary member) {
                return String.valueOf(member.id());
            }
        };
    }

    /** The members the filters find, as a workbook in the import's columns. */
    public StreamedContent getExport() {
        byte[] bytes = transfer.export(query());
        return DefaultStreamedContent.builder()
                .name("委员名册.xlsx")
                .contentType(ImportView.XLSX)
                .contentLength((long) bytes.length)
                .stream(() -> new java.io.ByteArrayInputStream(bytes))
                .build();
    }

    /** Shows the members of one committee (the committees page links here). */
    public void setCommittee(Long committee) {
        this.committee = committee;
    }

    private MemberQuery query() {
        return new MemberQuery(committee, sector, party, term, position, status, text);
    }

    public void clear() {
        committee = null;
        sector = null;
        party = null;
        term = null;
        position = null;
        status = MemberStatus.ACTIVE;
        text = null;
    }

    public Party[] getParties() {
        return Party.values();
    }

    public Position[] getPositions() {
        return Position.values();
    }

    public MemberStatus[] getStatuses() {
        return MemberStatus.values();
    }

    /** The menu's committees: the caller's organisation's, and one asked for by a link (read after the view parameters). */
    public List<RosterService.Choice> getCommittees() {
        if (committees == null) {
            committees = roster.committeeMenu(committee);
        }
        return committees;
    }

    /** The menu's sectors: the caller's organisation's, and the one chosen. */
    public List<RosterService.Choice> getSectors() {
        if (sectors == null) {
            sectors = roster.sectorMenu(sector);
        }
        return sectors;
    }

    public LazyDataModel<MemberSummary> getModel() {
        return model;
    }

    public Long getCommittee() {
        return committee;
    }

    public Long getSector() {
        return sector;
    }

    public void setSector(Long sector) {
        this.sector = sector;
    }

    public Party getParty() {
        return party;
    }

    public void setParty(Party party) {
        this.party = party;
    }

    public Integer getTerm() {
        return term;
    }

    public void setTerm(Integer term) {
        this.term = term;
    }

    public Position getPosition() {
        return position;
    }

    public void setPosition(Position position) {
        this.position = position;
    }

    public MemberStatus getStatus() {
        return status;
    }

    public void setStatus(MemberStatus status) {
        this.status = status;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    // --- terms (issue 14): the terms page links here to browse a past term's roster, whatever the status ---

    public Integer getPastTerm() {
        return term;
    }

    /** Shows the members who served in a term, each as they stood on its last day, whatever their status now. */
    public void setPastTerm(Integer pastTerm) {
        if (pastTerm != null) {
            this.term = pastTerm;
            this.status = null;
        }
    }
}
