-- Proposal deadlines (issue 18): the reminders sent to a lead unit, once per proposal, kind and due date (a new due
-- date after a new assignment arms them again). The key makes a second sender (another node, the office's "send
-- now") fail instead of notifying twice.
create table pp_reminder (
    proposal_id  bigint       not null references pp_proposal (id),
    kind         varchar(8)   not null,
    due_on       date         not null,
    sent_at      timestamp with time zone not null,
    primary key (proposal_id, kind, due_on),
    constraint pp_reminder_kind_ck check (kind in ('DUE_SOON', 'OVERDUE'))
);
-- the reminder sweep (open assignments by due date) and the office's overdue list (its organisation's, oldest first)
create index pp_proposal_state_due_ix on pp_proposal (state, due_on, organisation_id);
