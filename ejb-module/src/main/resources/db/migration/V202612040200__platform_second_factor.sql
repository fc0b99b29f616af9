-- Two factors (issue 15): an account's TOTP secret, sealed with the deployment's key (SecretSeal, purpose
-- pf_account.totp_secret); the last time step accepted (a code of that step or an earlier one is refused:
-- no replay); the hashes of its unused one-time recovery codes; a pending dual-controlled reset of a
-- security administrator's second factor (who asked)
alter table pf_account add column totp_secret varchar(200);
alter table pf_account add column totp_last_step bigint not null default 0;
alter table pf_account add column totp_enrolled_at timestamp with time zone;
alter table pf_account add column totp_pending_secret varchar(200);
alter table pf_account add column recovery_hashes varchar(1000);
-- a wrong code since the last complete login: a right password alone then does not clear the failure count
alter table pf_account add column second_factor_failed boolean default false not null;
alter table pf_account add column second_factor_reset_by varchar(64);

-- API access tokens (POST /api/v1/auth/token): only the SHA-256 of the token is kept; a token stands for
-- the account as it was when issued (credentials stamp, roles) and until its expiry
create table pf_api_token (
    id                 bigint       not null primary key,
    token_hash         varchar(64)  not null,
    account_id         bigint       not null references pf_account (id) on delete cascade,
    credentials_stamp  bigint       not null,
    roles              varchar(300) not null,
    created_at         timestamp with time zone not null,
    expires_at         timestamp with time zone not null,
    constraint pf_api_token_hash_uk unique (token_hash)
);
create index pf_api_token_account_ix on pf_api_token (account_id);
create index pf_api_token_expiry_ix on pf_api_token (expires_at);
create sequence pf_api_token_seq start with 1 increment by 50;
