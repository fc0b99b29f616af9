-- Roster to logins (issue 14): one account per member and one member per account, kept by the
-- database (a unique index allows any number of members without an account: nulls are distinct)
drop index cm_member_account_ix;
create unique index cm_member_account_ux on cm_member (account_id);

-- The slips of one bulk creation of member logins: the one-time passwords sealed with the deployment's
-- key (SecretSeal, purpose cm_login_slip.password), for the office that created them to print the
-- sheet of slips for a day; expired batches are deleted when the next one is made
create table cm_login_slip (
    id               bigint       not null primary key,
    batch            varchar(36)  not null,
    line_no          integer      not null,
    member_id        bigint       not null references cm_member (id),
    username         varchar(64)  not null,
    sealed_password  varchar(500) not null,
    created_by       bigint       not null,
    created_at       timestamp with time zone not null,
    expires_at       timestamp with time zone not null,
    constraint cm_login_slip_line_uk unique (batch, line_no)
);
create index cm_login_slip_expiry_ix on cm_login_slip (expires_at);
create sequence cm_login_slip_seq start with 1 increment by 50;
