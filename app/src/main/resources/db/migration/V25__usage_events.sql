-- 利用実績 (usage): every operation of a company on a deal that the fee rules (別紙2 利用料細則) look at,
-- also the ones they exclude, written in the same transaction as the operation itself. Append-only:
-- the monthly fee is recomputed from these rows, so a company can check its invoice against them.
create table usage_events (
    id               bigserial primary key,
    party_id         bigint      not null references parties (id),
    deal_id          bigint      not null references deals (id),
    document_id      bigint,
    document_type    text,
    operation        text        not null check (operation in ('REGISTER', 'UPDATE', 'SUBMIT', 'FETCH', 'DELETE',
                                                               'MESSAGE', 'TASK', 'SETTINGS')),
    channel          text        not null check (channel in ('PORTAL', 'API', 'EDIFACT', 'NACCS', 'COLINS',
                                                             'TRADEWALTZ')),
    -- the business types the company held on the deal at the time (a carrier providing data, a terminal
    -- answering an inquiry)
    acting_as        text[]      not null default '{}',
    -- the deal is a terminal inquiry (it has a UL480): not counted but for the answering terminal
    terminal_inquiry boolean     not null default false,
    event_id         bigint references events (id),
    occurred_at      timestamptz not null default now()
);
create index usage_events_party_time on usage_events (party_id, occurred_at);

create function usage_events_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'usage events are append-only (% on usage_events)', tg_op;
end
$$;
create trigger usage_events_append_only before update or delete on usage_events
    for each statement execute function usage_events_append_only();
