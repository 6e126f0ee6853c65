-- Usage rows (V28): a scalar SQL function with a sub-select is not inlined, so each event row paid two
-- function calls (about 90 µs a row). A table function is inlined into the statement that selects from
-- it; the scalar ones remain for single rows and now say the same thing through it.
create function usage_context(deal bigint, party bigint)
    returns table (acting_as text[], terminal_inquiry boolean) language sql stable as $$
    select coalesce((select g.business_types from deal_grants g
                     where g.deal_id = deal and g.party_id = party and g.removed_at is null),
                    (select p.business_types from parties p where p.id = party)),
           exists (select 1 from documents d where d.deal_id = deal and d.type = 'UL480')
$$;

create or replace function usage_acting_as(deal bigint, party bigint) returns text[] language sql stable as $$
    select c.acting_as from usage_context(deal, party) c
$$;

create or replace function deal_is_terminal_inquiry(deal bigint) returns boolean language sql stable as $$
    select c.terminal_inquiry from usage_context(deal, null) c
$$;
