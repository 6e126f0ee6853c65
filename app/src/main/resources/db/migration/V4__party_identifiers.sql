-- The party table: the identifications and names by which messages name organizations (parties),
-- and which organizations take part in which deal, in which role.

alter table parties add column updated_at timestamptz not null default now();

-- One identification belongs to one party; a value means something only within its scheme
-- (EDI:<0007> for UNB ids, NAD:<3055> for NAD C082 ids, SCAC, NACCS, ...).
create table party_identifiers (
    scheme     text        not null check (scheme ~ '^[A-Z][A-Z0-9_]*(:[A-Z0-9]{0,3})?$'),
    value      text        not null check (value <> ''),
    party_id   bigint      not null references parties (id) on delete cascade,
    created_at timestamptz not null default now(),
    primary key (scheme, value)
);
create index party_identifiers_party on party_identifiers (party_id);

-- Names a party is recognised by when no identification is sent: the normalized name with a
-- normalized city or postcode, or with '' for "anywhere". name/address keep what was registered.
create table party_names (
    id          bigserial primary key,
    party_id    bigint      not null references parties (id) on delete cascade,
    name        text        not null,
    address     text,
    name_key    text        not null check (name_key <> ''),
    address_key text        not null,
    created_at  timestamptz not null default now(),
    unique (name_key, address_key)
);
create index party_names_party on party_names (party_id);

-- Who takes part in a deal and as what (3035: CA carrier, CZ shipper, CN consignee, FW forwarder,
-- BA booking party, NI notify, ...); the message or the person that added them.
create table deal_participants (
    deal_id           bigint      not null references deals (id),
    party_id          bigint      not null references parties (id),
    role              text        not null check (role ~ '^[A-Z0-9]{1,3}$'),
    source_message_id bigint references wire_messages (id),
    source_user       text,
    added_at          timestamptz not null default now(),
    primary key (deal_id, party_id, role)
);
create index deal_participants_party on deal_participants (party_id);
