-- Terms (换届, issue 14): a new term marks who continues, who leaves and who is new. Party, sector and
-- term become dated history like committee, position and status; a member who leaves gets status LEFT.

alter table cm_member drop constraint cm_member_status_ck;
alter table cm_member add constraint cm_member_status_ck
    check (status in ('ACTIVE', 'RESIGNED', 'DECEASED', 'REMOVED', 'LEFT'));

alter table cm_member_change drop constraint cm_member_change_kind_ck;
alter table cm_member_change add constraint cm_member_change_kind_ck
    check (kind in ('COMMITTEE', 'POSITION', 'STATUS', 'PARTY', 'SECTOR', 'TERM'));

create sequence cm_term_seq start with 1 increment by 50;

-- 届: one row per opened term of an organisation; the key refuses the same term opened twice
create table cm_term (
    id              bigint      not null primary key,
    version         integer     not null,
    organisation_id bigint      not null references pf_organisation (id),
    term_no         integer     not null,
    starts_on       date        not null,
    continuing      integer     not null,
    leaving         integer     not null,
    joining         integer     not null,
    opened_by       varchar(64) not null,
    opened_at       timestamp with time zone not null,
    constraint cm_term_number_uk unique (organisation_id, term_no),
    constraint cm_term_number_ck check (term_no between 1 and 99),
    constraint cm_term_counts_ck check (continuing >= 0 and leaving >= 0 and joining >= 0)
);
