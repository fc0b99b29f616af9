-- Committee context: party pairings (党员结对): a CPC member with one or two non-CPC members, dated.
-- While a pairing lasts, cpc_live holds "<cpc member>:<slot 1 or 2>" and partner_live the partner's id;
-- both are cleared when it ends. Unique keys over them let the database itself refuse a third partner
-- for a CPC member or a second CPC partner for anyone, on H2 and PostgreSQL alike.

create sequence cm_pairing_seq start with 1 increment by 50;

create table cm_pairing (
    id               bigint      not null primary key,
    version          integer     not null,
    organisation_id  bigint      not null,
    cpc_member_id    bigint      not null references cm_member (id),
    partner_id       bigint      not null references cm_member (id),
    started_on       date        not null,
    ended_on         date,
    cpc_slot         integer     not null,
    cpc_live         varchar(40),
    partner_live     bigint,
    created_at       timestamp with time zone not null,
    created_by       varchar(64) not null,
    constraint cm_pairing_cpc_live_uk unique (cpc_live),
    constraint cm_pairing_partner_live_uk unique (partner_live),
    constraint cm_pairing_slot_ck check (cpc_slot in (1, 2)),
    constraint cm_pairing_live_ck check ((ended_on is null and cpc_live is not null and partner_live is not null)
                                         or (ended_on is not null and cpc_live is null and partner_live is null)),
    constraint cm_pairing_dates_ck check (ended_on is null or ended_on >= started_on),
    constraint cm_pairing_self_ck check (cpc_member_id <> partner_id)
);
create index cm_pairing_cpc_ix on cm_pairing (cpc_member_id);
create index cm_pairing_partner_ix on cm_pairing (partner_id);
create index cm_pairing_org_ix on cm_pairing (organisation_id, ended_on);
