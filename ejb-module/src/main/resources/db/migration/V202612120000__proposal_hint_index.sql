-- The similar-proposal hint (issue 18) reads one organisation's titles of the last five filing years: with the title,
-- the proposer and the id in the index, it is read from the index alone, without visiting the table's pages (which
-- hold the long texts). Measured by the proposals benchmark (docs/performance.md, "Proposals benchmark").
create index pp_proposal_hint_ix on pp_proposal (organisation_id, filing_year, state, title, proposer_id, id);
