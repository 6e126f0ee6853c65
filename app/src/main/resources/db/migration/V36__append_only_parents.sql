-- Deals, documents, events, parties, platform users and wire messages are never deleted: a deleted document or a
-- removed participant is a status, a disabled user is a flag, the wire-message archive keeps everything. No code
-- deletes them; from now on the database refuses it too, and refuses a change of their ids.
--
-- That makes the foreign keys from the rows an inbound message writes by the dozen to these tables cost without
-- protecting anything a write could not check itself: a reference to a row that can never go away can only be
-- wrong at the moment it is written, and every writer takes these ids from rows it has just read or inserted in
-- the same transaction. The keys were measured as about 30 % of the hub's end-to-end EDIFACT throughput (issue 3;
-- a new deal from a booking confirmation checked about 75 references, each a SELECT … FOR KEY SHARE on the
-- parent, on the shared party and wire-message rows a MultiXact across the concurrent consumers). So the tables
-- on that path drop them, and `dangling_references` lists any reference written wrong, for an operator to run
-- and for the tests to assert empty.
--
-- Kept: references to tables whose rows can be deleted (deal_grants.organization_id), a document's deal, and every
-- key of the other tables an inbound message writes (edifact_receipts, deal_containers, …).

create function refuse_delete() returns trigger language plpgsql as $$
begin
    raise exception '% rows are never deleted (append-only; mark them instead): they cannot be deleted', tg_table_name
        using errcode = 'integrity_constraint_violation';
end
$$;

create function refuse_id_change() returns trigger language plpgsql as $$
begin
    raise exception '% ids never change: other rows refer to them without foreign keys', tg_table_name
        using errcode = 'integrity_constraint_violation';
end
$$;

do $$
declare
    parent text;
begin
    foreach parent in array array['deals', 'documents', 'events', 'parties', 'platform_users', 'wire_messages'] loop
        execute format('create trigger %I before delete on %I for each statement execute function refuse_delete()',
                       parent || '_never_deleted', parent);
        execute format('create trigger %I before truncate on %I for each statement execute function refuse_delete()',
                       parent || '_never_truncated', parent);
        execute format('create trigger %I before update of id on %I for each statement execute function refuse_id_change()',
                       parent || '_id_fixed', parent);
    end loop;
end
$$;

alter table documents
    drop constraint documents_source_message_id_fkey,
    drop constraint documents_created_by_party_id_fkey,
    drop constraint documents_created_by_user_fkey,
    drop constraint documents_sent_by_user_fkey;
alter table events
    drop constraint events_deal_id_fkey,
    drop constraint events_document_id_fkey,
    drop constraint events_wire_message_id_fkey,
    drop constraint events_actor_user_id_fkey,
    drop constraint events_actor_party_id_fkey;
alter table usage_events
    drop constraint usage_events_party_id_fkey,
    drop constraint usage_events_deal_id_fkey,
    drop constraint usage_events_event_id_fkey;
alter table deal_participants
    drop constraint deal_participants_deal_id_fkey,
    drop constraint deal_participants_party_id_fkey,
    drop constraint deal_participants_source_message_id_fkey;
alter table deal_grants
    drop constraint deal_grants_deal_id_fkey,
    drop constraint deal_grants_party_id_fkey,
    drop constraint deal_grants_invited_by_party_id_fkey,
    drop constraint deal_grants_invited_by_user_fkey,
    drop constraint deal_grants_source_message_id_fkey,
    drop constraint deal_grants_removed_by_user_fkey;
alter table deal_root_writes
    drop constraint deal_root_writes_deal_id_fkey,
    drop constraint deal_root_writes_source_document_id_fkey,
    drop constraint deal_root_writes_source_wire_message_id_fkey,
    drop constraint deal_root_writes_source_party_id_fkey;
alter table deal_roots
    drop constraint deal_roots_deal_id_fkey;

-- Every reference whose key was dropped above whose referenced row does not exist; row_key is the row's id, or its
-- key columns joined with '/' for the tables without one.
create view dangling_references as
          select 'documents' as in_table, d.id::text as row_key, 'source_message_id' as in_column, d.source_message_id as missing_id
            from documents d where d.source_message_id is not null and not exists (select from wire_messages p where p.id = d.source_message_id)
union all select 'documents', d.id::text, 'created_by_party_id', d.created_by_party_id
            from documents d where d.created_by_party_id is not null and not exists (select from parties p where p.id = d.created_by_party_id)
union all select 'documents', d.id::text, 'created_by_user', d.created_by_user
            from documents d where d.created_by_user is not null and not exists (select from platform_users p where p.id = d.created_by_user)
union all select 'documents', d.id::text, 'sent_by_user', d.sent_by_user
            from documents d where d.sent_by_user is not null and not exists (select from platform_users p where p.id = d.sent_by_user)
union all select 'events', e.id::text, 'deal_id', e.deal_id
            from events e where e.deal_id is not null and not exists (select from deals p where p.id = e.deal_id)
union all select 'events', e.id::text, 'document_id', e.document_id
            from events e where e.document_id is not null and not exists (select from documents p where p.id = e.document_id)
union all select 'events', e.id::text, 'wire_message_id', e.wire_message_id
            from events e where e.wire_message_id is not null and not exists (select from wire_messages p where p.id = e.wire_message_id)
union all select 'events', e.id::text, 'actor_user_id', e.actor_user_id
            from events e where e.actor_user_id is not null and not exists (select from platform_users p where p.id = e.actor_user_id)
union all select 'events', e.id::text, 'actor_party_id', e.actor_party_id
            from events e where e.actor_party_id is not null and not exists (select from parties p where p.id = e.actor_party_id)
union all select 'usage_events', u.id::text, 'party_id', u.party_id
            from usage_events u where u.party_id is not null and not exists (select from parties p where p.id = u.party_id)
union all select 'usage_events', u.id::text, 'deal_id', u.deal_id
            from usage_events u where u.deal_id is not null and not exists (select from deals p where p.id = u.deal_id)
union all select 'usage_events', u.id::text, 'event_id', u.event_id
            from usage_events u where u.event_id is not null and not exists (select from events p where p.id = u.event_id)
union all select 'deal_participants', r.deal_id || '/' || r.party_id || '/' || r.role, 'deal_id', r.deal_id
            from deal_participants r where r.deal_id is not null and not exists (select from deals p where p.id = r.deal_id)
union all select 'deal_participants', r.deal_id || '/' || r.party_id || '/' || r.role, 'party_id', r.party_id
            from deal_participants r where r.party_id is not null and not exists (select from parties p where p.id = r.party_id)
union all select 'deal_participants', r.deal_id || '/' || r.party_id || '/' || r.role, 'source_message_id', r.source_message_id
            from deal_participants r where r.source_message_id is not null and not exists (select from wire_messages p where p.id = r.source_message_id)
union all select 'deal_grants', g.deal_id || '/' || g.party_id, 'deal_id', g.deal_id
            from deal_grants g where g.deal_id is not null and not exists (select from deals p where p.id = g.deal_id)
union all select 'deal_grants', g.deal_id || '/' || g.party_id, 'party_id', g.party_id
            from deal_grants g where g.party_id is not null and not exists (select from parties p where p.id = g.party_id)
union all select 'deal_grants', g.deal_id || '/' || g.party_id, 'invited_by_party_id', g.invited_by_party_id
            from deal_grants g where g.invited_by_party_id is not null and not exists (select from parties p where p.id = g.invited_by_party_id)
union all select 'deal_grants', g.deal_id || '/' || g.party_id, 'invited_by_user', g.invited_by_user
            from deal_grants g where g.invited_by_user is not null and not exists (select from platform_users p where p.id = g.invited_by_user)
union all select 'deal_grants', g.deal_id || '/' || g.party_id, 'source_message_id', g.source_message_id
            from deal_grants g where g.source_message_id is not null and not exists (select from wire_messages p where p.id = g.source_message_id)
union all select 'deal_grants', g.deal_id || '/' || g.party_id, 'removed_by_user', g.removed_by_user
            from deal_grants g where g.removed_by_user is not null and not exists (select from platform_users p where p.id = g.removed_by_user)
union all select 'deal_root_writes', w.id::text, 'deal_id', w.deal_id
            from deal_root_writes w where w.deal_id is not null and not exists (select from deals p where p.id = w.deal_id)
union all select 'deal_root_writes', w.id::text, 'source_document_id', w.source_document_id
            from deal_root_writes w where w.source_document_id is not null and not exists (select from documents p where p.id = w.source_document_id)
union all select 'deal_root_writes', w.id::text, 'source_wire_message_id', w.source_wire_message_id
            from deal_root_writes w where w.source_wire_message_id is not null and not exists (select from wire_messages p where p.id = w.source_wire_message_id)
union all select 'deal_root_writes', w.id::text, 'source_party_id', w.source_party_id
            from deal_root_writes w where w.source_party_id is not null and not exists (select from parties p where p.id = w.source_party_id)
union all select 'deal_roots', r.deal_id::text, 'deal_id', r.deal_id
            from deal_roots r where not exists (select from deals p where p.id = r.deal_id);
