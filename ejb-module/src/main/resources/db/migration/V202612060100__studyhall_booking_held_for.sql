-- Issue 17: a booking held for a record of another context (e.g. consultation:activity:12), so that the record's
-- office may cancel or move it whichever of its clerks booked it (BookingService.cancelHeld / moveHeld).
alter table sh_booking add column held_for varchar(100);

-- the consultation activities booked before: their bookings are held for them
update sh_booking set held_for = concat('consultation:activity:', cast(
        (select a.id from cs_activity a where a.booking_id = sh_booking.id) as varchar(20)))
    where id in (select a.booking_id from cs_activity a where a.booking_id is not null);
