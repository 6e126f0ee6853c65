-- EDI partner profiles and their interchange control numbers.

create table partners (
    code             text primary key,
    name             text        not null,
    edi_id           text        not null,
    edi_qualifier    text        not null default '',
    directory        text,
    charset_override text,
    channel          text        not null,
    acknowledgement  text        not null,
    test             boolean     not null default false,
    created_at       timestamptz not null default now(),
    updated_at       timestamptz not null default now(),
    unique (edi_id, edi_qualifier)
);

-- One row per partner, direction and test flag; the row lock of the upsert serialises instances.
create table control_numbers (
    partner_code text        not null references partners (code),
    direction    text        not null check (direction in ('IN', 'OUT')),
    test         boolean     not null,
    last_value   bigint      not null,
    updated_at   timestamptz not null default now(),
    primary key (partner_code, direction, test)
);
