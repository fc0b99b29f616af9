-- Proposals (提案, issue 18): filed by a member alone, jointly with co-signers who confirm, or collectively; reviewed by
-- the proposal committee's office; assigned to a lead handling unit and co-handling units (pf_department) with a due
-- date and a send-back window; answered, the answer reviewed, rated by the proposer (re-handled once), closed.
create sequence pp_proposal_seq start with 1 increment by 50;

create table pp_proposal (
    id                       bigint          not null primary key,
    version                  integer         not null,
    organisation_id          bigint          not null references pf_organisation (id),
    filing_year              integer         not null,
    title                    varchar(100)    not null,
    reason                   varchar(2000)   not null,
    analysis                 varchar(8000)   not null,
    suggestions              varchar(8000)   not null,
    kind                     varchar(12)     not null,
    collective_body          varchar(64),
    filing_session           varchar(8)      not null,
    -- the lead proposer (cm_member; no foreign key across contexts)
    proposer_id              bigint          not null,
    state                    varchar(12)     not null,
    created_at               timestamp with time zone not null,
    created_by               varchar(64)     not null,
    submitted_at             timestamp with time zone,
    reviewed_on              date,
    reviewed_by              varchar(64),
    refusal_reason           varchar(1000),
    lead_department_id       bigint          references pf_department (id),
    assigned_on              date,
    assigned_by              varchar(64),
    due_on                   date,
    send_back_until          date,
    send_back_reason         varchar(1000),
    sent_back_department_id  bigint          references pf_department (id),
    answer_category          varchar(12),
    answer_text              varchar(8000),
    answered_on              date,
    answered_by              varchar(64),
    answer_return_reason     varchar(1000),
    delivered_on             date,
    rating                   varchar(20),
    first_rating             varchar(20),
    rating_comment           varchar(1000),
    rated_on                 date,
    rehandled                boolean         not null,
    done_on                  date,
    done_by                  varchar(64)
);
-- the office's queues: its organisation's proposals of a year by state
create index pp_proposal_org_state_ix on pp_proposal (organisation_id, filing_year, state);
-- a member's own proposals
create index pp_proposal_proposer_ix on pp_proposal (proposer_id);
-- a unit's list (lead)
create index pp_proposal_lead_ix on pp_proposal (lead_department_id);

create table pp_co_signer (
    proposal_id   bigint   not null references pp_proposal (id),
    signer_order  integer  not null,
    member_id     bigint   not null,
    confirmed_at  timestamp with time zone,
    primary key (proposal_id, signer_order)
);
-- what a member co-signed
create index pp_co_signer_member_ix on pp_co_signer (member_id);

create table pp_co_unit (
    proposal_id    bigint  not null references pp_proposal (id),
    department_id  bigint  not null references pf_department (id),
    primary key (proposal_id, department_id)
);
-- a unit's list (co-handling)
create index pp_co_unit_department_ix on pp_co_unit (department_id);
