/** Spaces, the working calendar, bookings, series, activities and registrations, and their rules. */
package org.tongxin.studyhall.domain;
