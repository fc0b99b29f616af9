-- Committee context: towns and streets (镇/街道), their liaison groups (联络组), the grassroots contact
-- points under them (联系点: villages and communities, thousands per organisation), members assigned to
-- points, contact cards (联系卡) and the people's-concern diary (民情日记).

create sequence cm_town_seq start with 1 increment by 50;
create sequence cm_liaison_group_seq start with 1 increment by 50;
create sequence cm_contact_point_seq start with 1 increment by 50;
create sequence cm_point_assignment_seq start with 1 increment by 50;
create sequence cm_concern_seq start with 1 increment by 50;

create table cm_town (
    id              bigint      not null primary key,
    organisation_id bigint      not null,
    name            varchar(40) not null,
    kind            varchar(8)  not null,
    constraint cm_town_name_uk unique (organisation_id, name),
    constraint cm_town_kind_ck check (kind in ('TOWN', 'STREET'))
);

create table cm_liaison_group (
    id              bigint      not null primary key,
    version         integer     not null,
    organisation_id bigint      not null,
    town_id         bigint      not null references cm_town (id),
    name            varchar(60) not null,
    leader_id       bigint      references cm_member (id),
    constraint cm_liaison_group_town_uk unique (town_id)
);

create table cm_liaison_group_member (
    group_id  bigint not null references cm_liaison_group (id),
    member_id bigint not null references cm_member (id),
    constraint cm_liaison_group_member_pk primary key (group_id, member_id)
);
create index cm_liaison_group_member_ix on cm_liaison_group_member (member_id);

create table cm_contact_point (
    id              bigint      not null primary key,
    organisation_id bigint      not null,
    town_id         bigint      not null references cm_town (id),
    name            varchar(60) not null,
    kind            varchar(10) not null,
    constraint cm_contact_point_name_uk unique (town_id, name),
    constraint cm_contact_point_kind_ck check (kind in ('VILLAGE', 'COMMUNITY'))
);
create index cm_contact_point_org_ix on cm_contact_point (organisation_id, town_id);

-- A member's assignment to a point, dated. While it lasts, live_key ("member:point") is set, and
-- fixed_live holds the member's id when it is their one fixed point; both are cleared when it ends.
create table cm_point_assignment (
    id              bigint      not null primary key,
    version         integer     not null,
    organisation_id bigint      not null,
    member_id       bigint      not null references cm_member (id),
    point_id        bigint      not null references cm_contact_point (id),
    fixed           boolean     not null,
    since           date        not null,
    until           date,
    live_key        varchar(40),
    fixed_live      bigint,
    created_at      timestamp with time zone not null,
    created_by      varchar(64) not null,
    constraint cm_point_assignment_live_uk unique (live_key),
    constraint cm_point_assignment_fixed_uk unique (fixed_live),
    constraint cm_point_assignment_live_ck check ((until is null and live_key is not null) or (until is not null and live_key is null and fixed_live is null)),
    constraint cm_point_assignment_dates_ck check (until is null or until >= since)
);
create index cm_point_assignment_member_ix on cm_point_assignment (member_id);
create index cm_point_assignment_point_ix on cm_point_assignment (point_id);

-- The secret of a member's public contact card page: the QR code on the printed card carries it.
create table cm_contact_card (
    member_id  bigint      not null primary key references cm_member (id),
    token      varchar(40) not null,
    issued_at  timestamp with time zone not null,
    constraint cm_contact_card_token_uk unique (token)
);

create table cm_concern (
    id              bigint        not null primary key,
    version         integer       not null,
    organisation_id bigint        not null,
    member_id       bigint        not null references cm_member (id),
    point_id        bigint        not null references cm_contact_point (id),
    met_on          date          not null,
    what            varchar(1000) not null,
    suggestion      varchar(1000),
    status          varchar(12)   not null,
    handling_note   varchar(1000),
    handled_by      varchar(64),
    handled_at      timestamp with time zone,
    created_at      timestamp with time zone not null,
    constraint cm_concern_status_ck check (status in ('OPEN', 'RESOLVED', 'UNRESOLVED')),
    constraint cm_concern_handled_ck check ((status = 'OPEN') = (handled_at is null))
);
create index cm_concern_org_ix on cm_concern (organisation_id, met_on);
create index cm_concern_member_ix on cm_concern (member_id, met_on);
