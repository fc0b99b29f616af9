-- Committee context: the duty ledger (履职档案) and the rule sets of the annual evaluation (履职考核).

create sequence cm_rule_set_seq start with 1 increment by 50;
create sequence cm_duty_entry_seq start with 1 increment by 50;

-- One rule set per organisation and year; its revision counts the saved changes.
create table cm_rule_set (
    id                    bigint       not null primary key,
    version               integer      not null,
    organisation_id       bigint       not null,
    year_no               integer      not null,
    revision              integer      not null,
    first_author_percent  integer      not null,
    excellent_from        numeric(7,2) not null,
    good_from             numeric(7,2) not null,
    competent_from        numeric(7,2) not null,
    updated_at            timestamp with time zone not null,
    updated_by            varchar(64)  not null,
    constraint cm_rule_set_uk unique (organisation_id, year_no),
    constraint cm_rule_set_split_ck check (first_author_percent between 0 and 100),
    constraint cm_rule_set_bands_ck check (excellent_from > good_from and good_from > competent_from and competent_from >= 0)
);

-- Points per event of a category and the cap of the category per year (null: no cap).
create table cm_rule (
    rule_set_id  bigint       not null references cm_rule_set (id),
    category     varchar(30)  not null,
    points       numeric(6,2) not null,
    annual_cap   numeric(7,2),
    constraint cm_rule_pk primary key (rule_set_id, category),
    constraint cm_rule_cap_ck check (annual_cap is null or annual_cap >= 0)
);

-- An act of duty and the points it gave. Entries are never edited or deleted: a wrong or outdated one
-- is voided (with its reason) and, where it still counts, replaced by a new entry that names it.
-- live_key (source and member) is set while the entry stands and cleared when it is voided, so that one
-- source can credit a member only once at a time on both databases (unique ignores nulls on both).
create table cm_duty_entry (
    id                 bigint        not null primary key,
    organisation_id    bigint        not null,
    member_id          bigint        not null references cm_member (id),
    occurred_on        date          not null,
    year_no            integer       not null,
    category           varchar(30)   not null,
    source_module      varchar(20)   not null,
    source_ref         varchar(120)  not null,
    description        varchar(200)  not null,
    duty_role          varchar(12)   not null,
    co_authors         integer       not null,
    base_points        numeric(6,2)  not null,
    share_percent      numeric(5,2)  not null,
    points             numeric(7,2)  not null,
    rule_set_id        bigint        not null references cm_rule_set (id),
    rule_set_revision  integer       not null,
    recorded_at        timestamp with time zone not null,
    recorded_by        varchar(64)   not null,
    live_key           varchar(160),
    voided             boolean       not null,
    void_kind          varchar(12),
    void_reason        varchar(200),
    voided_at          timestamp with time zone,
    voided_by          varchar(64),
    replaces_id        bigint        references cm_duty_entry (id),
    constraint cm_duty_entry_live_uk unique (live_key),
    constraint cm_duty_entry_role_ck check (duty_role in ('SOLE', 'FIRST_AUTHOR', 'CO_AUTHOR')),
    constraint cm_duty_entry_void_ck check ((voided and void_kind is not null and void_reason is not null and live_key is null)
                                            or (not voided and void_kind is null and live_key is not null)),
    constraint cm_duty_entry_void_kind_ck check (void_kind is null or void_kind in ('MANUAL', 'SOURCE', 'RECOMPUTED')),
    constraint cm_duty_entry_year_ck check (year_no between 2000 and 2100)
);
-- the ranking and the member's record read one organisation's year
create index cm_duty_entry_rank_ix on cm_duty_entry (organisation_id, year_no, voided, member_id, category);
create index cm_duty_entry_member_ix on cm_duty_entry (member_id, year_no);
create index cm_duty_entry_source_ix on cm_duty_entry (source_ref);
