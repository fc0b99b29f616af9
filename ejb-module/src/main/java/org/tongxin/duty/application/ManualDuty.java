package org.tongxin.duty.application;

import java.time.LocalDate;
import java.util.List;

/** Acts of duty office staff record by hand: one member, or every attendee of a meeting at once. */
public record ManualDuty(DutyCategory category, LocalDate occurredOn, String description, List<Long> memberIds) {}
