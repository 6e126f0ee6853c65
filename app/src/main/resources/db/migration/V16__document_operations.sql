-- Document operations (issue 5, item 4): idempotent create, send, delete, restricted data, read
-- receipts, who-and-which-channel on every event, and bulk-download jobs.

-- Idempotency-Key of the create that made the document, per creating company and deal, with the hash of
-- that request: the same key again answers the same document, with another body it is refused. The
-- operator creates for no company (0), so its keys are one space of their own.
alter table documents
    add column idempotency_key text,
    add column request_hash    text,
    add column sent_at         timestamptz,
    add column sent_by_user    bigint references platform_users (id),
    add column sent_by         text,
    add column deleted_by      text,
    -- 限定公開: company codes that may see the document besides its creator; null = every participant
    -- the permission matrix lets read its type
    add column restricted_to   text[];
create unique index documents_idempotency_key
    on documents (coalesce(created_by_party_id, 0), deal_id, idempotency_key) where idempotency_key is not null;
create index documents_deal_sent on documents (deal_id, sent_at) where sent_at is not null and deleted_at is null;

-- Who made each change and through which channel. Rows from before V16 keep null: their detail says
-- what the code knew then.
alter table events
    add column channel        text check (channel in ('API', 'API_KEY', 'PORTAL', 'EDIFACT', 'NACCS', 'SYSTEM')),
    add column actor          text,
    add column actor_user_id  bigint references platform_users (id),
    add column actor_party_id bigint references parties (id);
create index events_deal_id on events (deal_id, id);

-- 既読: the first and the last time each person or API key (the reader: login or key:<id>) read a document.
create table document_reads (
    document_id    bigint      not null references documents (id),
    reader         text        not null,
    reader_user_id bigint references platform_users (id),
    party_id       bigint references parties (id),
    channel        text        not null,
    first_read_at  timestamptz not null default now(),
    last_read_at   timestamptz not null default now(),
    reads          int         not null default 1,
    primary key (document_id, reader)
);

-- 一括ダウンロード: a bulk download runs as a job the portal can show progress of; the file is kept
-- here for the requesting company. types = the document types it may DOWNLOAD, fixed when it asked.
create table export_jobs (
    id              bigserial primary key,
    deal_id         bigint      not null references deals (id),
    party_id        bigint references parties (id),
    company_code    text,
    requested_by    text        not null,
    requested_by_user bigint references platform_users (id),
    format          text        not null check (format in ('CSV', 'ZIP')),
    types           text[]      not null,
    status          text        not null check (status in ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
    documents_total int,
    documents_done  int         not null default 0,
    file_name       text,
    content_type    text,
    content         bytea,
    error           text,
    created_at      timestamptz not null default now(),
    started_at      timestamptz,
    finished_at     timestamptz
);
create index export_jobs_unfinished on export_jobs (id) where status in ('QUEUED', 'RUNNING');
