-- Colins (issue 6 item 3): what the hub polled from the Colins changes feed, one row per record version
-- (data set table, record key, terminal, updated-at: a redelivered page stores nothing twice), the feed's
-- cursor, the records dropped for lack of the terminal's consent, and the per-deal auto-update switch.

-- 船舶動静情報: one call of a vessel at a terminal; record_key = IMO number (or call sign, or name) / voyage
create table colins_vessel_movements (
    id                    bigserial primary key,
    record_key            text        not null,
    terminal_code         text        not null,
    updated_at            timestamptz not null,
    port_code             text,
    vessel_name           text        not null,
    -- upper case, single spaces: how deals' documents are matched
    vessel_name_key       text        not null,
    imo_number            text,
    call_sign             text,
    voyage_no             text        not null,
    carrier_code          text,
    scheduled_arrival     timestamptz,
    actual_arrival        timestamptz,
    scheduled_departure   timestamptz,
    actual_departure      timestamptz,
    cargo_receiving_start timestamptz,
    cargo_cut_off         timestamptz,
    source                text,
    wire_message_id       bigint      not null references wire_messages (id),
    stored_at             timestamptz not null default now(),
    unique (record_key, terminal_code, updated_at)
);
create index colins_vessel_movements_call on colins_vessel_movements (vessel_name_key, upper(voyage_no));
create index colins_vessel_movements_imo on colins_vessel_movements (imo_number);

-- CY搬出可否情報 (import); record_key = container number
create table colins_import_releases (
    id               bigserial primary key,
    record_key       text        not null,
    terminal_code    text        not null,
    updated_at       timestamptz not null,
    port_code        text,
    container_no     text        not null,
    bl_no            text,
    vessel_name      text,
    voyage_no        text,
    status           text        not null check (status in ('RELEASED', 'ON_HOLD')),
    hold_reason      text,
    customs_released boolean,
    carrier_released boolean,
    available_from   timestamptz,
    free_time_until  date,
    yard_location    text,
    wire_message_id  bigint      not null references wire_messages (id),
    stored_at        timestamptz not null default now(),
    unique (record_key, terminal_code, updated_at)
);
create index colins_import_releases_bl on colins_import_releases (bl_no);

-- CY輸出コンテナ情報 (export); record_key = container number
create table colins_export_statuses (
    id                    bigserial primary key,
    record_key            text        not null,
    terminal_code         text        not null,
    updated_at            timestamptz not null,
    port_code             text,
    container_no          text        not null,
    booking_no            text,
    carrier_code          text,
    vessel_name           text,
    voyage_no             text,
    receiving_allowed     boolean,
    receiving_hold_reason text,
    gate_in_at            timestamptz,
    vgm_received          boolean,
    export_permitted      boolean,
    loaded                boolean,
    loaded_at             timestamptz,
    wire_message_id       bigint      not null references wire_messages (id),
    stored_at             timestamptz not null default now(),
    unique (record_key, terminal_code, updated_at)
);
create index colins_export_statuses_booking on colins_export_statuses (booking_no);

-- Where the next poll of a feed starts, and how the last one went (the operator's status page).
create table colins_cursors (
    feed                 text primary key,
    cursor               text,
    last_wire_message_id bigint references wire_messages (id),
    polled_at            timestamptz,
    last_error           text,
    last_error_at        timestamptz
);

-- Records of terminals that have not consented to reuse, dropped and counted (every time a page is processed).
create table colins_dropped_records (
    terminal_code   text primary key,
    records         bigint      not null,
    last_dropped_at timestamptz not null
);

-- 自動更新: per deal, whether Colins data may update it; who switched it last.
create table colins_auto_updates (
    deal_id             bigint primary key references deals (id),
    enabled             boolean     not null,
    changed_by          text        not null,
    changed_by_user_id  bigint references platform_users (id),
    changed_by_party_id bigint references parties (id),
    changed_at          timestamptz not null default now()
);

-- One update per deal and record version, however often its page is delivered or re-processed.
create table colins_deal_updates (
    deal_id    bigint      not null references deals (id),
    data_set   text        not null,
    record_id  bigint      not null,
    event_id   bigint references events (id),
    applied_at timestamptz not null default now(),
    primary key (deal_id, data_set, record_id)
);

-- Colins is a way changes reach a deal (COLINS_UPDATE events). A later migration that redefines this
-- check must keep every value below.
alter table events drop constraint events_channel_check;
alter table events add constraint events_channel_check
    check (channel in ('API', 'API_KEY', 'PORTAL', 'EDIFACT', 'NACCS', 'SYSTEM', 'COLINS'));
