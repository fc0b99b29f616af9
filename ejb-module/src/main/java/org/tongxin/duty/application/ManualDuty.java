package org.tongxin.duty.application;

import java.time.LocalDate;
import java.util.List;

/**
 * Acts of duty office staff record by hand: one member, or every attendee of a meeting at once. The category by its
 * code: a built-in recorded by hand, or one of the organisation's own.
 */
public record ManualDuty(String category, LocalDate occurredOn, String description, List<Long> memberIds)
        implements java.io.Serializable {}
