-- The root document (ルート帳票, issue 6 item 2): each shared field's value once per deal with where it came
-- from, and every value offered for it, taken or refused, for the field's lineage. Single-valued fields
-- only; container and seal numbers stay in the documents' rows.

create table deal_root_fields (
    deal_id               bigint      not null references deals (id),
    field                 text        not null,
    value                 jsonb       not null,
    source                text        not null check (source in ('USER', 'EDIFACT', 'NACCS', 'COLINS', 'TRADEWALTZ')),
    -- the document the value was written in, if any (Colins sets values without a document)
    source_document_id    bigint references documents (id),
    source_wire_message_id bigint references wire_messages (id),
    -- the segment, item or record within the source, e.g. "UNH 1 TDT+20 C222/8212"
    source_position       text,
    -- who: a login, a partner's EDI identifier, a Colins terminal, a TradeWaltz trade
    source_actor          text        not null,
    source_party_id       bigint references parties (id),
    set_at                timestamptz not null default now(),
    primary key (deal_id, field)
);

-- Append-only: SET = the value became the root's; KEPT = it lost by the precedence rule (a conflict).
create table deal_root_changes (
    id                     bigserial primary key,
    deal_id                bigint      not null references deals (id),
    field                  text        not null,
    outcome                text        not null check (outcome in ('SET', 'KEPT')),
    value                  jsonb       not null,
    source                 text        not null check (source in ('USER', 'EDIFACT', 'NACCS', 'COLINS', 'TRADEWALTZ')),
    source_document_id     bigint references documents (id),
    source_wire_message_id bigint references wire_messages (id),
    source_position        text,
    source_actor           text        not null,
    source_party_id        bigint references parties (id),
    -- the root's value before (SET) or the one that held (KEPT), and its source
    other_value            jsonb,
    other_source           text,
    rule                   text,
    at                     timestamptz not null default now()
);
create index deal_root_changes_field on deal_root_changes (deal_id, field, id);

create function deal_root_changes_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'deal_root_changes is append-only: the lineage of a root field is never rewritten';
end $$;
create trigger deal_root_changes_append_only before update or delete on deal_root_changes
    for each row execute function deal_root_changes_append_only();
