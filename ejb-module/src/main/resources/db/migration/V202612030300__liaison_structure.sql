-- Issue 14: the liaison structure kept by the office (not only by the demo loader). Towns, contact points
-- and liaison groups are renamed and moved under optimistic locking, and retired on a date: a retired
-- one stays readable (history) and takes nothing new. A town has at most one live liaison group:
-- live_town_id is the town while the group lasts and null once it is retired.

alter table cm_town add column version integer default 0 not null;
alter table cm_town add column retired_on date;

alter table cm_contact_point add column version integer default 0 not null;
alter table cm_contact_point add column retired_on date;

alter table cm_liaison_group add column retired_on date;
alter table cm_liaison_group add column live_town_id bigint;
update cm_liaison_group set live_town_id = town_id;
alter table cm_liaison_group drop constraint cm_liaison_group_town_uk;
alter table cm_liaison_group add constraint cm_liaison_group_live_uk unique (live_town_id);
alter table cm_liaison_group add constraint cm_liaison_group_live_ck
    check ((retired_on is null and live_town_id = town_id) or (retired_on is not null and live_town_id is null));
create index cm_liaison_group_town_ix on cm_liaison_group (town_id);
