package org.tongxin.studyhall.web;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.tongxin.platform.web.Pages;
import org.tongxin.studyhall.application.CalendarDayRow;
import org.tongxin.studyhall.application.ClosureRow;
import org.tongxin.studyhall.application.SpaceDetails;
import org.tongxin.studyhall.application.SpaceService;
import org.tongxin.studyhall.domain.DayKind;
import org.tongxin.studyhall.domain.OpeningHours;
import org.tongxin.studyhall.domain.Space;
import org.tongxin.studyhall.domain.Zone;

/** The keeper's page: the spaces and their terms, closures, and the working calendar of a year. */
@Named
@ViewScoped
public class SpacesView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    HallTime hallTime;

    private static final Map<String, String> FIELDS = Map.of(
            "name",
            "spaceForm:name",
            "zone",
            "spaceForm:zone",
            "capacity",
            "spaceForm:capacity",
            "openingHours",
            "spaceForm:hours",
            "minMinutes",
            "spaceForm:min",
            "advanceDays",
            "spaceForm:advance",
            "cancelNoticeHours",
            "spaceForm:notice");

    @EJB
    SpaceService service;

    private List<SpaceDetails> spaces = List.of();
    private Long editing;
    private int version;
    private String name;
    private Zone zone = Zone.ACTIVITY;
    private Integer capacity = 30;
    private String hours = "08:30-21:00|08:30-21:00|08:30-21:00|08:30-21:00|08:30-21:00|09:00-17:00|-";
    private Integer minMinutes = 30;
    private Integer maxMinutes = 240;
    private Integer advanceDays = 30;
    private boolean needsApproval;
    private boolean membersMayBook = true;
    private Integer cancelNoticeHours = 24;
    private boolean active = true;

    private Long closureSpace;
    private List<ClosureRow> closures = List.of();
    private LocalDateTime closureStart;
    private LocalDateTime closureEnd;
    private String closureReason;

    private int year;
    private List<CalendarDayRow> days = List.of();
    private LocalDate day;
    private DayKind dayKind = DayKind.HOLIDAY;
    private String dayName;

    @PostConstruct
    void init() {
        year = hallTime.today().getYear();
    }

    public void load() {
        Pages.attempt(() -> {
            spaces = service.spaces();
            if (closureSpace == null && !spaces.isEmpty()) {
                closureSpace = spaces.get(0).id();
            }
            closures = closureSpace == null ? List.of() : service.closures(closureSpace);
            days = service.calendar(year);
        });
    }

    public void edit(SpaceDetails s) {
        editing = s.id();
        version = s.version();
        name = s.name();
        zone = Zone.valueOf(s.zone());
        capacity = s.capacity();
        hours = s.openingHours();
        minMinutes = s.minMinutes();
        maxMinutes = s.maxMinutes();
        advanceDays = s.advanceDays();
        needsApproval = s.needsApproval();
        membersMayBook = s.membersMayBook();
        cancelNoticeHours = s.cancelNoticeHours();
        active = s.active();
    }

    public void startNew() {
        editing = null;
        name = null;
    }

    public void save() {
        if (Pages.attempt(
                () -> {
                    Space.Terms terms = new Space.Terms(
                            name,
                            zone,
                            n(capacity),
                            OpeningHours.parse(hours),
                            n(minMinutes),
                            n(maxMinutes),
                            n(advanceDays),
                            needsApproval,
                            membersMayBook,
                            n(cancelNoticeHours),
                            active);
                    SpaceDetails saved =
                            editing == null ? service.addSpace(terms) : service.changeSpace(editing, terms, version);
                    edit(saved);
                },
                FIELDS)) {
            Pages.info("spaces.saved");
            load();
        }
    }

    public void addClosure() {
        if (Pages.attempt(
                () -> service.close(
                        closureSpace == null ? -1 : closureSpace,
                        hallTime.instant(closureStart),
                        hallTime.instant(closureEnd),
                        closureReason),
                Map.of("end", "closureForm:closureEnd", "reason", "closureForm:closureReason"))) {
            Pages.info("spaces.closure.added");
            closureReason = null;
            load();
        }
    }

    public void removeClosure(long id) {
        if (Pages.attempt(() -> service.removeClosure(id))) {
            load();
        }
    }

    public void saveDay() {
        if (Pages.attempt(
                () -> service.setDay(day, dayKind, dayName),
                Map.of("day", "daysForm:day", "name", "daysForm:dayName"))) {
            Pages.info("spaces.calendar.saved");
            if (day != null) {
                year = day.getYear();
            }
            load();
        }
    }

    public void removeDay(long id) {
        if (Pages.attempt(() -> service.removeDay(id))) {
            load();
        }
    }

    private static int n(Integer value) {
        return value == null ? 0 : value;
    }

    public Zone[] getZones() {
        return Zone.values();
    }

    public DayKind[] getDayKinds() {
        return DayKind.values();
    }

    public List<SpaceDetails> getSpaces() {
        return spaces;
    }

    public Long getEditing() {
        return editing;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public Zone getZone() {
        return zone;
    }

    public void setZone(Zone zone) {
        this.zone = zone;
    }

    public Integer getCapacity() {
        return capacity;
    }

    public void setCapacity(Integer capacity) {
        this.capacity = capacity;
    }

    public String getHours() {
        return hours;
    }

    public void setHours(String hours) {
        this.hours = hours;
    }

    public Integer getMinMinutes() {
        return minMinutes;
    }

    public void setMinMinutes(Integer minMinutes) {
        this.minMinutes = minMinutes;
    }

    public Integer getMaxMinutes() {
        return maxMinutes;
    }

    public void setMaxMinutes(Integer maxMinutes) {
        this.maxMinutes = maxMinutes;
    }

    public Integer getAdvanceDays() {
        return advanceDays;
    }

    public void setAdvanceDays(Integer advanceDays) {
        this.advanceDays = advanceDays;
    }

    public boolean isNeedsApproval() {
        return needsApproval;
    }

    public void setNeedsApproval(boolean needsApproval) {
        this.needsApproval = needsApproval;
    }

    public boolean isMembersMayBook() {
        return membersMayBook;
    }

    public void setMembersMayBook(boolean membersMayBook) {
        this.membersMayBook = membersMayBook;
    }

    public Integer getCancelNoticeHours() {
        return cancelNoticeHours;
    }

    public void setCancelNoticeHours(Integer cancelNoticeHours) {
        this.cancelNoticeHours = cancelNoticeHours;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Long getClosureSpace() {
        return closureSpace;
    }

    public void setClosureSpace(Long closureSpace) {
        this.closureSpace = closureSpace;
    }

    public List<ClosureRow> getClosures() {
        return closures;
    }

    public LocalDateTime getClosureStart() {
        return closureStart;
    }

    public void setClosureStart(LocalDateTime closureStart) {
        this.closureStart = closureStart;
    }

    public LocalDateTime getClosureEnd() {
        return closureEnd;
    }

    public void setClosureEnd(LocalDateTime closureEnd) {
        this.closureEnd = closureEnd;
    }

    public String getClosureReason() {
        return closureReason;
    }

    public void setClosureReason(String closureReason) {
        this.closureReason = closureReason;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public List<CalendarDayRow> getDays() {
        return days;
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public DayKind getDayKind() {
        return dayKind;
    }

    public void setDayKind(DayKind dayKind) {
        this.dayKind = dayKind;
    }

    public String getDayName() {
        return dayName;
    }

    public void setDayName(String dayName) {
        this.dayName = dayName;
    }
}
