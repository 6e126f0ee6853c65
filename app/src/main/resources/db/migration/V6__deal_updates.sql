-- Every inbound EDIFACT message type, not only booking confirmations: a status or gate message
-- adds events without a document, import deals are keyed by B/L number, and a terminal's
-- message that names only a container finds its deal through the containers deals carry.

alter table edifact_receipts alter column document_id drop not null;

-- An import deal is found by B/L number; the index makes find-or-create race-free.
create unique index deals_import_bl on deals (bl_no) where direction = 'IMPORT' and bl_no is not null;

create table deal_containers (
    container_no    text        not null,
    deal_id         bigint      not null references deals (id),
    wire_message_id bigint references wire_messages (id),
    added_at        timestamptz not null default now(),
    primary key (container_no, deal_id)
);
create index deal_containers_deal on deal_containers (deal_id);

-- A deal holds one document per type, except where a type is per container and movement (an EIR
-- for each gate-in and gate-out): the subject tells those apart.
alter table documents add column subject text;
create index documents_deal_type_subject on documents (deal_id, type, subject);
