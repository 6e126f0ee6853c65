-- Inbound limits (利用制限) without loss: when a message was admitted to processing (what a company's
-- limit counts, in every hub instance alike) and how often it waited for its company's limit.
alter table wire_messages add column admitted_at timestamptz;
alter table wire_messages add column deferrals int not null default 0;
create index wire_messages_partner_admitted on wire_messages (partner, admitted_at) where admitted_at is not null;
