-- Issue 7: inbound limits for every inbound channel, fee reductions (減額), limits on heavy functions under load.

-- The company an inbound message belongs to, the one rule for every channel: what the admission counts a
-- message against (利用制限). Each channel leaves what it knows of the company on the archived message: EDIFACT
-- its UNB sender (partner), a NACCS output the NACCS user code it is for (correlation naccsUserCode, the
-- company that registered that NACCS user), a TradeWaltz request its requester (correlation requesterId,
-- requesterNaccsCode: the party table's TRADEWALTZ or NACCS identifier). A Colins page is public data for all
-- and belongs to no company.
create function inbound_company(channel text, partner text, correlation jsonb) returns bigint
    language sql stable as $$
    select case
        when channel in ('EDIFACT_FILE', 'EDIFACT_SFTP') then
            (select pp.party_id from partner_parties pp where pp.partner = inbound_company.partner limit 1)
        when channel = 'NACCS_SMTP' then
            -- a user code registered by two companies tells neither
            (select min(n.party_id) from naccs_users n
             where n.user_code = correlation ->> 'naccsUserCode' and n.party_id is not null
             having count(distinct n.party_id) = 1)
        when channel = 'TRADEWALTZ' then
            coalesce((select pi.party_id from party_identifiers pi
                      where pi.scheme = 'TRADEWALTZ' and pi.value = correlation ->> 'requesterId'),
                     (select pi.party_id from party_identifiers pi
                      where pi.scheme = 'NACCS' and pi.value = correlation ->> 'requesterNaccsCode'))
    end
$$;

-- Whose limit a message was admitted (or deferred) under, so a company's admissions are counted by one index
-- whatever the channel; null for a message of no company.
alter table wire_messages add column party_id bigint references parties (id);
update wire_messages set party_id = inbound_company(channel, partner, correlation)
where direction = 'IN' and admitted_at is not null;
create index wire_messages_party_admitted on wire_messages (party_id, admitted_at) where admitted_at is not null;
drop index wire_messages_partner_admitted;

-- 減額 (fee rules annex 2 §6: 災害時等の特定の条件下においては、月額利用料金を減額できる): a reduction the operator
-- records for one company or all (party_id null) over a range of months. Deleting one keeps the row (deleted_at),
-- so an invoice already checked against it can still be explained.
create table fee_reductions (
    id          bigserial primary key,
    party_id    bigint references parties (id),
    first_month date        not null check (extract(day from first_month) = 1),
    last_month  date        not null check (extract(day from last_month) = 1),
    kind        text        not null check (kind in ('PERCENT', 'AMOUNT', 'EXEMPTION')),
    percent     int check (percent between 1 and 100),
    amount_yen  bigint check (amount_yen > 0),
    reason_ja   text        not null check (reason_ja <> ''),
    reason_en   text        not null check (reason_en <> ''),
    created_by  text        not null,
    created_at  timestamptz not null default now(),
    deleted_by  text,
    deleted_at  timestamptz,
    check (last_month >= first_month),
    check ((kind = 'PERCENT') = (percent is not null)),
    check ((kind = 'AMOUNT') = (amount_yen is not null))
);
create index fee_reductions_months on fee_reductions (first_month, last_month) where deleted_at is null;

-- その他のシステム負荷状況による制限: the operator's switch over heavy functions (bulk downloads) at runtime, kept
-- here so every hub instance holds the same. One row for all companies (party_id null) and one per company at most;
-- without a row the configuration (minato.limits.load) holds.
create table load_limits (
    id                bigserial primary key,
    party_id          bigint references parties (id),
    concurrent_exports int        not null check (concurrent_exports >= 0),
    reason_ja         text,
    reason_en         text,
    set_by            text        not null,
    set_at            timestamptz not null default now()
);
create unique index load_limits_company on load_limits (coalesce(party_id, 0));
