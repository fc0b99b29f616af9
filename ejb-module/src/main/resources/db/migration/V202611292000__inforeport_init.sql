-- Information reports (社情民意信息): reports with their authors and proposals, every version of the
-- text, the path through the committee tree (transitions, never rewritten), adoptions per level and
-- leaders' instructions.

create sequence ir_report_seq start with 1 increment by 50;
create sequence ir_version_seq start with 1 increment by 50;
create sequence ir_transition_seq start with 1 increment by 50;
create sequence ir_adoption_seq start with 1 increment by 50;
create sequence ir_instruction_seq start with 1 increment by 50;

create table ir_topic (
    code      varchar(30)  not null primary key,
    name_zh   varchar(50)  not null,
    name_en   varchar(80)  not null,
    position  integer      not null,
    active    boolean      not null
);
insert into ir_topic (code, name_zh, name_en, position, active) values
    ('ECONOMY', '经济发展', 'Economy', 1, true),
    ('LIVELIHOOD', '民生保障', 'Livelihood', 2, true),
    ('EDUCATION', '教育', 'Education', 3, true),
    ('HEALTH', '医疗卫生', 'Health', 4, true),
    ('ENVIRONMENT', '生态环境', 'Environment', 5, true),
    ('RULE_OF_LAW', '法治建设', 'Rule of law', 6, true),
    ('CULTURE', '文化旅游', 'Culture and tourism', 7, true),
    ('AGRICULTURE', '乡村振兴', 'Rural revitalisation', 8, true),
    ('GOVERNANCE', '基层治理', 'Local governance', 9, true),
    ('OTHER', '其他', 'Other', 10, true);

create table ir_report (
    id                       bigint         not null primary key,
    version                  integer        not null,
    organisation_id          bigint         not null references pf_organisation (id),
    current_organisation_id  bigint         not null references pf_organisation (id),
    title                    varchar(200)   not null,
    body                     varchar(20000) not null,
    proposals                varchar(10000) not null,
    topic                    varchar(30)    not null references ir_topic (code),
    state                    varchar(12)    not null,
    created_by               bigint         not null references pf_account (id),
    created_at               timestamp with time zone not null,
    submitted_at             timestamp with time zone,
    updated_at               timestamp with time zone not null,
    constraint ir_report_state_ck check (state in ('DRAFT', 'SUBMITTED', 'EDITING', 'RETURNED', 'DECLINED', 'ADOPTED'))
);
create index ir_report_current_ix on ir_report (current_organisation_id, state, updated_at);
create index ir_report_org_ix on ir_report (organisation_id, created_at);

create table ir_author (
    report_id    bigint        not null references ir_report (id),
    position     integer       not null,
    member_id    bigint        not null,
    account_id   bigint        references pf_account (id),
    member_name  varchar(100)  not null,
    constraint ir_author_pk primary key (report_id, position),
    constraint ir_author_member_uk unique (report_id, member_id)
);
create index ir_author_member_ix on ir_author (member_id);
create index ir_author_account_ix on ir_author (account_id);

create table ir_version (
    id           bigint         not null primary key,
    report_id    bigint         not null references ir_report (id),
    number       integer        not null,
    kind         varchar(10)    not null,
    title        varchar(200)   not null,
    body         varchar(20000) not null,
    proposals    varchar(10000) not null,
    written_by   varchar(64)    not null,
    written_at   timestamp with time zone not null,
    constraint ir_version_uk unique (report_id, number),
    constraint ir_version_kind_ck check (kind in ('AUTHOR', 'EDITOR'))
);

create table ir_transition (
    id               bigint        not null primary key,
    report_id        bigint        not null references ir_report (id),
    organisation_id  bigint        not null references pf_organisation (id),
    action           varchar(20)   not null,
    from_state       varchar(12),
    to_state         varchar(12)   not null,
    actor            varchar(64)   not null,
    actor_name       varchar(100)  not null,
    occurred_at      timestamp with time zone not null,
    note             varchar(1000)
);
create index ir_transition_report_ix on ir_transition (report_id, occurred_at, id);

create table ir_adoption (
    id               bigint        not null primary key,
    report_id        bigint        not null references ir_report (id),
    organisation_id  bigint        not null references pf_organisation (id),
    org_level        varchar(10)   not null,
    adopted_at       timestamp with time zone not null,
    adopted_by       varchar(64)   not null,
    voided_at        timestamp with time zone,
    void_reason      varchar(500),
    live_key         varchar(40),
    constraint ir_adoption_live_uk unique (live_key)
);
create index ir_adoption_report_ix on ir_adoption (report_id);
create index ir_adoption_org_ix on ir_adoption (organisation_id, adopted_at);

create table ir_instruction (
    id            bigint        not null primary key,
    report_id     bigint        not null references ir_report (id),
    leader_name   varchar(100)  not null,
    leader_level  varchar(10)   not null,
    given_on      date          not null,
    text          varchar(2000) not null,
    department    varchar(200),
    result        varchar(2000),
    recorded_by   varchar(64)   not null,
    recorded_at   timestamp with time zone not null,
    constraint ir_instruction_level_ck check (leader_level in ('COUNTY', 'CITY', 'PROVINCE', 'NATIONAL'))
);
create index ir_instruction_report_ix on ir_instruction (report_id);
create index ir_transition_org_ix on ir_transition (organisation_id, report_id);
