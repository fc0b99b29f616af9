package org.tongxin.studyhall.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.primefaces.PrimeFaces;
import org.primefaces.event.SelectEvent;
import org.primefaces.model.DefaultScheduleEvent;
import org.primefaces.model.LazyScheduleModel;
import org.primefaces.model.ScheduleModel;
import org.tongxin.platform.web.Pages;
import org.tongxin.studyhall.application.BookingDetails;
import org.tongxin.studyhall.application.BookingService;
import org.tongxin.studyhall.application.FeedService;
import org.tongxin.studyhall.application.NewBooking;
import org.tongxin.studyhall.application.SeriesPlan;
import org.tongxin.studyhall.application.SpaceDetails;
import org.tongxin.studyhall.application.SpaceService;
import org.tongxin.studyhall.domain.Recurrence;

/**
 * The hall's calendar: bookings of one space or all, by week or month, coloured by status. Clicking a free
 * slot opens the booking form; a weekly series is checked occurrence by occurrence before anything is booked.
 */
@Named
@ViewScoped
public class CalendarView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HallTime hallTime;

    private static final Map<String, String> FIELDS = Map.of(
            "space",
            "bookForm:space",
            "start",
            "bookForm:start",
            "end",
            "bookForm:end",
            "title",
            "bookForm:title",
            "attendees",
            "bookForm:attendees",
            "purpose",
            "bookForm:purpose",
            "everyWeeks",
            "bookForm:everyWeeks",
            "times",
            "bookForm:times",
            "until",
            "bookForm:until");

    @EJB
    SpaceService spaceService;

    @EJB
    BookingService bookings;

    @EJB
    FeedService feeds;

    private List<SpaceDetails> spaces;
    private Long space;
    private ScheduleModel model;

    private Long formSpace;
    private LocalDateTime start;
    private LocalDateTime end;
    private String title;
    private String purpose;
    private Integer attendees = 1;
    private boolean repeat;
    private Integer everyWeeks = 1;
    private Integer times = 4;
    private LocalDate until;
    private SeriesPlan plan;
    private String personalFeed;
    private String spaceFeed;

    @PostConstruct
    void init() {
        spaces = spaceService.spaces();
        model = new LazyScheduleModel() {
            private static final long serialVersionUID = 1L;

            @Override
            public void loadEvents(LocalDateTime from, LocalDateTime to) {
                clear();
                try {
                    String context = FacesContext.getCurrentInstance()
                            .getExternalContext()
                            .getRequestContextPath();
                    for (BookingDetails b : bookings.calendar(space, hallTime.instant(from), hallTime.instant(to))) {
                        addEvent(DefaultScheduleEvent.<Long>builder()
                                .id(String.valueOf(b.id()))
                                .title((space == null ? b.spaceName() + " · " : "") + b.title())
                                .startDate(hallTime.local(b.start().toInstant()))
                                .endDate(hallTime.local(b.end().toInstant()))
                                .styleClass(
                                        "tx-booking tx-booking-" + b.status().toLowerCase())
                                .description(Pages.text("status." + b.status()))
                                .url(context + "/studyhall/booking.xhtml?id=" + b.id())
                                .data(b.id())
                                .build());
                    }
                } catch (RuntimeException e) {
                    // a refused range (too long) shows nothing rather than breaking the page
                }
            }
        };
    }

    public void onSpaceChange() {
        plan = null;
        spaceFeed = null;
    }

    /** A free slot clicked: the form opens with that hour. */
    public void onDateSelect(SelectEvent<LocalDateTime> event) {
        openForm(event.getObject());
    }

    private void openForm(LocalDateTime at) {
        start = at;
        end = start.plusHours(1);
        formSpace =
                space != null ? space : spaces.isEmpty() ? null : spaces.get(0).id();
        title = null;
        purpose = null;
        attendees = 1;
        repeat = false;
        plan = null;
        PrimeFaces.current().executeScript("PF('bookDialog').show()");
    }

    public void newBooking() {
        LocalDateTime next = hallTime.now()
                .plusDays(1)
                .withHour(9)
                .withMinute(0)
                .withSecond(0)
                .withNano(0);
        openForm(next);
    }

    public void book() {
        if (repeat) {
            checkSeries(false);
            return;
        }
        boolean done = Pages.attempt(
                () -> {
                    BookingDetails b = bookings.book(request());
                    Pages.info("calendar.booked", Pages.text("status." + b.status()));
                },
                FIELDS);
        if (done) {
            PrimeFaces.current().executeScript("PF('bookDialog').hide()");
        }
    }

    /** Checks every occurrence; when all are free the series is booked at once. */
    public void checkSeries(boolean onlyFree) {
        Pages.attempt(
                () -> {
                    Recurrence rule =
                            new Recurrence(everyWeeks == null ? 1 : everyWeeks, until, until == null ? times : null);
                    SeriesPlan checked = bookings.planSeries(request(), rule);
                    if (checked.conflicts() == 0 || onlyFree) {
                        SeriesPlan done = bookings.bookSeries(request(), rule, onlyFree);
                        plan = null;
                        Pages.info("calendar.series-booked", done.booked().size());
                        PrimeFaces.current().executeScript("PF('bookDialog').hide()");
                    } else {
                        plan = checked;
                    }
                },
                FIELDS);
    }

    public void bookFree() {
        checkSeries(true);
    }

    public void renewFeed() {
        Pages.attempt(() -> {
            String token = feeds.renewToken();
            String base = Pages.baseUrl();
            personalFeed = base + "/api/v1/studyhall/my/calendar.ics?token=" + token;
            spaceFeed =
                    space == null ? null : base + "/api/v1/studyhall/spaces/" + space + "/calendar.ics?token=" + token;
        });
    }

    private NewBooking request() {
        return new NewBooking(formSpace, hallTime.instant(start), hallTime.instant(end), title, purpose, attendees);
    }

    public String occurrenceText(SeriesPlan.Occurrence o) {
        return o.free()
                ? Pages.text("calendar.occurrence.free")
                : Pages.text(o.messageKey(), o.messageArgs().toArray());
    }

    public String spaceName(Long id) {
        return spaces.stream()
                .filter(s -> s.id() == id)
                .map(SpaceDetails::name)
                .findFirst()
                .orElse("");
    }

    public List<SpaceDetails> getSpaces() {
        return spaces;
    }

    public Long getSpace() {
        return space;
    }

    public void setSpace(Long space) {
        this.space = space;
    }

    public ScheduleModel getModel() {
        return model;
    }

    public Long getFormSpace() {
        return formSpace;
    }

    public void setFormSpace(Long formSpace) {
        this.formSpace = formSpace;
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPurpose() {
        return purpose;
    }

    public void setPurpose(String purpose) {
        this.purpose = purpose;
    }

    public Integer getAttendees() {
        return attendees;
    }

    public void setAttendees(Integer attendees) {
        this.attendees = attendees;
    }

    public boolean isRepeat() {
        return repeat;
    }

    public void setRepeat(boolean repeat) {
        this.repeat = repeat;
    }

    public Integer getEveryWeeks() {
        return everyWeeks;
    }

    public void setEveryWeeks(Integer everyWeeks) {
        this.everyWeeks = everyWeeks;
    }

    public Integer getTimes() {
        return times;
    }

    public void setTimes(Integer times) {
        this.times = times;
    }

    public LocalDate getUntil() {
        return until;
    }

    public void setUntil(LocalDate until) {
        this.until = until;
    }

    public SeriesPlan getPlan() {
        return plan;
    }

    public String getPersonalFeed() {
        return personalFeed;
    }

    public String getSpaceFeed() {
        return spaceFeed;
    }
}
