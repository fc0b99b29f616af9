-- Consultation (协商议政): grassroots consultation, "five parties, six steps" (五方六步). A topic of a town's
-- liaison group, collected from the people's-concern diary, from a contact point or typed by the office, goes
-- 收集民意 COLLECT → 确定议题 TOPIC → 议前调研 RESEARCH → 协商议事 DELIBERATE → 公示公开 PUBLISH → 跟踪落实 FOLLOW_UP → DONE;
-- each step has its date and record; the meeting its five parties and result; the close what the concern's author is told.

create sequence cs_grassroots_topic_seq start with 1 increment by 50;
create sequence cs_grassroots_step_seq start with 1 increment by 50;
create sequence cs_grassroots_party_seq start with 1 increment by 50;

create table cs_grassroots_topic (
    id                bigint         not null primary key,
    version           integer        not null,
    organisation_id   bigint         not null references pf_organisation (id),
    town_id           bigint         not null,
    town_name         varchar(100)   not null,
    group_id          bigint,
    group_name        varchar(100),
    point_id          bigint,
    point_name        varchar(100),
    source            varchar(12)    not null,
    concern_id        bigint,
    author_member_id  bigint,
    author_name       varchar(64),
    title             varchar(200)   not null,
    description       varchar(2000),
    step              varchar(12)    not null,
    collected_on      date           not null,
    topic_on          date,
    deliberated_on    date,
    result            varchar(12),
    result_reasons    varchar(2000),
    feedback          varchar(2000),
    feedback_on       date,
    created_at        timestamp with time zone not null,
    created_by        varchar(64)    not null,
    constraint cs_grassroots_source_ck check (source in ('CONCERN', 'POINT', 'OFFICE')),
    constraint cs_grassroots_step_ck check (step in ('COLLECT', 'TOPIC', 'RESEARCH', 'DELIBERATE', 'PUBLISH', 'FOLLOW_UP', 'DONE')),
    constraint cs_grassroots_result_ck check (result is null or result in ('SOLVED', 'PARTLY', 'NOT_SOLVED')),
    -- a concern becomes at most one topic
    constraint cs_grassroots_concern_uk unique (concern_id)
);
-- the list by step of an organisation subtree, newest collected first (GET /consultation/grassroots?step=)
create index cs_grassroots_list_ix on cs_grassroots_topic (organisation_id, step, collected_on);
-- the counts of a period (GET /consultation/counts): demands collected otherwise than from the diary,
-- topics set, consultations held and solved; each a range scan per organisation of the subtree
create index cs_grassroots_collected_ix on cs_grassroots_topic (organisation_id, collected_on, source);
create index cs_grassroots_topic_on_ix on cs_grassroots_topic (organisation_id, topic_on);
create index cs_grassroots_deliberated_ix on cs_grassroots_topic (organisation_id, deliberated_on, result);
-- a member's own topics (those of their concerns)
create index cs_grassroots_author_ix on cs_grassroots_topic (author_member_id);

create table cs_grassroots_step (
    id           bigint         not null primary key,
    topic_id     bigint         not null references cs_grassroots_topic (id),
    step         varchar(12)    not null,
    done_on      date           not null,
    record       varchar(2000)  not null,
    recorded_by  varchar(64)    not null,
    recorded_at  timestamp with time zone not null,
    constraint cs_grassroots_step_uk unique (topic_id, step)
);

-- who sat at the meeting: members (of the topic's organisation or the one above it) by id, the other four parties by name
create table cs_grassroots_party (
    id         bigint        not null primary key,
    topic_id   bigint        not null references cs_grassroots_topic (id),
    party      varchar(16)   not null,
    member_id  bigint,
    name       varchar(64)   not null,
    position   integer       not null,
    constraint cs_grassroots_party_ck check (party in ('MEMBER', 'PARTY_BRANCH', 'PROPERTY', 'POLICE', 'RESIDENTS'))
);
create index cs_grassroots_party_topic_ix on cs_grassroots_party (topic_id);
