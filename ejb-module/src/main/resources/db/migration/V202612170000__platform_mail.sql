-- E-mail beside the in-app notifications, and the daily reminders (issue 20, "E-mail and reminders").

-- Each person's choices: an address, the language of their mail, and which kinds of notification also come by
-- e-mail (topics: names of org.tongxin.platform.application.MailTopic, comma-separated; empty: none).
create table pf_mail_preference (
    account_id  bigint        not null primary key references pf_account (id),
    version     integer       not null,
    email       varchar(254),
    language    varchar(10)   not null,
    topics      varchar(200)  not null,
    updated_at  timestamp with time zone not null,
    constraint pf_mail_preference_language_ck check (language in ('zh-CN', 'en'))
);

-- The outbox: a mail is written in the transaction of the act it reports and sent after commit (or by the
-- dispatcher's timer), retried with a growing pause, and marked FAILED with the last error after the last attempt.
create table pf_mail_outbox (
    id               bigint        not null primary key,
    account_id       bigint        not null references pf_account (id),
    recipient        varchar(254)  not null,
    language         varchar(10)   not null,
    message_key      varchar(100)  not null,
    arguments        varchar(1000) not null,
    link             varchar(300),
    created_at       timestamp with time zone not null,
    status           varchar(10)   not null,
    attempts         integer       not null,
    next_attempt_at  timestamp with time zone not null,
    sent_at          timestamp with time zone,
    last_error       varchar(500),
    constraint pf_mail_outbox_status_ck check (status in ('PENDING', 'SENT', 'FAILED'))
);
create sequence pf_mail_outbox_seq start with 1 increment by 50;
-- the dispatcher's question: what is due now
create index pf_mail_outbox_due_ix on pf_mail_outbox (status, next_attempt_at);
create index pf_mail_outbox_account_ix on pf_mail_outbox (account_id, created_at);

-- Reminders sent, one row each, so that a reminder goes out once whatever the number of runs or nodes.
create table pf_reminder (
    reminder_key  varchar(200)  not null primary key,
    account_id    bigint        not null references pf_account (id),
    sent_at       timestamp with time zone not null
);
