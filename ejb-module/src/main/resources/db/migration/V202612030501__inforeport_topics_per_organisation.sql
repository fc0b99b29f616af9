-- Information reports: topics per organisation. The topics so far stay global (organisation_id null); an
-- information editor adds topics of the organisation's own (code T<organisation id>-<n>), renames and retires them,
-- and hides a global topic for the organisation alone (ir_topic_hidden). Reports keep naming their topic by code.

create sequence ir_topic_seq start with 1001 increment by 50;

alter table ir_topic add column id bigint;
alter table ir_topic add column version integer default 0 not null;
alter table ir_topic add column organisation_id bigint references pf_organisation (id);
update ir_topic set id = position;
alter table ir_topic alter column id set not null;
alter table ir_topic add constraint ir_topic_id_uk unique (id);
-- an organisation's own topics are named once in each language (global ones are checked by the service)
alter table ir_topic add constraint ir_topic_name_zh_uk unique (organisation_id, name_zh);
alter table ir_topic add constraint ir_topic_name_en_uk unique (organisation_id, name_en);
-- the topics an organisation sees: the global ones and its own
create index ir_topic_org_ix on ir_topic (organisation_id);

-- A global topic one organisation does not use (its reports already filed under it keep it).
create table ir_topic_hidden (
    organisation_id  bigint       not null references pf_organisation (id),
    topic_code       varchar(30)  not null references ir_topic (code),
    constraint ir_topic_hidden_pk primary key (organisation_id, topic_code)
);
