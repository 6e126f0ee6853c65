-- Minato Hub foundation schema: parties, deals, documents, wire messages, events, NACCS submissions.

create table parties (
    id             bigserial primary key,
    code           text        not null unique,
    name           text        not null,
    business_types text[]      not null default '{}',
    created_at     timestamptz not null default now()
);

create sequence deal_number_seq;

create table deals (
    id             bigserial primary key,
    number         text        not null unique,
    direction      text        not null check (direction in ('EXPORT', 'IMPORT')),
    booking_no     text,
    carrier_code   text,
    bl_no          text,
    owner_party_id bigint references parties (id),
    created_at     timestamptz not null default now(),
    updated_at     timestamptz not null default now()
);
-- An export deal is found by booking number + carrier; the index makes find-or-create race-free.
create unique index deals_booking_carrier on deals (booking_no, carrier_code)
    where booking_no is not null and carrier_code is not null;

create table wire_messages (
    id           bigserial primary key,
    channel      text        not null,
    direction    text        not null check (direction in ('IN', 'OUT')),
    partner      text,
    status       text        not null,
    content_type text,
    file_name    text,
    raw          bytea       not null,
    correlation  jsonb       not null default '{}',
    reason       text,
    deal_id      bigint references deals (id),
    document_id  bigint,
    attempts     int         not null default 0,
    received_at  timestamptz not null default now(),
    processed_at timestamptz
);
create index wire_messages_status on wire_messages (status);
create index wire_messages_correlation on wire_messages using gin (correlation);

create table documents (
    id                bigserial primary key,
    deal_id           bigint      not null references deals (id),
    type              text        not null,
    version           int         not null default 1,
    etag              text        not null,
    status            text        not null check (status in ('DRAFT', 'SENT', 'RECEIVED', 'LOCKED')),
    fields            jsonb       not null,
    source_message_id bigint references wire_messages (id),
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index documents_deal on documents (deal_id);
alter table wire_messages add constraint wire_messages_document foreign key (document_id) references documents (id);

-- Idempotency of inbound EDIFACT: one row per sender + interchange ref + message ref.
create table edifact_receipts (
    sender          text        not null,
    interchange_ref text        not null,
    message_ref     text        not null,
    wire_message_id bigint      not null references wire_messages (id),
    deal_id         bigint      not null references deals (id),
    document_id     bigint      not null references documents (id),
    received_at     timestamptz not null default now(),
    primary key (sender, interchange_ref, message_ref)
);

create sequence naccs_input_id_seq;

create table naccs_submissions (
    id                    bigserial primary key,
    deal_id               bigint      not null references deals (id),
    source_document_id    bigint      not null references documents (id),
    business_code         text        not null,
    naccs_user_id         text        not null,
    hand_over_info        text        not null unique,
    input_id_number       text        not null unique,
    status                text        not null,
    result_codes          jsonb       not null default '[]',
    export_control_number text,
    reason                text,
    outbound_message_id   bigint references wire_messages (id),
    created_at            timestamptz not null default now(),
    updated_at            timestamptz not null default now()
);
create index naccs_submissions_deal on naccs_submissions (deal_id);

create table events (
    id              bigserial primary key,
    type            text        not null,
    deal_id         bigint references deals (id),
    document_id     bigint references documents (id),
    wire_message_id bigint references wire_messages (id),
    detail          jsonb       not null default '{}',
    occurred_at     timestamptz not null default now()
);
create index events_deal on events (deal_id, occurred_at);
