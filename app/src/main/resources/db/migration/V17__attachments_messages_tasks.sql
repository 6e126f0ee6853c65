-- Around the documents of a deal (issue 5, item 4): attachments on a document, messages on a deal, tasks.

-- 添付ファイル: the file itself in PostgreSQL, so a backup of the database is a backup of everything. The type
-- is the one detected from the content; the uploader is kept as company, user and the name it acted under
-- (an API key has no user).
create table document_attachments (
    id                   bigserial primary key,
    document_id          bigint      not null references documents (id),
    deal_id              bigint      not null references deals (id),
    file_name            text        not null check (file_name <> ''),
    content_type         text        not null,
    size_bytes           bigint      not null check (size_bytes > 0),
    sha256               text        not null,
    content              bytea       not null,
    uploaded_by_party_id bigint references parties (id),
    uploaded_by_user     bigint references platform_users (id),
    uploaded_by_name     text        not null,
    uploaded_at          timestamptz not null default now()
);
create index document_attachments_document on document_attachments (document_id, id);
-- images, PDF and OOXML are compressed already: store them out of line without another compression attempt
alter table document_attachments alter column content set storage external;

-- メッセージ: a deal's conversation. visible_to null = every participant; otherwise the message is
-- restricted data, visible to the author's company and the named companies only (parties.id).
create table deal_messages (
    id               bigserial primary key,
    deal_id          bigint      not null references deals (id),
    author_party_id  bigint references parties (id),
    author_user      bigint references platform_users (id),
    author_name      text        not null,
    body             text        not null check (char_length(body) between 1 and 4000),
    visible_to       bigint[] check (visible_to is null or cardinality(visible_to) > 0),
    created_at       timestamptz not null default now()
);
create index deal_messages_deal on deal_messages (deal_id, id);

-- タスク: work one participant asks of another (or of itself) on a deal, optionally about one document.
create table deal_tasks (
    id                  bigserial primary key,
    deal_id             bigint      not null references deals (id),
    title               text        not null check (char_length(title) between 1 and 200),
    description         text check (char_length(description) <= 4000),
    document_id         bigint references documents (id),
    assignee_party_id   bigint      not null references parties (id),
    assignee_user       bigint references platform_users (id),
    due_date            date,
    status              text        not null default 'OPEN' check (status in ('OPEN', 'DONE', 'CANCELLED')),
    created_by_party_id bigint references parties (id),
    created_by_user     bigint references platform_users (id),
    created_by_name     text        not null,
    updated_by_party_id bigint references parties (id),
    updated_by_user     bigint references platform_users (id),
    updated_by_name     text        not null,
    created_at          timestamptz not null default now(),
    updated_at          timestamptz not null default now()
);
create index deal_tasks_deal on deal_tasks (deal_id, id);
create index deal_tasks_assignee on deal_tasks (assignee_party_id, status);
