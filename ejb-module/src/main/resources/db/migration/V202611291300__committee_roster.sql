-- Committee context: sectors, special committees, members and the dated history of their changes.

create sequence cm_sector_seq start with 1 increment by 50;
create sequence cm_committee_seq start with 1 increment by 50;
create sequence cm_member_seq start with 1 increment by 50;
create sequence cm_member_change_seq start with 1 increment by 50;

-- 界别: a configurable list per organisation
create table cm_sector (
    id              bigint       not null primary key,
    organisation_id bigint       not null,
    name            varchar(50)  not null,
    sort_order      integer      not null,
    constraint cm_sector_name_uk unique (organisation_id, name)
);

-- 专门委员会
create table cm_committee (
    id              bigint       not null primary key,
    version         integer      not null,
    organisation_id bigint       not null,
    name            varchar(60)  not null,
    director_id     bigint,
    created_at      timestamp with time zone not null,
    constraint cm_committee_name_uk unique (organisation_id, name)
);

create table cm_member (
    id              bigint       not null primary key,
    version         integer      not null,
    organisation_id bigint       not null,
    roster_key      varchar(40)  not null,
    name            varchar(50)  not null,
    name_pinyin     varchar(200) not null,
    name_initials   varchar(50)  not null,
    gender          varchar(1)   not null,
    ethnicity       varchar(20)  not null,
    birth_date      date,
    party           varchar(12)  not null,
    sector_id       bigint       references cm_sector (id),
    term_no         integer      not null,
    position        varchar(12)  not null,
    committee_id    bigint       references cm_committee (id),
    workplace       varchar(100),
    title           varchar(100),
    phone           varchar(30),
    status          varchar(10)  not null,
    status_since    date         not null,
    account_id      bigint,
    created_at      timestamp with time zone not null,
    constraint cm_member_key_uk unique (organisation_id, roster_key),
    constraint cm_member_gender_ck check (gender in ('M', 'F')),
    constraint cm_member_party_ck check (party in ('CPC', 'RCCK', 'CDL', 'CDNCA', 'CAPD', 'CPWDP', 'CZGP', 'JS', 'TDSGL', 'NON_PARTY')),
    constraint cm_member_position_ck check (position in ('CHAIR', 'VICE_CHAIR', 'STANDING', 'MEMBER')),
    constraint cm_member_status_ck check (status in ('ACTIVE', 'RESIGNED', 'DECEASED', 'REMOVED')),
    constraint cm_member_term_ck check (term_no between 1 and 99)
);
alter table cm_committee add constraint cm_committee_director_fk foreign key (director_id) references cm_member (id);
-- the roster's filters; name search by pinyin initials or full pinyin uses the prefix indexes
create index cm_member_org_ix on cm_member (organisation_id, status, name_pinyin);
create index cm_member_committee_ix on cm_member (committee_id);
create index cm_member_sector_ix on cm_member (sector_id);
create index cm_member_initials_ix on cm_member (name_initials);
create index cm_member_pinyin_ix on cm_member (name_pinyin);
create index cm_member_account_ix on cm_member (account_id);

-- Dated changes of committee, position and status: history is appended, never overwritten
create table cm_member_change (
    id            bigint      not null primary key,
    member_id     bigint      not null references cm_member (id),
    kind          varchar(12) not null,
    from_value    varchar(60),
    to_value      varchar(60) not null,
    effective_on  date        not null,
    recorded_at   timestamp with time zone not null,
    constraint cm_member_change_kind_ck check (kind in ('COMMITTEE', 'POSITION', 'STATUS'))
);
create index cm_member_change_member_ix on cm_member_change (member_id, effective_on);
