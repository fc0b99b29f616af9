package org.tongxin.studyhall.application;

import java.time.LocalDate;

/** A holiday or made working day of the working calendar. */
public record CalendarDayRow(long id, LocalDate day, String kind, String name) implements java.io.Serializable {}
