-- Indexes every inbound message pays for on insert (issue 3: an EDIFACT booking confirmation writes six
-- events and one document per new deal) that no query needs:
-- 1. events (deal_id, occurred_at): every query of a deal's events filters by deal and orders or pages by id,
--    which events_deal_id (deal_id, id) serves.
-- 2. documents (deal_id): a prefix of documents_deal_type_subject (deal_id, type, subject).
-- 3. The container-number index held an entry for every event, most with no container: only the rows that
--    have one now. `detail ->> 'containerNo' = $1` implies the predicate, so the wire-message search by
--    container number still uses it.
drop index events_deal;
drop index documents_deal;
drop index events_container_no;
create index events_container_no on events ((detail ->> 'containerNo')) where (detail ->> 'containerNo') is not null;
