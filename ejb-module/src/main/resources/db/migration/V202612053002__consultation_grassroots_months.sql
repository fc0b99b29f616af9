-- Consultation, grassroots: the four figures of GET /consultation/counts by organisation and month (a roll-up),
-- kept in the transaction that creates a topic or takes its step, so that the figures of a long period are a sum
-- over months (and two partial months counted from the topics) instead of a count over every topic of the period.
-- measure: COLLECTED (collected otherwise than from the diary, by the day collected), TOPIC (by the TOPIC step's
-- day), MEETING (by the meeting's day), SOLVED (meetings with the result SOLVED, by the meeting's day).
-- Nothing to fill: the grassroots tables are of the same release (V202612053000), and every topic is made through
-- the repository call that keeps this table.

create table cs_grassroots_month (
    organisation_id  bigint       not null references pf_organisation (id),
    month_start      date         not null,
    measure          varchar(12)  not null,
    topics           bigint       not null,
    constraint cs_grassroots_month_pk primary key (organisation_id, month_start, measure),
    constraint cs_grassroots_month_measure_ck check (measure in ('COLLECTED', 'TOPIC', 'MEETING', 'SOLVED')),
    constraint cs_grassroots_month_ck check (topics >= 0)
);
