-- PostgreSQL only: the database itself refuses two active bookings of one space whose times overlap.
-- Half-open ranges ('[)'), so a booking may start when the previous one ends. The space id is turned
-- into a one-point range so that the built-in GiST range operator class covers both columns and no
-- extension (btree_gist) is needed.
alter table sh_booking add constraint sh_booking_no_overlap exclude using gist (
    int8range(space_id, space_id, '[]') with &&,
    tstzrange(starts_at, ends_at, '[)') with &&
) where (status in ('PENDING', 'CONFIRMED', 'COMPLETED'));
