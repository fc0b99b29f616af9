-- Remote EJB facades (issue 19, docs/integration.md): the roles of the office's other Jakarta EE systems' service
-- accounts, one per facade: the member directory, the duty ledger, report intake.
alter table pf_account_role drop constraint pf_account_role_ck;
alter table pf_account_role add constraint pf_account_role_ck
    check (role in ('member', 'office-staff', 'info-editor', 'hall-keeper', 'leader', 'service', 'handling-unit',
                    'remote-directory', 'remote-duty', 'remote-reports'));
