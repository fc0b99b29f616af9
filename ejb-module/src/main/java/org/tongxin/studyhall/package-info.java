/**
 * The study hall (政协书院): spaces and their working calendar, bookings that never overlap, recurring
 * series, approval, activities with sign-up, waiting list and check-in, attendance that becomes duty
 * points, calendar feeds and reading groups.
 */
package org.tongxin.studyhall;
