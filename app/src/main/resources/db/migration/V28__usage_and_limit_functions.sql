-- What usage recording and the inbound limits both ask of the schema, said once.

-- The party an EDI partner is: its UNB identification (EDI:<qualifier>) in the party table.
create view partner_parties as
select pa.code as partner, pi.party_id
from partners pa
join party_identifiers pi on pi.scheme = 'EDI:' || pa.edi_qualifier and pi.value = pa.edi_id;

-- The usage channel (利用実績) of an event channel: people and systems on the API count as API; the hub's own
-- work (SYSTEM) is no company's usage.
create function usage_channel(event_channel text) returns text language sql immutable as $$
    select case when event_channel in ('PORTAL', 'EDIFACT', 'NACCS', 'COLINS', 'TRADEWALTZ') then event_channel
                when event_channel = 'SYSTEM' then null
                else 'API' end
$$;

-- As what a company acts on a deal: its grant's business types, else what it registered.
create function usage_acting_as(deal bigint, party bigint) returns text[] language sql stable as $$
    select coalesce((select g.business_types from deal_grants g
                     where g.deal_id = deal and g.party_id = party and g.removed_at is null),
                    (select p.business_types from parties p where p.id = party))
$$;

-- A terminal-inquiry deal (ターミナル問合せ): one with a UL480.
create function deal_is_terminal_inquiry(deal bigint) returns boolean language sql stable as $$
    select exists (select 1 from documents d where d.deal_id = deal and d.type = 'UL480')
$$;
