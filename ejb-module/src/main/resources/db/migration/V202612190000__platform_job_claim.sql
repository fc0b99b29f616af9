-- Issue 21 (cluster): the timers whose work must happen once however many nodes share the database. Each node's
-- timer fires; the first to claim the job's row for the period (a conditional update: last_run older than the
-- job's gap) does the work, the others skip that round (org.tongxin.platform.application.ClusterJobs).
create table pf_job_claim (
    name      varchar(40)              not null primary key,
    last_run  timestamp with time zone,
    node      varchar(64)
);
insert into pf_job_claim (name) values ('daily-reminders');
insert into pf_job_claim (name) values ('proposal-reminders');
insert into pf_job_claim (name) values ('hall-housekeeping');
insert into pf_job_claim (name) values ('directory-sweep');
