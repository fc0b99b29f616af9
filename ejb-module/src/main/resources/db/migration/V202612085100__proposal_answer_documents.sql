-- The signed answer document (PDF) a lead unit uploads with its answer (issue 18): one per proposal, the latest kept;
-- the bytes are in the platform's file store (pf file store, by SHA-256), like the reports' attachments.
create table pp_answer_document (
    proposal_id   bigint         not null primary key references pp_proposal (id),
    version       integer        not null,
    file_name     varchar(200)   not null,
    content_type  varchar(100)   not null,
    size_bytes    bigint         not null,
    sha256        varchar(64)    not null,
    uploaded_by   varchar(64)    not null,
    uploaded_at   timestamp with time zone not null
);
