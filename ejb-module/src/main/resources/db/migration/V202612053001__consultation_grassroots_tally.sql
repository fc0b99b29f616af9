-- Consultation, grassroots: how many topics each organisation has at each step, kept in the transaction that
-- creates a topic or moves it a step, so that a list's total by step over a whole province is a sum of at most
-- seven rows per organisation instead of a count over every topic of its history (GET /consultation/grassroots?step=).
-- And the list by step over many organisations walks one index in its order, newest first.

create table cs_grassroots_tally (
    organisation_id  bigint       not null references pf_organisation (id),
    step             varchar(12)  not null,
    topics           bigint       not null,
    constraint cs_grassroots_tally_pk primary key (organisation_id, step),
    constraint cs_grassroots_tally_ck check (topics >= 0)
);

insert into cs_grassroots_tally (organisation_id, step, topics)
    select organisation_id, step, count(*) from cs_grassroots_topic group by organisation_id, step;

create index cs_grassroots_step_ix on cs_grassroots_topic (step, collected_on, id);
