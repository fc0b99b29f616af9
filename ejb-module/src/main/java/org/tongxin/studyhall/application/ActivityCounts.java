package org.tongxin.studyhall.application;

import java.time.LocalDate;
import java.util.List;

/** Activities held in a period by kind, person-times of attendance and no-shows. */
public record ActivityCounts(
        LocalDate from, LocalDate to, List<Row> rows, long activities, long attendances, long noShows)
        implements java.io.Serializable {

    public record Row(String kind, long activities, long attendances, long noShows) implements java.io.Serializable {}
}
