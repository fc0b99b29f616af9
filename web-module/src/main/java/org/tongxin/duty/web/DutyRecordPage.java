package org.tongxin.duty.web;

import jakarta.ejb.EJB;
import jakarta.ejb.EJBAccessException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tongxin.duty.application.DutyRecord;
import org.tongxin.duty.application.DutyService;
import org.tongxin.platform.application.OrganisationTime;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;

/**
 * committee/duty.xhtml?member=&year=: a member's duty record, every point explained by its source and
 * its rule. Without a member, the caller's own record. Office staff void a wrong entry from here.
 */
@Named
@ViewScoped
public class DutyRecordPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    OrganisationTime time;

    @Inject
    CurrentUser me;

    @EJB
    DutyService duty;

    private Long member;
    private Integer year;
    private DutyRecord record;
    private Long voidEntry;
    private String voidReason;

    /** f:viewAction */
    public void load() {
        try {
            if (member == null) {
                member = duty.ownMemberId().orElse(null);
            }
            if (member == null) {
                record = null;
                Pages.info("duty.no-member");
                return;
            }
            record = duty.record(member, year); // no year: the current one of the member's organisation
            year = record.year();
        } catch (Problem p) {
            record = null;
            Pages.problem(p);
        }
    }

    public void voidSelected() {
        try {
            duty.voidEntry(voidEntry == null ? -1 : voidEntry, voidReason);
            record = duty.record(member, year);
            voidReason = null;
            Pages.info("duty.void.done");
        } catch (Problem p) {
            Pages.problem(p, java.util.Map.of("reason", "voidForm:reason"));
        } catch (EJBAccessException e) {
            Pages.forbidden(e);
        }
    }

    /** The entries that still count, which office staff may void. */
    public List<DutyRecord.Entry> getStandingEntries() {
        return record == null
                ? List.of()
                : record.entries().stream().filter(e -> !e.voided()).toList();
    }

    public List<Integer> getYears() {
        int now = time.year(record == null ? me.getOrganisationId() : record.organisationId());
        return List.of(now, now - 1, now - 2);
    }

    public Long getMember() {
        return member;
    }

    public void setMember(Long member) {
        this.member = member;
    }

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public DutyRecord getRecord() {
        return record;
    }

    public Long getVoidEntry() {
        return voidEntry;
    }

    public void setVoidEntry(Long voidEntry) {
        this.voidEntry = voidEntry;
    }

    public String getVoidReason() {
        return voidReason;
    }

    public void setVoidReason(String voidReason) {
        this.voidReason = voidReason;
    }
}
