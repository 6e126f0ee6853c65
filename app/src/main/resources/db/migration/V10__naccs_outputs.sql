-- NACCS outputs (出力情報): every output mail the hub received, whole or one part of a split output,
-- matched to a deal or not. Nothing NACCS says is lost: an output no deal can be found for stays
-- UNMATCHED with its reason and is re-processed from its wire message once it can match.
create table naccs_outputs (
    id                bigserial primary key,
    wire_message_id   bigint      not null unique references wire_messages (id),
    business_code     text        not null,
    output_info_code  text        not null,
    -- reception date-time of the common part (local time at NACCS): what "newer" means
    received_at       timestamp,
    user_code         text,
    subject           text,
    hand_over_info    text,
    input_id_number   text,
    split_seq         int         not null default 0,
    last_part         boolean     not null default true,
    message_kind      text,
    destination_type  text,
    set_key           text,
    status            text        not null default 'RECEIVED'
        check (status in ('RECEIVED', 'PART_WAITING', 'PART_JOINED', 'PART_DUPLICATE', 'APPLIED', 'UNMATCHED')),
    reason            text,
    submission_id     bigint references naccs_submissions (id),
    deal_id           bigint references deals (id),
    items             jsonb       not null default '{}',
    result_texts      jsonb       not null default '[]',
    -- fields this output carried that were older than what the deal held, per subject
    older_fields      jsonb       not null default '{}',
    created_at        timestamptz not null default now(),
    updated_at        timestamptz not null default now()
);
create index naccs_outputs_deal on naccs_outputs (deal_id);
create index naccs_outputs_unmatched on naccs_outputs (status) where status = 'UNMATCHED';
create index naccs_outputs_echo on naccs_outputs (hand_over_info, input_id_number);

-- A split output: one row per set (parts sharing user, business, output code and echo), locked while
-- a part is added, so exactly one mail applies the whole; and one row per part, so a duplicated
-- mail is recognised by its sequence number.
create table naccs_output_sets (
    set_key           text        primary key,
    expected_parts    int,
    completed_by      bigint references wire_messages (id),
    applied           boolean     not null default false,
    created_at        timestamptz not null default now()
);
create table naccs_output_parts (
    set_key           text        not null references naccs_output_sets (set_key),
    sequence          int         not null,
    last_part         boolean     not null,
    output_id         bigint      not null references naccs_outputs (id),
    business_part     bytea       not null,
    primary key (set_key, sequence)
);
