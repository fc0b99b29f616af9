-- Handling units (承办单位) of proposals (issue 18): a new business role `handling-unit`, whose logins act for one
-- government department of the organisation's registry (pf_department).
alter table pf_account_role drop constraint pf_account_role_ck;
alter table pf_account_role add constraint pf_account_role_ck
    check (role in ('member', 'office-staff', 'info-editor', 'hall-keeper', 'leader', 'service', 'handling-unit'));

alter table pf_account add column department_id bigint references pf_department (id);
