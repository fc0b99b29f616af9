package org.tongxin.studyhall.application;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tongxin.studyhall.domain.DayKind;
import org.tongxin.studyhall.domain.Space;

/** Spaces, closures and the working calendar: everyone who books reads them, keepers maintain them. */
public interface SpaceService {

    List<SpaceDetails> spaces();

    SpaceDetails space(long id);

    /** A keeper adds a space to their organisation's academy. */
    SpaceDetails addSpace(Space.Terms terms);

    /** A keeper changes a space's terms; refused as stale when someone saved in between. */
    SpaceDetails changeSpace(long id, Space.Terms terms, int expectedVersion);

    List<ClosureRow> closures(long spaceId);

    ClosureRow close(long spaceId, Instant start, Instant end, String reason);

    void removeClosure(long closureId);

    /** The caller's organisation's holidays and made working days of a year. */
    List<CalendarDayRow> calendar(int year);

    CalendarDayRow setDay(LocalDate day, DayKind kind, String name);

    void removeDay(long id);
}
