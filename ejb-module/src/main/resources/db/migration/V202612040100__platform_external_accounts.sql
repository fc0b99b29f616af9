-- Directory and single sign-on (issue 15): an account says who vouches for it at login. A directory
-- or provider account has no usable local password; the source's subject (a DN or entryUUID, an
-- OpenID Connect `sub`) finds it again at every login, whatever its login name became.
alter table pf_account add column source varchar(10) default 'LOCAL' not null;
alter table pf_account add column external_subject varchar(500);
alter table pf_account add constraint pf_account_source_ck check (source in ('LOCAL', 'LDAP', 'OIDC'));
alter table pf_account add constraint pf_account_external_ck
    check ((source = 'LOCAL' and external_subject is null) or (source <> 'LOCAL' and external_subject is not null));
create unique index pf_account_external_ux on pf_account (source, external_subject);
