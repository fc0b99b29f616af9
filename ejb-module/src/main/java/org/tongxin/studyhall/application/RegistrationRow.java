package org.tongxin.studyhall.application;

/** A sign-up: {@code status} REGISTERED, WAITLISTED or WITHDRAWN; {@code position} on the waiting list, from 1. */
public record RegistrationRow(
        long id, long activity, long memberId, String memberName, String status, Integer position, boolean checkedIn)
        implements java.io.Serializable {}
