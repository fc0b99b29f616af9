-- Information reports: attachments. The files live outside the database (under the server's data
-- directory, or TONGXIN_ATTACHMENT_DIR), named by their SHA-256; the rows say what they are.

create sequence ir_attachment_seq start with 1 increment by 50;

create table ir_attachment (
    id            bigint        not null primary key,
    report_id     bigint        not null references ir_report (id),
    file_name     varchar(200)  not null,
    content_type  varchar(100)  not null,
    size_bytes    bigint        not null,
    sha256        varchar(64)   not null,
    uploaded_by   varchar(64)   not null,
    uploaded_at   timestamp with time zone not null,
    constraint ir_attachment_size_ck check (size_bytes > 0)
);
create index ir_attachment_report_ix on ir_attachment (report_id);
