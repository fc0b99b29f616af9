-- Issue 17: research documents as uploaded files (议前调研材料), kept in the platform's file store by their SHA-256,
-- and the study hall's reading group linked to an activity as its topic group (专题读书群).

create sequence cs_research_file_seq start with 1 increment by 50;

create table cs_research_file (
    id            bigint        not null primary key,
    trip_id       bigint        not null references cs_research_trip (id),
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamp with time zone not null,
    constraint cs_research_file_size_ck check (size_bytes > 0)
);
create index cs_research_file_trip_ix on cs_research_file (trip_id);

-- the study hall's reading group (sh_reading_group), by id only: the study hall owns the group
alter table cs_activity add column reading_group_id bigint;
