-- Plenary sessions (全体会议) of a committee and proposal numbers (案号), issue 18: a plenary proposal belongs to a
-- dated session with a filing window (filing_opens_on .. deadline, 提案截止日); an accepted proposal gets a number
-- unique in its organisation, counted per session (plenary) or per filing year (interim) in pp_case_counter.
create sequence pp_plenary_session_seq start with 1 increment by 50;

create table pp_plenary_session (
    id               bigint        not null primary key,
    version          integer       not null,
    organisation_id  bigint        not null references pf_organisation (id),
    name             varchar(100)  not null,
    -- the short code of the session in its proposal numbers, e.g. 15-3 (the 15th committee's 3rd session)
    code             varchar(16)   not null,
    opens_on         date          not null,
    closes_on        date          not null,
    filing_opens_on  date          not null,
    deadline         date          not null,
    retired          boolean       not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(64)   not null,
    constraint pp_plenary_session_name_uq unique (organisation_id, name),
    constraint pp_plenary_session_code_uq unique (organisation_id, code),
    constraint pp_plenary_session_days_ck check (closes_on >= opens_on),
    constraint pp_plenary_session_deadline_ck check (deadline >= filing_opens_on and deadline >= opens_on)
);

alter table pp_proposal add column plenary_session_id bigint references pp_plenary_session (id);
alter table pp_proposal add column case_number varchar(24);
-- a number once in an organisation
alter table pp_proposal add constraint pp_proposal_case_number_uq unique (organisation_id, case_number);
-- the statistics of a session, and "is this session used" before deleting it
create index pp_proposal_session_ix on pp_proposal (plenary_session_id, state);

-- the last number given per organisation and counter (S<session id> or Y<filing year>); the acceptance increments
-- its row in its own transaction, so that two acceptances at once wait for each other and never share a number
create table pp_case_counter (
    organisation_id  bigint       not null references pf_organisation (id),
    counter_key      varchar(24)  not null,
    last_number      integer      not null,
    primary key (organisation_id, counter_key)
);
