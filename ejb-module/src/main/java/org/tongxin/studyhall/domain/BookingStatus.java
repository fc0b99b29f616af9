package org.tongxin.studyhall.domain;

import java.util.EnumSet;
import java.util.Set;

/** Where a booking stands. Pending, confirmed and completed bookings hold their slot; the others free it. */
public enum BookingStatus {
    PENDING,
    CONFIRMED,
    REJECTED,
    CANCELLED,
    COMPLETED;

    public static final Set<BookingStatus> HOLDING = EnumSet.of(PENDING, CONFIRMED, COMPLETED);

    public boolean holdsSlot() {
        return HOLDING.contains(this);
    }
}
