-- Forwarding between deployments: a county (or a city) may run its own deployment; its reports go up
-- to a parent hosted elsewhere through that deployment's REST API, with a service account.

-- service accounts: other deployments calling this one
alter table pf_account_role drop constraint pf_account_role_ck;
alter table pf_account_role add constraint pf_account_role_ck
    check (role in ('member', 'office-staff', 'info-editor', 'hall-keeper', 'leader', 'service'));

-- Where an organisation's reports go when forwarded: its parent, hosted by another deployment.
create table ir_route (
    organisation_id  bigint                   primary key references pf_organisation (id),
    base_url         varchar(300)             not null,
    username         varchar(64)              not null,
    secret           varchar(200)             not null,
    target_code      varchar(40)              not null,
    target_name      varchar(100)             not null,
    updated_at       timestamp with time zone not null,
    updated_by       varchar(64)              not null
);

-- A report on its way to another deployment: retried with back-off until delivered.
create sequence ir_delivery_seq start with 1 increment by 50;
create table ir_delivery (
    id                bigint                   primary key,
    version           integer                  not null,
    report_id         bigint                   not null references ir_report (id),
    organisation_id   bigint                   not null references pf_organisation (id),
    base_url          varchar(300)             not null,
    target_code       varchar(40)              not null,
    target_name       varchar(100)             not null,
    idempotency_key   varchar(36)              not null,
    status            varchar(10)              not null,
    attempts          integer                  not null,
    next_attempt_at   timestamp with time zone,
    last_error        varchar(500),
    remote_report_id  bigint,
    created_at        timestamp with time zone not null,
    delivered_at      timestamp with time zone,
    constraint ir_delivery_key_uk unique (idempotency_key),
    constraint ir_delivery_report_uk unique (report_id),
    constraint ir_delivery_status_ck check (status in ('PENDING', 'DELIVERED', 'REJECTED')),
    constraint ir_delivery_attempts_ck check (attempts >= 0)
);
create index ir_delivery_due_ix on ir_delivery (status, next_attempt_at);

-- A report received from another deployment, once per idempotency key, with where it came from.
create table ir_inbound (
    idempotency_key           varchar(80)              primary key,
    report_id                 bigint                   not null references ir_report (id),
    origin_deployment         varchar(300)             not null,
    origin_report_id          bigint                   not null,
    origin_organisation_code  varchar(40)              not null,
    origin_organisation_name  varchar(100)             not null,
    authors                   varchar(1000)            not null,
    received_by               varchar(64)              not null,
    received_at               timestamp with time zone not null,
    constraint ir_inbound_report_uk unique (report_id)
);
