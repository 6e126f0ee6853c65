-- Acknowledgements our outbound interchanges await (CONTRL, APERAK) and what the partner answered.
-- On wire_messages itself: an outbound interchange has at most one expectation, and the archive is
-- where a person looks for "what happened to it". Null on inbound and non-EDIFACT messages.

alter table wire_messages
    add column ack_expected        text check (ack_expected in ('CONTRL', 'APERAK', 'NONE')),
    add column ack_status          text check (ack_status in ('PENDING', 'ACCEPTED', 'PARTIALLY_ACCEPTED',
                                                              'REJECTED', 'RECEIVED', 'OVERDUE', 'NOT_EXPECTED')),
    add column ack_due_at          timestamptz,
    add column ack_wire_message_id bigint references wire_messages (id),
    add column ack_detail          text;

-- The overdue job only ever looks at PENDING rows by due time.
create index wire_messages_ack_pending on wire_messages (ack_due_at) where ack_status = 'PENDING';
create index wire_messages_ack_status on wire_messages (ack_status) where ack_status is not null;
