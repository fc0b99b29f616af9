-- Information reports: combined reports (综合稿). An editor merges several reports on one matter into a
-- new report; the sources stay linked and are marked MERGED.

alter table ir_report drop constraint ir_report_state_ck;
alter table ir_report add constraint ir_report_state_ck
    check (state in ('DRAFT', 'SUBMITTED', 'EDITING', 'RETURNED', 'DECLINED', 'ADOPTED', 'MERGED'));
alter table ir_report add column combined boolean default false not null;

create table ir_combined_source (
    combined_id  bigint   not null references ir_report (id),
    source_id    bigint   not null references ir_report (id),
    position     integer  not null,
    constraint ir_combined_source_pk primary key (combined_id, source_id),
    constraint ir_combined_source_uk unique (source_id)
);
