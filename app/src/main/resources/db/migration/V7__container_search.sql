-- Searching by container number: a deal's wire messages are found by deal_id (deal_containers
-- already leads with container_no), and a message that reported on a container by its events,
-- because one terminal interchange may touch many deals while the wire message names only the last.

create index wire_messages_deal on wire_messages (deal_id);
create index events_container_no on events ((detail ->> 'containerNo'));
