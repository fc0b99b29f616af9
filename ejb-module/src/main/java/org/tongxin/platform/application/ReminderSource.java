package org.tongxin.platform.application;

import java.time.LocalDate;
import java.util.List;

/**
 * What a context has to remind people of on an organisation's day. The contexts implement it as CDI beans in their
 * own application package (the study hall: bookings and activities tomorrow; information reports: returned reports
 * waiting for their authors) and {@link DailyReminders} collects them, so the dependency runs from the contexts to
 * the platform, as for {@link GettingStartedStep}.
 */
public interface ReminderSource {

    /** The reminders due on {@code today} (the organisation's own day) for the organisation's people. */
    List<Reminder> due(long organisationId, LocalDate today);
}
