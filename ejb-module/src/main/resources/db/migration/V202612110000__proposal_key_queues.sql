-- Proposals (issue 18), third slice: the key proposals of an organisation (the office's and leaders' "key proposals"
-- queue) and those a leader supervises ("I supervise": organisation, key, supervising leader's account), and the
-- proposals merged into one (undoing a merge, withdrawing a submitted proposal).
create index pp_proposal_key_ix on pp_proposal (organisation_id, key_proposal, supervisor_account_id);
create index pp_proposal_merged_into_ix on pp_proposal (merged_into_id);
