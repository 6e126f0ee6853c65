-- TradeWaltz (issue 6 item 4): which deal each TradeWaltz trade linkage became, every request version received
-- (request id + version: applied once, an older version after a newer one recorded and not applied), the
-- documents each linkage fills, the feed's cursor, and the status updates owed to TradeWaltz.

-- 連携ID: a TradeWaltz trade's link with the platform; one deal per linkage.
create table tradewaltz_linkages (
    linkage_id         text        primary key,
    trade_id           text        not null,
    kind               text        not null check (kind in ('EXPORT_SHIPPING_REQUEST', 'IMPORT_HANDLING_REQUEST')),
    deal_id            bigint      not null unique references deals (id),
    forwarder_party_id bigint      not null references parties (id),
    requester_party_id bigint references parties (id),
    request_id         text        not null,
    request_version    int         not null,
    created_at         timestamptz not null default now(),
    updated_at         timestamptz not null default now()
);

-- Every request version received; the primary key is what applies a request once however it comes
-- (webhook, feed, re-processing).
create table tradewaltz_requests (
    request_id      text        not null,
    version         int         not null check (version >= 1),
    linkage_id      text        not null,
    kind            text        not null,
    outcome         text        not null check (outcome in ('APPLIED', 'SUPERSEDED')),
    deal_id         bigint references deals (id),
    wire_message_id bigint      not null references wire_messages (id),
    submitted_at    timestamptz,
    received_at     timestamptz not null default now(),
    primary key (request_id, version)
);
create index tradewaltz_requests_linkage on tradewaltz_requests (linkage_id);

-- The documents a linkage fills (UL040; UL280 and UL270), each with the request version last written to it.
create table tradewaltz_documents (
    linkage_id      text        not null references tradewaltz_linkages (linkage_id),
    type            text        not null,
    document_id     bigint      not null unique references documents (id),
    request_id      text        not null,
    request_version int         not null,
    updated_at      timestamptz not null default now(),
    primary key (linkage_id, type)
);

-- Where the next poll of the request feed starts, and how the last one went.
create table tradewaltz_cursors (
    feed                 text primary key,
    cursor               text,
    last_wire_message_id bigint references wire_messages (id),
    polled_at            timestamptz,
    last_error           text,
    last_error_at        timestamptz
);

-- Status owed to TradeWaltz, once per linkage and status, written in the transaction of its cause: the
-- request applied (ACCEPTED), a document of the deal sent (DOCUMENTS_SENT), the NACCS export/import permit
-- recorded (PERMITTED). The status route sends them and retries with back-off.
create table tradewaltz_status_outbox (
    id              bigserial   primary key,
    linkage_id      text        not null references tradewaltz_linkages (linkage_id),
    deal_id         bigint      not null references deals (id),
    status          text        not null check (status in ('ACCEPTED', 'DOCUMENTS_SENT', 'PERMITTED')),
    detail          jsonb       not null default '{}',
    state           text        not null default 'PENDING' check (state in ('PENDING', 'SENT', 'FAILED')),
    attempts        int         not null default 0,
    next_attempt_at timestamptz not null default now(),
    locked_until    timestamptz,
    wire_message_id bigint references wire_messages (id),
    last_error      text,
    created_at      timestamptz not null default now(),
    sent_at         timestamptz,
    unique (linkage_id, status)
);
create index tradewaltz_status_outbox_due on tradewaltz_status_outbox (next_attempt_at) where state = 'PENDING';

-- A document of a linked deal sent (送信), whichever code path records it.
create function tradewaltz_documents_sent() returns trigger language plpgsql as $$
begin
    insert into tradewaltz_status_outbox (linkage_id, deal_id, status, detail)
    select l.linkage_id, new.deal_id, 'DOCUMENTS_SENT',
           jsonb_build_object('documentId', new.document_id, 'type', new.detail ->> 'type', 'eventId', new.id)
    from tradewaltz_linkages l where l.deal_id = new.deal_id
    on conflict (linkage_id, status) do nothing;
    return null;
end
$$;
create trigger events_tradewaltz_documents_sent after insert on events for each row
    when (new.type = 'DOCUMENT_SENT' and new.deal_id is not null)
    execute function tradewaltz_documents_sent();

-- 許可: a NACCS output recorded a declaration's permit date-time for a linked deal (SAD0020 permittedAt).
create function tradewaltz_permitted() returns trigger language plpgsql as $$
begin
    insert into tradewaltz_status_outbox (linkage_id, deal_id, status, detail)
    select l.linkage_id, new.deal_id, 'PERMITTED',
           jsonb_build_object('declarationNumber', substring(new.subject from length('DECLARATION:') + 1),
                              'permittedAt', new.value, 'wireMessageId', new.wire_message_id)
    from tradewaltz_linkages l where l.deal_id = new.deal_id
    on conflict (linkage_id, status) do nothing;
    return null;
end
$$;
create trigger naccs_customs_state_tradewaltz_permitted after insert or update on naccs_customs_state for each row
    when (new.field = 'permittedAt' and new.value is not null and new.subject like 'DECLARATION:%')
    execute function tradewaltz_permitted();

-- TradeWaltz is a way changes reach a deal. A later migration that redefines this check must keep every value.
alter table events drop constraint events_channel_check;
alter table events add constraint events_channel_check
    check (channel in ('API', 'API_KEY', 'PORTAL', 'EDIFACT', 'NACCS', 'SYSTEM', 'COLINS', 'TRADEWALTZ'));
