package org.tongxin.studyhall.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tongxin.platform.web.Pages;
import org.tongxin.studyhall.application.BookingDetails;
import org.tongxin.studyhall.application.BookingService;

/** The keeper's list of bookings waiting for approval. */
@Named
@ViewScoped
public class ApprovalsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    BookingService bookings;

    private List<BookingDetails> pending = List.of();
    private String reason;

    public void load() {
        Pages.attempt(() -> pending = bookings.pending());
    }

    public void approve(long id) {
        if (Pages.attempt(() -> bookings.approve(id))) {
            Pages.info("booking.approved");
            load();
        }
    }

    public void reject(long id) {
        if (Pages.attempt(() -> bookings.reject(id, reason))) {
            Pages.info("booking.rejected");
            reason = null;
            load();
        }
    }

    public List<BookingDetails> getPending() {
        return pending;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
