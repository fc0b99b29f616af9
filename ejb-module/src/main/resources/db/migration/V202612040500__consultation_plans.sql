-- Consultation (协商议政), first slice: the annual consultation plan of an organisation, its items by form,
-- the organisation's shape rule (Datong's "136+N"), the task lists (责任清单) made from an approved plan and the
-- dated amendments of an approved plan.

create sequence cs_plan_shape_seq start with 1 increment by 50;
create sequence cs_plan_seq start with 1 increment by 50;
create sequence cs_plan_item_seq start with 1 increment by 50;
create sequence cs_plan_task_seq start with 1 increment by 50;
create sequence cs_plan_amendment_seq start with 1 increment by 50;

-- An organisation's shape: how many consultations of each main form a year's plan holds, and at least how many others.
create table cs_plan_shape (
    id               bigint       not null primary key,
    version          integer      not null,
    organisation_id  bigint       not null references pf_organisation (id),
    plenary          integer      not null,
    standing         integer      not null,
    monthly          integer      not null,
    other_min        integer      not null,
    changed_at       timestamp with time zone not null,
    changed_by       varchar(64)  not null,
    constraint cs_plan_shape_org_uk unique (organisation_id)
);

create table cs_plan (
    id               bigint       not null primary key,
    version          integer      not null,
    organisation_id  bigint       not null references pf_organisation (id),
    plan_year        integer      not null,
    state            varchar(16)  not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(64)  not null,
    reviewed_on      date,
    reviewed_by      varchar(64),
    submitted_at     timestamp with time zone,
    submitted_by     varchar(64),
    approved_on      date,
    approving_body   varchar(100),
    approved_by      varchar(64),
    published_at     timestamp with time zone,
    published_by     varchar(64),
    -- one plan per organisation and year; the list by year filters on the year and the organisation
    constraint cs_plan_org_year_uk unique (organisation_id, plan_year)
);
create index cs_plan_year_ix on cs_plan (plan_year, organisation_id);

create table cs_plan_item (
    id                      bigint        not null primary key,
    plan_id                 bigint        not null references cs_plan (id),
    organisation_id         bigint        not null references pf_organisation (id),
    form                    varchar(16)   not null,
    topic                   varchar(200)  not null,
    planned_month           integer       not null,
    lead_leader             varchar(64),
    lead_leader_account_id  bigint,
    lead_committee_id       bigint,
    departments             varchar(2000)
);
create index cs_plan_item_plan_ix on cs_plan_item (plan_id);

create table cs_plan_task (
    id               bigint        not null primary key,
    plan_id          bigint        not null references cs_plan (id),
    item_id          bigint        not null,
    organisation_id  bigint        not null references pf_organisation (id),
    committee_id     bigint,
    kind             varchar(16)   not null,
    responsible      varchar(200)  not null,
    due_on           date          not null
);
create index cs_plan_task_plan_ix on cs_plan_task (plan_id);
-- a committee's task list
create index cs_plan_task_committee_ix on cs_plan_task (committee_id, due_on);

create table cs_plan_amendment (
    id               bigint         not null primary key,
    plan_id          bigint         not null references cs_plan (id),
    organisation_id  bigint         not null references pf_organisation (id),
    amended_at       timestamp with time zone not null,
    amended_by       varchar(64)    not null,
    kind             varchar(16)    not null,
    item_id          bigint,
    topic            varchar(200)   not null,
    changes          varchar(4000)  not null,
    reason           varchar(500)   not null
);
create index cs_plan_amendment_plan_ix on cs_plan_amendment (plan_id);
