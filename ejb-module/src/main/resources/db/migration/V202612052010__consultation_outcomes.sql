-- Consultation outcomes (协商成果): each suggestion agreed at a consultation (an item of an approved plan) is sent to a
-- responsible department with a due date, answered, tracked to done with dated progress notes, published, and carries
-- the leaders' instructions (批示) on it.
create sequence cs_outcome_seq start with 1 increment by 50;
create sequence cs_outcome_note_seq start with 1 increment by 50;
create sequence cs_outcome_instruction_seq start with 1 increment by 50;

create table cs_outcome (
    id                  bigint         not null primary key,
    version             integer        not null,
    organisation_id     bigint         not null references pf_organisation (id),
    plan_id             bigint         not null references cs_plan (id),
    -- the plan item (no foreign key: an amendment may remove the item; the outcome keeps its topic and form)
    item_id             bigint         not null,
    plan_year           integer        not null,
    topic               varchar(200)   not null,
    form                varchar(16)    not null,
    suggestion          varchar(2000)  not null,
    department_id       bigint         not null references pf_department (id),
    due_on              date           not null,
    state               varchar(16)    not null,
    created_at          timestamp with time zone not null,
    created_by          varchar(64)    not null,
    sent_at             timestamp with time zone,
    sent_by             varchar(64),
    answer              varchar(4000),
    answered_on         date,
    answered_by         varchar(64),
    answer_document     varchar(200),
    answer_recorded_at  timestamp with time zone,
    answer_recorded_by  varchar(64),
    tracking_at         timestamp with time zone,
    tracking_by         varchar(64),
    done_on             date,
    done_by             varchar(64),
    published           boolean        not null,
    published_at        timestamp with time zone,
    published_by        varchar(64)
);
-- the list: an organisation's outcomes of a year by state (and the public list: published ones)
create index cs_outcome_org_year_ix on cs_outcome (organisation_id, plan_year, state);
-- a consultation's outcomes (its report) and a department's
create index cs_outcome_item_ix on cs_outcome (item_id);
create index cs_outcome_department_ix on cs_outcome (department_id);

create table cs_outcome_note (
    id               bigint         not null primary key,
    outcome_id       bigint         not null references cs_outcome (id),
    organisation_id  bigint         not null references pf_organisation (id),
    noted_on         date           not null,
    text             varchar(2000)  not null,
    noted_at         timestamp with time zone not null,
    noted_by         varchar(64)    not null
);
create index cs_outcome_note_outcome_ix on cs_outcome_note (outcome_id);

create table cs_outcome_instruction (
    id               bigint         not null primary key,
    outcome_id       bigint         not null references cs_outcome (id),
    organisation_id  bigint         not null references pf_organisation (id),
    leader           varchar(64)    not null,
    leader_level     varchar(16)    not null,
    given_on         date           not null,
    text             varchar(2000)  not null,
    recorded_at      timestamp with time zone not null,
    recorded_by      varchar(64)    not null
);
create index cs_outcome_instruction_outcome_ix on cs_outcome_instruction (outcome_id);
