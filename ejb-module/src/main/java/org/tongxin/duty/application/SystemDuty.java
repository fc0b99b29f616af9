package org.tongxin.duty.application;

import java.time.LocalDate;

/**
 * An act of duty another system of the office credits to a member (a meeting system's attendance): the category by
 * its code (one recorded by hand: a built-in such as {@code MEETING} or one of the organisation's own), the day, a
 * description, and the caller's own reference of the act ({@code [A-Za-z0-9_.:-]{1,60}}). Crediting the same
 * reference for the same member again changes nothing; with other facts it replaces the earlier entry.
 */
public record SystemDuty(long memberId, String category, LocalDate occurredOn, String description, String reference)
        implements java.io.Serializable {}
