-- The inbound EDIFACT path records DEAL_CREATED and ORGANIZATION_ADDED for nearly every message: an
-- outbox row (and the dispatcher's work on it) is only worth writing when some active target wants
-- the event. A target registered later is told of events from then on, not of older ones.
create or replace function webhook_outbox_add() returns trigger language plpgsql as $$
begin
    if exists (select 1 from webhook_targets t
               where t.active and (cardinality(t.events) = 0 or new.type = any (t.events))) then
        insert into webhook_outbox (event_id) values (new.id);
    end if;
    return null;
end
$$;
