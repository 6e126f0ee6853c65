-- The root document's record, one row per write instead of one row per field (issue 3). A new deal's
-- booking confirmation offered 15 fields: 15 change rows with 4 foreign keys each and 15 field rows with
-- one, 75 key checks, about half of PostgreSQL's time in the EDIFACT benchmark. A write's references are
-- the same for all its fields, so they are now checked once per write, and the deal's once per deal.
-- Views with the old names and columns keep every reading query as it was.

-- Append-only: one write of one source (a document, a message, a Colins record) to one deal, with every
-- value it offered, in offer order: SET = the value became the root's; KEPT = it lost by the precedence rule.
create table deal_root_writes (
    id                     bigserial primary key,
    deal_id                bigint      not null references deals (id),
    source                 text        not null check (source in ('USER', 'EDIFACT', 'NACCS', 'COLINS', 'TRADEWALTZ')),
    -- the document the values were written in, if any (Colins sets values without a document)
    source_document_id     bigint references documents (id),
    source_wire_message_id bigint references wire_messages (id),
    -- who: a login, a partner's EDI identifier, a Colins terminal, a TradeWaltz trade
    source_actor           text        not null,
    source_party_id        bigint references parties (id),
    -- [{field, outcome, value, position?, other_value?, other_source?, rule?}]: position is where the field
    -- sits in the source (e.g. "UNH 1 TDT+20 C222/8212"); other_value is the root's value before (SET) or
    -- the one that held (KEPT), absent when the root had none
    offers                 jsonb       not null check (jsonb_typeof(offers) = 'array' and jsonb_array_length(offers) > 0),
    at                     timestamptz not null default now()
);
create index deal_root_writes_deal on deal_root_writes (deal_id, id);

-- Per deal, each field's value and the write that set it: {field: {value, position, write}}, the latest
-- SET offer of deal_root_writes. The write gives the source, its references and the time; written by the
-- same statement, whose references are checked there (as V31 did for deal_root_fields).
create table deal_roots (
    deal_id bigint primary key references deals (id),
    fields  jsonb  not null check (jsonb_typeof(fields) = 'object')
);

-- The old rows of one write share their deal, source, references and time (one statement wrote them,
-- consecutively): a write is a run of them, per deal in id order, so its offers keep their order and
-- the writes theirs. Writes of one deal never interleave: they take the deal's root lock.
insert into deal_root_writes (deal_id, source, source_document_id, source_wire_message_id, source_actor,
                              source_party_id, offers, at)
select deal_id, source, source_document_id, source_wire_message_id, source_actor, source_party_id,
       jsonb_agg(offer order by id), at
from (select c.*, sum(starts) over (partition by deal_id order by id) as write_no
      from (select c.*,
                   jsonb_strip_nulls(jsonb_build_object('field', field, 'outcome', outcome, 'position', source_position,
                                                        'other_source', other_source, 'rule', rule))
                       || jsonb_build_object('value', value)
                       || case when other_value is null then '{}'::jsonb
                               else jsonb_build_object('other_value', other_value) end as offer,
                   case when row(source, source_document_id, source_wire_message_id, source_actor, source_party_id, at)
                             is not distinct from
                             lag(row(source, source_document_id, source_wire_message_id, source_actor, source_party_id, at))
                                 over (partition by deal_id order by id)
                        then 0 else 1 end as starts
            from deal_root_changes c) c) c
group by deal_id, write_no, source, source_document_id, source_wire_message_id, source_actor, source_party_id, at
order by min(id);

insert into deal_roots (deal_id, fields)
select deal_id, jsonb_object_agg(field, entry)
from (select distinct on (w.deal_id, o.offer ->> 'field') w.deal_id, o.offer ->> 'field' as field,
             jsonb_strip_nulls(jsonb_build_object('position', o.offer -> 'position', 'write', w.id))
                 || jsonb_build_object('value', o.offer -> 'value') as entry
      from deal_root_writes w
           cross join lateral jsonb_array_elements(w.offers) with ordinality as o(offer, n)
      where o.offer ->> 'outcome' = 'SET'
      order by w.deal_id, o.offer ->> 'field', w.id desc, o.n desc) latest
group by deal_id;

drop table deal_root_changes;
drop table deal_root_fields;

create function deal_root_writes_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'deal_root_writes is append-only: the lineage of a root field is never rewritten';
end $$;
create trigger deal_root_writes_append_only before update or delete on deal_root_writes
    for each row execute function deal_root_writes_append_only();
drop function deal_root_changes_append_only();

-- The old tables' columns. (id, offer) orders a deal's changes: oldest write first, then in offer order;
-- id is the write's, shared by its offers.
create view deal_root_changes as
select w.id, w.deal_id, o.offer ->> 'field' as field, o.offer ->> 'outcome' as outcome, o.offer -> 'value' as value,
       w.source, w.source_document_id, w.source_wire_message_id, o.offer ->> 'position' as source_position,
       w.source_actor, w.source_party_id, o.offer -> 'other_value' as other_value,
       o.offer ->> 'other_source' as other_source, o.offer ->> 'rule' as rule, w.at, o.n as offer
from deal_root_writes w
     cross join lateral jsonb_array_elements(w.offers) with ordinality as o(offer, n);

create view deal_root_fields as
select r.deal_id, f.field, f.entry -> 'value' as value, w.source, w.source_document_id, w.source_wire_message_id,
       f.entry ->> 'position' as source_position, w.source_actor, w.source_party_id, w.at as set_at
from deal_roots r
     cross join lateral jsonb_each(r.fields) as f(field, entry)
     join deal_root_writes w on w.id = (f.entry ->> 'write')::bigint;
