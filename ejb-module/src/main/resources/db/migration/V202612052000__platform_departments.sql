-- Government departments (政府部门) of an organisation: the responsible departments (责任单位) that consultation
-- outcomes are sent to, and later the handling units of proposals (issue 18). A platform registry so that every
-- context names the same departments; the office creates, renames and retires them. Retired: kept for the records
-- that name it, never chosen again.
create sequence pf_department_seq start with 1 increment by 50;

create table pf_department (
    id               bigint        not null primary key,
    version          integer       not null,
    organisation_id  bigint        not null references pf_organisation (id),
    name             varchar(100)  not null,
    created_at       timestamp with time zone not null,
    created_by       varchar(64)   not null,
    retired_at       timestamp with time zone,
    -- one name per organisation; the registry's list reads by organisation
    constraint pf_department_org_name_uk unique (organisation_id, name)
);
