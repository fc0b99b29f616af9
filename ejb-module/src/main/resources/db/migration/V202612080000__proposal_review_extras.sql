-- Proposals (issue 18), second slice: merge (并案) with every proposer kept, conversion into a social-condition report
-- or a letter, co-handling units' opinions to the lead unit, key proposals with a supervising leader, leaders'
-- instructions (批示) and member interviews (委员访谈).
alter table pp_proposal add column merged_into_id bigint references pp_proposal (id);
alter table pp_proposal add column conversion varchar(8);
alter table pp_proposal add column conversion_reason varchar(1000);
-- the information report it became (ir_report; no foreign key across contexts)
alter table pp_proposal add column converted_report_id bigint;
alter table pp_proposal add column key_proposal boolean default false not null;
alter table pp_proposal add column key_decided_on date;
alter table pp_proposal add column key_decision varchar(1000);
-- the supervising leader's account (pf_account; no foreign key across contexts)
alter table pp_proposal add column supervisor_account_id bigint;
alter table pp_proposal add column supervisor_name varchar(100);

-- the proposers and co-signers of merged proposals, kept as proposers of the main one
create table pp_merged_proposer (
    proposal_id       bigint   not null references pp_proposal (id),
    proposer_order    integer  not null,
    member_id         bigint   not null,
    from_proposal_id  bigint   references pp_proposal (id),
    primary key (proposal_id, proposer_order)
);
-- what a member sees as one of the proposers of a main proposal
create index pp_merged_proposer_member_ix on pp_merged_proposer (member_id);

create table pp_unit_opinion (
    proposal_id    bigint         not null references pp_proposal (id),
    opinion_order  integer        not null,
    department_id  bigint         not null references pf_department (id),
    opinion        varchar(4000)  not null,
    given_on       date           not null,
    given_by       varchar(64)    not null,
    primary key (proposal_id, opinion_order)
);

create table pp_instruction (
    proposal_id        bigint         not null references pp_proposal (id),
    instruction_order  integer        not null,
    leader_account_id  bigint         not null,
    leader_name        varchar(100)   not null,
    given_on           date           not null,
    instruction        varchar(4000)  not null,
    primary key (proposal_id, instruction_order)
);

create table pp_interview (
    proposal_id      bigint         not null references pp_proposal (id),
    interview_order  integer        not null,
    held_on          date           not null,
    people           varchar(1000)  not null,
    said             varchar(4000)  not null,
    recorded_by      varchar(64)    not null,
    primary key (proposal_id, interview_order)
);

-- Duty context: the built-in categories the proposal context credits besides an accepted proposal (PROPOSAL): a
-- proposal chosen as a key proposal, and a leader's instruction obtained on a proposal; default terms as in
-- RuleTerms.defaults().
insert into du_category (id, version, code, organisation_id, built_in, manual, deduction, points, annual_cap, retired) values
    (24, 0, 'KEY_PROPOSAL', null, true, false, false, 5, 20, false),
    (25, 0, 'PROPOSAL_INSTRUCTION', null, true, false, false, 5, 30, false);
