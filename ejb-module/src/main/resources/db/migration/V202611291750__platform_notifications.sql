-- Platform: notifications in the platform (a list on the home page). The text is stored as a bundle key
-- and its arguments, so that each reader sees it in their own language.

create sequence pf_notification_seq start with 1 increment by 50;

create table pf_notification (
    id           bigint       not null primary key,
    account_id   bigint       not null references pf_account (id),
    created_at   timestamp with time zone not null,
    message_key  varchar(100) not null,
    arguments    varchar(1000) not null,
    link         varchar(300),
    read_at      timestamp with time zone
);
create index pf_notification_account_ix on pf_notification (account_id, created_at);
