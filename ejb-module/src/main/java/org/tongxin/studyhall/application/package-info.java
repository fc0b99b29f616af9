/**
 * The study hall's services: spaces and the working calendar (keepers), bookings and series, approval,
 * activities with sign-up, check-in and attendance, calendar feeds. Attendance reaches the duty ledger
 * only through {@code DutyEvent}; the booker hears of decisions through the platform's notifications.
 */
package org.tongxin.studyhall.application;
