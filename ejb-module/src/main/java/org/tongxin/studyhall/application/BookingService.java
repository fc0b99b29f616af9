package org.tongxin.studyhall.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.studyhall.domain.Recurrence;

/** Bookings: made, checked, approved, moved and cancelled; listed for calendars. */
public interface BookingService {

    /**
     * Books a slot. Refused with a conflict ({@code slot-taken}) when another booking holds any part of it,
     * with a rule problem when the slot breaks a rule of the space or the calendar.
     */
    BookingDetails book(NewBooking booking);

    /** Checks every occurrence of a recurring booking without booking anything. */
    SeriesPlan planSeries(NewBooking first, Recurrence rule);

    /**
     * Books a recurring series. With {@code onlyFree} the free occurrences are booked and the others left;
     * without it nothing is booked when any occurrence conflicts.
     */
    SeriesPlan bookSeries(NewBooking first, Recurrence rule, boolean onlyFree);

    BookingDetails booking(long id);

    /** Bookings touching the range: of one space, or of every space the caller sees when {@code space} is null. */
    List<BookingDetails> calendar(Long space, Instant from, Instant to);

    /** The caller's own bookings touching the range. */
    List<BookingDetails> mine(Instant from, Instant to);

    /**
     * The home page (issue 20): the caller's own bookings, pending or confirmed and not yet over, soonest first; at most
     * {@code limit}, with how many there are.
     */
    org.tongxin.platform.kernel.Page<BookingDetails> myUpcoming(int limit);

    /** The home page: the first pending bookings the keeper may decide, soonest first, with how many there are. */
    org.tongxin.platform.kernel.Page<BookingDetails> pendingFirst(int limit);

    /** Pending bookings for the keeper to decide. */
    List<BookingDetails> pending();

    BookingDetails approve(long id);

    BookingDetails reject(long id, String reason);

    /** The booker up to the space's notice before the start; a keeper any time, with a reason. */
    BookingDetails cancel(long id, String reason);

    /**
     * Records that a booking the caller made is held for a record of another context ({@code heldFor}, e.g.
     * {@code consultation:activity:12}, at most 100 characters): the office of the booking's organisation may then
     * cancel or move it through {@link #cancelHeld} and {@link #moveHeld}, whichever of its clerks booked it. Not
     * offered by the REST API: the other context calls it for its own record, whose rights it has checked.
     */
    void holdFor(long id, String heldFor);

    /**
     * Cancels a booking held for the record, by office staff of the booking's organisation (else as {@link #cancel}):
     * the booker's rules apply (the space's notice; a keeper may cancel any time) and the booker is told.
     */
    BookingDetails cancelHeld(long id, String heldFor, String reason);

    /** Moves a booking held for the record, by office staff of the booking's organisation (else as {@link #move}). */
    BookingDetails moveHeld(long id, String heldFor, Instant start, Instant end);

    /** Cancels the series' occurrences from a day on; answers how many. */
    int cancelSeriesFrom(long seriesId, LocalDate from, String reason);

    /** Moves one booking (an occurrence too) to another slot of the same space, checked like a new one. */
    BookingDetails move(long id, Instant start, Instant end);
}
