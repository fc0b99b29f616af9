-- Issue 14: an organisation may be retired. Its records stay readable to those above it; nothing new
-- is filed there (members, spaces, reports). Null while it is open.
alter table pf_organisation add column retired_at timestamp with time zone;
