-- Consultation, grassroots: the four figures of GET /consultation/counts by organisation and YEAR, beside the
-- monthly roll-up (V202612053002) and kept in the same transaction, so that a period of many years reads one row
-- a year (and the months and days at its edges) instead of one row a month: with ten years of a province's
-- history the counts read ~5,000 rows instead of ~60,000 (docs/performance.md, consultation benchmark).
-- Filled from the monthly roll-up, which holds every topic made so far.

create table cs_grassroots_year (
    organisation_id  bigint       not null references pf_organisation (id),
    year_start       date         not null,
    measure          varchar(12)  not null,
    topics           bigint       not null,
    constraint cs_grassroots_year_pk primary key (organisation_id, year_start, measure),
    constraint cs_grassroots_year_measure_ck check (measure in ('COLLECTED', 'TOPIC', 'MEETING', 'SOLVED')),
    constraint cs_grassroots_year_ck check (topics >= 0)
);

insert into cs_grassroots_year (organisation_id, year_start, measure, topics)
select organisation_id, year_start, measure, sum(topics)
  from (select organisation_id, measure, topics,
               cast(concat(cast(extract(year from month_start) as integer), '-01-01') as date) as year_start
          from cs_grassroots_month) m
 group by organisation_id, year_start, measure;
