-- Information reports: bulletin issues (期). An issue gathers the reports an organisation adopted in a
-- period, numbered per organisation and year; a report appears in one issue of an organisation at most.
-- Two editors publishing at once cannot take the same number: the unique key refuses the second.

create sequence ir_bulletin_seq start with 1 increment by 50;

create table ir_bulletin (
    id               bigint        not null primary key,
    version          integer       not null,
    organisation_id  bigint        not null references pf_organisation (id),
    issue_year       integer       not null,
    issue_number     integer       not null,
    title            varchar(200)  not null,
    period_from      date          not null,
    period_to        date          not null,
    published_at     timestamp with time zone not null,
    published_by     varchar(64)   not null,
    constraint ir_bulletin_number_uk unique (organisation_id, issue_year, issue_number),
    constraint ir_bulletin_period_ck check (period_to >= period_from)
);

create table ir_bulletin_item (
    bulletin_id      bigint   not null references ir_bulletin (id),
    report_id        bigint   not null references ir_report (id),
    organisation_id  bigint   not null,
    position         integer  not null,
    constraint ir_bulletin_item_pk primary key (bulletin_id, report_id),
    constraint ir_bulletin_item_once_uk unique (organisation_id, report_id)
);
