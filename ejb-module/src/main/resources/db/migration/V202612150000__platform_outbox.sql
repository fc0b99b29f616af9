-- Platform: the outbox of integration events (issue 19, docs/integration.md). A context's change and the events it
-- tells other systems are written in one transaction; the relay publishes the rows after the commit on the JMS topic
-- tongxin.events, in id order per aggregate, and marks them published (kept a while for audit, then deleted).
create sequence pf_outbox_seq start with 1 increment by 1;

create table pf_outbox (
    id               bigint                   not null primary key,
    event_id         varchar(36)              not null,
    type             varchar(100)             not null,
    subject          varchar(200)             not null,
    aggregate        varchar(200)             not null,
    organisation_id  bigint                   not null,
    occurred_at      timestamp with time zone not null,
    data             varchar(10000)           not null,
    published_at     timestamp with time zone,
    attempts         integer                  default 0 not null,
    last_error       varchar(500),
    constraint pf_outbox_event_uk unique (event_id)
);
-- the relay's question: the unpublished rows in id order; housekeeping's: the published ones by age
create index pf_outbox_pending_ix on pf_outbox (published_at, id);

-- One row that a relay locks (select ... for update) while it publishes, so that two nodes never publish at once.
create table pf_outbox_relay (
    name      varchar(30)              not null primary key,
    last_run  timestamp with time zone
);
insert into pf_outbox_relay (name) values ('relay');
