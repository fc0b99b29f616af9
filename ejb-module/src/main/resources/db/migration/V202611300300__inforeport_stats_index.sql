-- The statistics count what reached an organisation and what it forwarded or declined in a period:
-- transitions by organisation, action and time. Without this index each count read every transition
-- the organisation ever recorded (ir_transition_org_ix leads with the organisation, then the report).
create index ir_transition_stats_ix on ir_transition (organisation_id, action, occurred_at, report_id);
