-- Study hall (政协书院): spaces, the working calendar, closures, bookings and recurring series,
-- activities with sign-up, waiting list and check-in, calendar feed tokens.
--
-- No two active bookings of one space may overlap. The service locks the space's row and checks before
-- it inserts (this holds on H2 and PostgreSQL); on PostgreSQL an exclusion constraint over the time
-- range adds the database's own guarantee (migration-postgresql/V202611291801).

create sequence sh_space_seq start with 1 increment by 50;
create sequence sh_closure_seq start with 1 increment by 50;
create sequence sh_calendar_day_seq start with 1 increment by 50;
create sequence sh_series_seq start with 1 increment by 50;
create sequence sh_booking_seq start with 1 increment by 50;
create sequence sh_activity_seq start with 1 increment by 50;
create sequence sh_registration_seq start with 1 increment by 50;

create table sh_space (
    id                   bigint       not null primary key,
    version              integer      not null,
    organisation_id      bigint       not null references pf_organisation (id),
    name                 varchar(100) not null,
    zone                 varchar(20)  not null,
    capacity             integer      not null,
    opening_hours        varchar(120) not null,
    min_minutes          integer      not null,
    max_minutes          integer      not null,
    advance_days         integer      not null,
    needs_approval       boolean      not null,
    members_may_book     boolean      not null,
    cancel_notice_hours  integer      not null,
    active               boolean      not null,
    constraint sh_space_name_uk unique (organisation_id, name),
    constraint sh_space_zone_ck check (zone in ('BOOK_DISPLAY', 'READING', 'ACTIVITY', 'LECTURE_HALL')),
    constraint sh_space_capacity_ck check (capacity between 1 and 10000),
    constraint sh_space_length_ck check (min_minutes >= 15 and max_minutes >= min_minutes and max_minutes <= 1440),
    constraint sh_space_advance_ck check (advance_days between 0 and 730),
    constraint sh_space_notice_ck check (cancel_notice_hours between 0 and 720)
);

create table sh_closure (
    id         bigint       not null primary key,
    space_id   bigint       not null references sh_space (id),
    starts_at  timestamp with time zone not null,
    ends_at    timestamp with time zone not null,
    reason     varchar(200) not null,
    created_by varchar(64)  not null,
    constraint sh_closure_range_ck check (ends_at > starts_at)
);
create index sh_closure_space_ix on sh_closure (space_id, starts_at);

create table sh_calendar_day (
    id               bigint       not null primary key,
    organisation_id  bigint       not null references pf_organisation (id),
    calendar_date    date         not null,
    kind             varchar(10)  not null,
    name             varchar(100) not null,
    constraint sh_calendar_day_uk unique (organisation_id, calendar_date),
    constraint sh_calendar_day_kind_ck check (kind in ('HOLIDAY', 'WORKDAY'))
);

create table sh_series (
    id               bigint       not null primary key,
    organisation_id  bigint       not null,
    space_id         bigint       not null references sh_space (id),
    every_weeks      integer      not null,
    first_start      timestamp with time zone not null,
    until_on         date,
    times            integer,
    created_by       varchar(64)  not null,
    created_at       timestamp with time zone not null,
    constraint sh_series_every_ck check (every_weeks between 1 and 52),
    constraint sh_series_end_ck check ((until_on is null) <> (times is null))
);

create table sh_booking (
    id                  bigint        not null primary key,
    version             integer       not null,
    organisation_id     bigint        not null,
    space_id            bigint        not null references sh_space (id),
    series_id           bigint        references sh_series (id),
    starts_at           timestamp with time zone not null,
    ends_at             timestamp with time zone not null,
    title               varchar(200)  not null,
    purpose             varchar(1000),
    attendees           integer       not null,
    booker_account_id   bigint        not null references pf_account (id),
    booker_name         varchar(100)  not null,
    status              varchar(20)   not null,
    decided_by          varchar(64),
    decision_reason     varchar(500),
    created_at          timestamp with time zone not null,
    updated_at          timestamp with time zone not null,
    constraint sh_booking_range_ck check (ends_at > starts_at),
    constraint sh_booking_attendees_ck check (attendees >= 1),
    constraint sh_booking_status_ck check (status in ('PENDING', 'CONFIRMED', 'REJECTED', 'CANCELLED', 'COMPLETED'))
);
create index sh_booking_space_ix on sh_booking (space_id, starts_at);
create index sh_booking_org_ix on sh_booking (organisation_id, starts_at);
create index sh_booking_booker_ix on sh_booking (booker_account_id, starts_at);
create index sh_booking_series_ix on sh_booking (series_id);
create index sh_booking_status_ix on sh_booking (organisation_id, status);

create table sh_activity (
    id                bigint        not null primary key,
    version           integer       not null,
    booking_id        bigint        not null references sh_booking (id),
    kind              varchar(20)   not null,
    capacity          integer       not null,
    signup_deadline   timestamp with time zone not null,
    checkin_code      varchar(12)   not null,
    reading_group_id  bigint,
    completed_at      timestamp with time zone,
    constraint sh_activity_booking_uk unique (booking_id),
    constraint sh_activity_code_uk unique (checkin_code),
    constraint sh_activity_kind_ck check (kind in ('READING_SHARING', 'SALON', 'LECTURE', 'STUDY_SESSION', 'EXPERT_TALK')),
    constraint sh_activity_capacity_ck check (capacity >= 1)
);

-- A member holds at most one live registration per activity: live_member carries the member id
-- while the registration stands and is cleared on withdrawal.
create table sh_registration (
    id             bigint        not null primary key,
    version        integer       not null,
    activity_id    bigint        not null references sh_activity (id),
    member_id      bigint        not null,
    account_id     bigint        references pf_account (id),
    member_name    varchar(100)  not null,
    status         varchar(12)   not null,
    queued_at      timestamp with time zone not null,
    queue_order    bigint        not null,
    live_member    bigint,
    checked_in_at  timestamp with time zone,
    checked_in_by  varchar(64),
    constraint sh_registration_live_uk unique (activity_id, live_member),
    constraint sh_registration_status_ck check (status in ('REGISTERED', 'WAITLISTED', 'WITHDRAWN')),
    constraint sh_registration_live_ck check ((status = 'WITHDRAWN' and live_member is null)
                                              or (status <> 'WITHDRAWN' and live_member = member_id)),
    constraint sh_registration_checkin_ck check (checked_in_at is null or status = 'REGISTERED')
);
create index sh_registration_activity_ix on sh_registration (activity_id, status, queue_order);
create index sh_registration_account_ix on sh_registration (account_id);
create index sh_registration_member_ix on sh_registration (member_id);

create table sh_feed_token (
    account_id   bigint      not null primary key references pf_account (id),
    token_hash   varchar(64) not null,
    created_at   timestamp with time zone not null,
    constraint sh_feed_token_uk unique (token_hash)
);
