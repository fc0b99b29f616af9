-- PostgreSQL only: the audit trail cannot be rewritten, even by a careless SQL session of the application.
create or replace function pf_audit_entry_immutable() returns trigger language plpgsql as $$
begin
    raise exception 'pf_audit_entry is append-only';
end;
$$;

create trigger pf_audit_entry_no_update before update or delete on pf_audit_entry
    for each row execute function pf_audit_entry_immutable();
