package org.tongxin.studyhall.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import org.tongxin.studyhall.domain.StudyHallRepository;
import org.tongxin.studyhall.domain.WorkingCalendar;

/**
 * The organisation's working calendar (public holidays and weekends made working days, 调休, kept by the study hall's
 * keepers) for other contexts' deadlines, without a caller check: a working day is a weekday that is not a holiday,
 * or a weekend made a working day.
 */
@ApplicationScoped
public class WorkingDays {

    /** Far enough for any deadline counted in working days (the calendar is read once for the span). */
    private static final int SPAN_DAYS = 400;

    @Inject
    StudyHallRepository hall;

    /** The day {@code days} working days after {@code from} (from itself not counted). */
    public LocalDate after(long organisationId, LocalDate from, int days) {
        return calendar(organisationId, from).plusWorkingDays(from, days);
    }

    /** The day itself when it is a working day, else the next working day. */
    public LocalDate onOrAfter(long organisationId, LocalDate day) {
        return calendar(organisationId, day).onOrAfter(day);
    }

    private WorkingCalendar calendar(long organisationId, LocalDate from) {
        return new WorkingCalendar(hall.calendarDays(organisationId, from, from.plusDays(SPAN_DAYS)));
    }
}
