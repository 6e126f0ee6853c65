-- Webhooks (issue 5 item 5): per-company targets, an outbox filled in the event's own transaction,
-- one delivery per event × target with a unique history id, and every attempt logged.

create table webhook_targets (
    id               bigserial primary key,
    party_id         bigint      not null references parties (id),
    url              text        not null,
    -- AES-256-GCM (minato.webhooks.secret-key), never returned: the hub must sign with it, so not a hash
    secret_encrypted text        not null,
    -- the webhook event types wanted; empty = all six
    events           text[]      not null default '{}',
    active           boolean     not null default true,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now()
);
create index webhook_targets_party on webhook_targets (party_id);

-- The outbox: a row per webhook event, written by a trigger in the transaction that records the
-- event, so no code path that inserts an event can forget it and a broker that is down loses nothing.
-- The dispatcher turns each row into deliveries after commit (then the deal's participants are in).
create table webhook_outbox (
    event_id    bigint      primary key references events (id),
    recorded_at timestamptz not null default now()
);

create function webhook_outbox_add() returns trigger language plpgsql as $$
begin
    insert into webhook_outbox (event_id) values (new.id);
    return null;
end
$$;

create trigger events_webhook_outbox after insert on events for each row
    when (new.type in ('DEAL_CREATED', 'ORGANIZATION_ADDED', 'ORGANIZATION_REMOVED', 'DOCUMENT_SENT',
                       'DOCUMENT_DELETED', 'NACCS_DATA_RECEIVED'))
    execute function webhook_outbox_add();

create table webhook_deliveries (
    id               bigserial primary key,
    -- what receivers dedupe by: the same on every attempt and replay of this event to this target
    history_id       uuid        not null unique,
    event_id         bigint      not null references events (id),
    -- null once the target is deleted; the delivery stays as history
    target_id        bigint      references webhook_targets (id) on delete set null,
    party_id         bigint      not null references parties (id),
    event_type       text        not null,
    payload          jsonb       not null,
    status           text        not null check (status in ('PENDING', 'RETRYING', 'DELIVERED', 'FAILED')),
    -- every attempt ever (the log's numbering); round_attempts since the last replay (the retry budget)
    attempts         int         not null default 0,
    round_attempts   int         not null default 0,
    replays          int         not null default 0,
    next_attempt_at  timestamptz not null default now(),
    -- a claim: queued or being sent until then; past it, the dispatcher queues the delivery again
    locked_until     timestamptz,
    last_status_code int,
    last_error       text,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    delivered_at     timestamptz,
    unique (event_id, target_id)
);
create index webhook_deliveries_due on webhook_deliveries (next_attempt_at) where status in ('PENDING', 'RETRYING');
create index webhook_deliveries_party on webhook_deliveries (party_id, id);

create table webhook_delivery_attempts (
    delivery_id  bigint      not null references webhook_deliveries (id),
    attempt      int         not null,
    replay       int         not null,
    started_at   timestamptz not null,
    finished_at  timestamptz not null default now(),
    status_code  int,
    error        text,
    outcome      text        not null check (outcome in ('DELIVERED', 'RETRYING', 'FAILED')),
    primary key (delivery_id, attempt)
);
