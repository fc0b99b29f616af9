package org.tongxin.studyhall.web;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Map;
import org.tongxin.platform.kernel.Problem;
import org.tongxin.platform.web.CurrentUser;
import org.tongxin.platform.web.Pages;
import org.tongxin.platform.web.QrSvg;
import org.tongxin.studyhall.application.ActivityDetails;
import org.tongxin.studyhall.application.ActivityService;
import org.tongxin.studyhall.application.BookingDetails;
import org.tongxin.studyhall.application.BookingService;
import org.tongxin.studyhall.application.RegistrationRow;
import org.tongxin.studyhall.domain.ActivityKind;

/** One booking: its details, the keeper's decision, cancelling and moving, and its activity's sign-up and check-in. */
@Named
@ViewScoped
public class BookingPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HallTime hallTime;

    @EJB
    BookingService bookings;

    @EJB
    ActivityService activities;

    @jakarta.inject.Inject
    CurrentUser me;

    private Long id;
    private BookingDetails booking;
    private ActivityDetails activity;
    private String reason;
    private LocalDate seriesFrom;
    private LocalDateTime moveStart;
    private LocalDateTime moveEnd;
    private ActivityKind kind = ActivityKind.READING_SHARING;
    private Integer capacity;
    private LocalDateTime deadline;

    /** f:viewAction. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            booking = bookings.booking(id);
            activity = booking.activity() == null
                    ? null
                    : activities.activity(booking.activity().id());
            if (moveStart == null) {
                moveStart = hallTime.local(booking.start().toInstant());
                moveEnd = hallTime.local(booking.end().toInstant());
                seriesFrom = moveStart.toLocalDate();
                capacity = booking.attendees();
            }
        } catch (Problem p) {
            booking = null;
            Pages.problem(p);
        }
    }

    public void approve() {
        act(() -> bookings.approve(id), "booking.approved");
    }

    public void reject() {
        act(() -> bookings.reject(id, reason), "booking.rejected");
    }

    public void cancel() {
        act(() -> bookings.cancel(id, reason), "booking.cancelled");
    }

    public void cancelSeries() {
        if (Pages.attempt(
                () -> Pages.info(
                        "booking.series-cancelled", bookings.cancelSeriesFrom(booking.series(), seriesFrom, reason)),
                Map.of("reason", "bookingForm:reason"))) {
            load();
        }
    }

    public void move() {
        act(() -> bookings.move(id, hallTime.instant(moveStart), hallTime.instant(moveEnd)), "booking.moved");
    }

    public void openActivity() {
        act(
                () -> activities.open(id, kind, capacity == null ? 0 : capacity, hallTime.instant(deadline)),
                "booking.activity-opened");
    }

    public void signUp() {
        if (Pages.attempt(() -> {
            RegistrationRow r = activities.register(activity.id());
            if ("WAITLISTED".equals(r.status())) {
                Pages.info("activity.waitlisted-now", r.position());
            } else {
                Pages.info("activity.signed-up");
            }
        })) {
            load();
        }
    }

    public void withdraw() {
        act(() -> activities.withdraw(activity.id()), "activity.withdrawn");
    }

    public void attendance(RegistrationRow r, boolean attended) {
        if (Pages.attempt(() -> activities.markAttendance(r.id(), attended))) {
            load();
        }
    }

    public void complete() {
        act(() -> activities.complete(activity.id()), "activity.completed");
    }

    private void act(Pages.Action action, String doneKey) {
        if (Pages.attempt(
                action,
                Map.of(
                        "reason",
                        "bookingForm:reason",
                        "start",
                        "bookingForm:moveStart",
                        "end",
                        "bookingForm:moveEnd",
                        "capacity",
                        "bookingForm:capacity",
                        "signupDeadline",
                        "bookingForm:deadline",
                        "kind",
                        "bookingForm:kind"))) {
            Pages.info(doneKey);
            reason = null;
            load();
        }
    }

    public boolean isKeeper() {
        return me.has("hall-keeper");
    }

    public boolean isOpenForChange() {
        return booking != null && ("PENDING".equals(booking.status()) || "CONFIRMED".equals(booking.status()));
    }

    /** The check-in address the QR code carries. */
    public String getCheckinUrl() {
        if (activity == null || activity.checkinCode() == null) {
            return null;
        }
        return Pages.baseUrl() + "/studyhall/checkin.xhtml?c=" + activity.checkinCode();
    }

    public String getCheckinQr() {
        String url = getCheckinUrl();
        return url == null ? null : QrSvg.of(url);
    }

    public String getDeadlineText() {
        return activity == null
                ? ""
                : hallTime.local(activity.signupDeadline())
                        .format(java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
    }

    public ActivityKind[] getKinds() {
        return ActivityKind.values();
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public BookingDetails getBooking() {
        return booking;
    }

    public ActivityDetails getActivity() {
        return activity;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public LocalDate getSeriesFrom() {
        return seriesFrom;
    }

    public void setSeriesFrom(LocalDate seriesFrom) {
        this.seriesFrom = seriesFrom;
    }

    public LocalDateTime getMoveStart() {
        return moveStart;
    }

    public void setMoveStart(LocalDateTime moveStart) {
        this.moveStart = moveStart;
    }

    public LocalDateTime getMoveEnd() {
        return moveEnd;
    }

    public void setMoveEnd(LocalDateTime moveEnd) {
        this.moveEnd = moveEnd;
    }

    public ActivityKind getKind() {
        return kind;
    }

    public void setKind(ActivityKind kind) {
        this.kind = kind;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public LocalDateTime getDeadline() {
        return deadline;
    }

    public void setDeadline(LocalDateTime deadline) {
        this.deadline = deadline;
    }
}
