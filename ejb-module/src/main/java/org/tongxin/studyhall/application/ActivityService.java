package org.tongxin.studyhall.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.studyhall.domain.ActivityKind;

/** Activities in bookings: sign-up with waiting list, check-in, attendance into the duty ledger, counts. */
public interface ActivityService {

    /** The booker or a keeper opens the booking for sign-up. */
    ActivityDetails open(long bookingId, ActivityKind kind, int capacity, Instant signupDeadline);

    ActivityDetails activity(long id);

    /** Upcoming activities the caller may sign up to. */
    List<ActivityDetails> upcoming();

    /** The calling member signs up: a seat while there is one, else a place on the waiting list. */
    RegistrationRow register(long activityId);

    /** The calling member withdraws; the first on the waiting list takes the seat. */
    ActivityDetails withdraw(long activityId);

    /** The calling member checks in with the activity's code (from the QR code or typed). */
    RegistrationRow checkIn(String code);

    /** A keeper ticks or unticks an attendee. After the activity was closed, the duty ledger follows. */
    RegistrationRow markAttendance(long registrationId, boolean attended);

    /** A keeper closes the activity: every attendee's presence becomes a duty-ledger entry (学习). */
    ActivityDetails complete(long activityId);

    /**
     * The home page (issue 20): the activities, not yet over, where the calling member holds a seat or a place on the
     * waiting list, soonest first; at most {@code limit}, with how many there are.
     */
    org.tongxin.platform.kernel.Page<ActivityDetails> mySignups(int limit);

    /**
     * The home page: the activities of the keeper's organisations starting today (the day of the caller's organisation,
     * in its time zone), soonest first; at most {@code limit}, with how many there are.
     */
    org.tongxin.platform.kernel.Page<ActivityDetails> today(int limit);

    ActivityCounts counts(LocalDate from, LocalDate to);
}
