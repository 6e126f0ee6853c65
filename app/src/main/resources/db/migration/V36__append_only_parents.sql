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

create function refuse_delete_or_id_change() returns trigger language plpgsql as $$
begin
    if tg_op = 'UPDATE' then
        raise exception '% ids never change: other rows refer to them without foreign keys', tg_table_name
            using errcode = 'integrity_constraint_violation';
    end if;
    raise exception '% rows are never deleted (append-only; mark them instead): they cannot be deleted', tg_table_name
        using errcode = 'integrity_constraint_violation';
end
$$;

do $$
declare
    parent text;
begin
    foreach parent in array array['deals', 'documents', 'events', 'parties', 'platform_users', 'wire_messages'] loop
        execute format('create trigger %I before delete on %I for each statement execute function refuse_delete_or_id_change()',
                       parent || '_never_deleted', parent);
        execute format('create trigger %I before truncate on %I for each statement execute function refuse_delete_or_id_change()',
                       parent || '_never_truncated', parent);
        execute format('create trigger %I before update of id on %I for each statement execute function refuse_delete_or_id_change()',
                       parent || '_id_fixed', parent);
    end loop;
end
$$;

-- Each unchecked reference: table, column, referenced table. The keys follow PostgreSQL's naming (<table>_<column>_fkey).
-- `dangling_references` lists every such reference whose referenced row does not exist; row_key is the row's id,
-- or its key columns joined with '/' for the tables without one.
do $$
declare
    reference text[];
    row_key text;
    selects text[] := '{}';
begin
    foreach reference slice 1 in array array[
            ['documents', 'source_message_id', 'wire_messages'],
            ['documents', 'created_by_party_id', 'parties'],
            ['documents', 'created_by_user', 'platform_users'],
            ['documents', 'sent_by_user', 'platform_users'],
            ['events', 'deal_id', 'deals'],
            ['events', 'document_id', 'documents'],
            ['events', 'wire_message_id', 'wire_messages'],
            ['events', 'actor_user_id', 'platform_users'],
            ['events', 'actor_party_id', 'parties'],
            ['usage_events', 'party_id', 'parties'],
            ['usage_events', 'deal_id', 'deals'],
            ['usage_events', 'event_id', 'events'],
            ['deal_participants', 'deal_id', 'deals'],
            ['deal_participants', 'party_id', 'parties'],
            ['deal_participants', 'source_message_id', 'wire_messages'],
            ['deal_grants', 'deal_id', 'deals'],
            ['deal_grants', 'party_id', 'parties'],
            ['deal_grants', 'invited_by_party_id', 'parties'],
            ['deal_grants', 'invited_by_user', 'platform_users'],
            ['deal_grants', 'source_message_id', 'wire_messages'],
            ['deal_grants', 'removed_by_user', 'platform_users'],
            ['deal_root_writes', 'deal_id', 'deals'],
            ['deal_root_writes', 'source_document_id', 'documents'],
            ['deal_root_writes', 'source_wire_message_id', 'wire_messages'],
            ['deal_root_writes', 'source_party_id', 'parties'],
            ['deal_roots', 'deal_id', 'deals']] loop
        execute format('alter table %I drop constraint %I', reference[1], reference[1] || '_' || reference[2] || '_fkey');
        row_key := case reference[1]
            when 'deal_participants' then $k$r.deal_id || '/' || r.party_id || '/' || r.role$k$
            when 'deal_grants' then $k$r.deal_id || '/' || r.party_id$k$
            when 'deal_roots' then 'r.deal_id::text'
            else 'r.id::text' end;
        selects := selects || format(
            'select text %L as in_table, %s as row_key, text %L as in_column, r.%I as missing_id from %I r '
            'where r.%I is not null and not exists (select from %I p where p.id = r.%I)',
            reference[1], row_key, reference[2], reference[2], reference[1], reference[2], reference[3], reference[2]);
    end loop;
    execute 'create view dangling_references as ' || array_to_string(selects, ' union all ');
end
$$;
