-- Commands in (issue 19, docs/integration.md): the role of remote subscribers of the topic tongxin.events
-- (remote-events), and the replies of the commands received on the queue tongxin.commands, one per sending account
-- and idempotency key: a command sent again with the same key is answered with the stored reply and changes nothing.
alter table pf_account_role drop constraint pf_account_role_ck;
alter table pf_account_role add constraint pf_account_role_ck
    check (role in ('member', 'office-staff', 'info-editor', 'hall-keeper', 'leader', 'service', 'handling-unit',
                    'remote-directory', 'remote-duty', 'remote-reports', 'remote-events'));

create table pf_command (
    sender       varchar(100)             not null,
    command_key  varchar(100)             not null,
    type         varchar(100)             not null,
    reply        varchar(4000)            not null,
    received_at  timestamp with time zone not null,
    constraint pf_command_pk primary key (sender, command_key)
);
