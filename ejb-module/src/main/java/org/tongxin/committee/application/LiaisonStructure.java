package org.tongxin.committee.application;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/**
 * The liaison structure kept by an organisation's office staff: towns and streets, contact points, liaison
 * groups and their leaders are added, renamed, moved (a point or a group to another town) and retired on a
 * date; retired ones stay readable and take nothing new. Changes carry the version read (optimistic
 * locking). The whole structure also comes in from one workbook, all or nothing.
 */
@Local
public interface LiaisonStructure {

    /** Largest import, in rows of all sheets together. */
    int MAX_ROWS = 20_000;

    record TownRow(long id, long organisationId, String name, String kind, LocalDate retiredOn, int version)
            implements java.io.Serializable {}

    record PointRow(
            long id, long organisationId, long townId, String name, String kind, LocalDate retiredOn, int version)
            implements java.io.Serializable {}

    record GroupRow(
            long id,
            long organisationId,
            long townId,
            String townName,
            String name,
            Long leaderId,
            String leaderName,
            List<GroupMember> members,
            LocalDate retiredOn,
            int version)
            implements java.io.Serializable {}

    TownRow createTown(long organisationId, String name, String kind);

    TownRow updateTown(long id, String name, String kind, int version);

    /** Refused (409 {@code not-empty}) while live contact points or a live group remain under the town. */
    TownRow retireTown(long id, LocalDate on);

    PointRow createPoint(long townId, String name, String kind);

    /** Renames the point, changes its kind, or moves it under another live town of its organisation. */
    PointRow updatePoint(long id, String name, String kind, long townId, int version);

    /** Retires the point and ends its current assignments on the day. */
    PointRow retirePoint(long id, LocalDate on);

    List<GroupRow> groups(long organisationId);

    GroupRow createGroup(long townId, String name, Long leaderId);

    /** Renames the group, moves it to another live town without a group, appoints its leader (null: none). */
    GroupRow updateGroup(long id, String name, long townId, Long leaderId, int version);

    GroupRow retireGroup(long id, LocalDate on);

    /** The import workbook, empty: the three sheets with their headers and a sheet of notes. */
    byte[] template();

    /**
     * Validates every row of every sheet, then, only when all are valid and {@code apply} is true, creates
     * or updates the organisation's towns, points and groups matched by name, in one transaction.
     */
    LiaisonImportResult importStructure(long organisationId, byte[] xlsx, boolean apply);
}
