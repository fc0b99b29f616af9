-- credentials (issue 13): every password change, reset or revocation advances credentials_stamp, which
-- each signed-in session compares on every request (a change ends the other sessions, on every node);
-- credential_admin_known says whether one administrator alone may know the current password (set it
-- at creation or by a single reset, or the person changed it from such a one): granting an
-- administrator role to such an account revokes the password, and only a dual-controlled reset opens it
alter table pf_account add column credentials_stamp bigint default 0 not null;
alter table pf_account add column credential_admin_known boolean default true not null;
update pf_account set credential_admin_known = false where admin_role is not null;

-- a reset of an administrator's password: asked by one administrator, approved by another; the
-- one-time password is split in two halves, the requester's kept sealed until it has been shown once
create table pf_password_reset (
    id                   bigint       not null primary key,
    version              integer      not null,
    account_id           bigint       not null references pf_account (id),
    requested_by         varchar(64)  not null,
    requested_at         timestamp with time zone not null,
    state                varchar(20)  not null,
    approved_by          varchar(64),
    decided_at           timestamp with time zone,
    requester_secret     varchar(500),
    requester_shown_at   timestamp with time zone,
    -- the account's id while the request is pending: one pending request per account
    pending_key          bigint,
    constraint pf_password_reset_pending_uk unique (pending_key),
    constraint pf_password_reset_state_ck check (state in ('PENDING', 'APPROVED', 'CANCELLED'))
);
create index pf_password_reset_account_ix on pf_password_reset (account_id, requested_at);
create sequence pf_password_reset_seq start with 1 increment by 50;
