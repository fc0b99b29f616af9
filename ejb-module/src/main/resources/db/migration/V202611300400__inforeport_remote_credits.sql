-- What a report forwarded to another deployment earned there: adoptions and leaders' instructions, read
-- back from that deployment (GET /api/v1/inbound/reports/{idempotency key}) and credited to the authors
-- here, once each (the key), withdrawn when the adoption is voided there.
alter table ir_delivery add column followed_at timestamp with time zone;
create index ir_delivery_follow_ix on ir_delivery (status, followed_at);

create sequence ir_remote_credit_seq start with 1 increment by 50;
create table ir_remote_credit (
    id            bigint                   primary key,
    delivery_id   bigint                   not null references ir_delivery (id),
    report_id     bigint                   not null references ir_report (id),
    kind          varchar(12)              not null,
    remote_key    varchar(80)              not null,
    level         varchar(10)              not null,
    occurred_on   date                     not null,
    label         varchar(200)             not null,
    recorded_at   timestamp with time zone not null,
    voided_at     timestamp with time zone,
    constraint ir_remote_credit_uk unique (delivery_id, kind, remote_key),
    constraint ir_remote_credit_kind_ck check (kind in ('ADOPTION', 'INSTRUCTION')),
    constraint ir_remote_credit_level_ck check (level in ('COUNTY', 'CITY', 'PROVINCE', 'NATIONAL'))
);
create index ir_remote_credit_report_ix on ir_remote_credit (report_id);
