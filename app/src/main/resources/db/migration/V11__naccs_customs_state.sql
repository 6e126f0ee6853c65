-- What NACCS outputs said about declarations, cargo, containers and vessels of a deal, field by
-- field, each with the reception date-time of the output that said it. Outputs arrive late and out of
-- order (a permit after customs review, EXZ/EXC); a value only replaces one that is not newer.
create table naccs_declarations (
    declaration_number    text        primary key,
    deal_id               bigint      not null references deals (id),
    export_control_number text,
    submission_id         bigint references naccs_submissions (id),
    created_at            timestamptz not null default now()
);
create index naccs_declarations_deal on naccs_declarations (deal_id);

create table naccs_customs_state (
    deal_id          bigint      not null references deals (id),
    -- DECLARATION:<申告番号>, CARGO:<輸出管理番号>, CONTAINER:<no>, VESSEL:<code>
    subject          text        not null,
    field            text        not null,
    value            text,
    as_of            timestamp   not null,
    wire_message_id  bigint      not null references wire_messages (id),
    updated_at       timestamptz not null default now(),
    primary key (deal_id, subject, field)
);
create index naccs_submissions_export_control_number on naccs_submissions (export_control_number);

-- Scheduled NACCS work that one hub instance among many must do once per period (SYG retrieval):
-- an instance runs it only if it moves last_run forward, which one update at a time can do.
create table naccs_scheduled_runs (
    name      text        primary key,
    last_run  timestamptz not null
);
