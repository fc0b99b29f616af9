-- Consultation (协商议政), the activities: a consultation held (协商活动), optionally the holding of a plan item, its
-- venue a study-hall booking (made through the study hall's booking engine, referred to by id only) or a place
-- outside the hall; its participants (members invited or signed up, and non-members: departments, experts,
-- citizens' representatives) with their attendance; research trips before it (议前调研) and speeches (发言材料).

create sequence cs_activity_seq start with 1 increment by 50;
create sequence cs_activity_participant_seq start with 1 increment by 50;
create sequence cs_research_trip_seq start with 1 increment by 50;
create sequence cs_speech_seq start with 1 increment by 50;

create table cs_activity (
    id               bigint        not null primary key,
    version          integer       not null,
    organisation_id  bigint        not null references pf_organisation (id),
    plan_item_id     bigint        references cs_plan_item (id),
    topic            varchar(200)  not null,
    form             varchar(16)   not null,
    starts_at        timestamp with time zone not null,
    ends_at          timestamp with time zone not null,
    activity_year    integer       not null,
    booking_id       bigint,
    space_id         bigint,
    venue            varchar(200)  not null,
    capacity         integer       not null,
    checkin_code     varchar(12)   not null,
    state            varchar(16)   not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(64)   not null,
    opened_at        timestamp with time zone,
    opened_by        varchar(64),
    held_at          timestamp with time zone,
    held_by          varchar(64),
    cancelled_at     timestamp with time zone,
    cancelled_by     varchar(64),
    cancel_reason    varchar(500),
    constraint cs_activity_code_uk unique (checkin_code)
);
-- the list: by organisation and year (and state), newest first
create index cs_activity_year_ix on cs_activity (activity_year, organisation_id, starts_at);
create index cs_activity_item_ix on cs_activity (plan_item_id);

create table cs_activity_participant (
    id               bigint        not null primary key,
    activity_id      bigint        not null references cs_activity (id),
    kind             varchar(16)   not null,
    member_id        bigint,
    account_id       bigint,
    name             varchar(100)  not null,
    unit             varchar(200),
    joined           varchar(16)   not null,
    joined_at        timestamp with time zone not null,
    checked_in_at    timestamp with time zone,
    checked_in_by    varchar(64),
    -- a member takes part once
    constraint cs_activity_participant_member_uk unique (activity_id, member_id)
);
create index cs_activity_participant_activity_ix on cs_activity_participant (activity_id);

create table cs_research_trip (
    id               bigint         not null primary key,
    activity_id      bigint         not null references cs_activity (id),
    trip_on          date           not null,
    place            varchar(200)   not null,
    findings         varchar(8000),
    documents        varchar(4000),
    done_at          timestamp with time zone,
    done_by          varchar(64),
    created_at       timestamp with time zone not null,
    created_by       varchar(64)    not null
);
create index cs_research_trip_activity_ix on cs_research_trip (activity_id);

create table cs_research_trip_member (
    trip_id          bigint         not null references cs_research_trip (id),
    member_id        bigint         not null,
    member_name      varchar(100)   not null,
    constraint cs_research_trip_member_pk primary key (trip_id, member_id)
);

create table cs_speech (
    id               bigint         not null primary key,
    activity_id      bigint         not null references cs_activity (id),
    member_id        bigint         not null,
    member_name      varchar(100)   not null,
    title            varchar(200)   not null,
    body             varchar(20000) not null,
    submitted_at     timestamp with time zone not null,
    selected         boolean        not null,
    delivered_at     timestamp with time zone,
    delivered_by     varchar(64)
);
create index cs_speech_activity_ix on cs_speech (activity_id);
