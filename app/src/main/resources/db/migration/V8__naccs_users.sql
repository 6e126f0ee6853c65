-- NACCS users (NACCS 利用者登録), the platform users who act for them (NACCS 利用者紐付け), and NACCS
-- submissions as editable drafts with their prefill report (issue 4, items 2 and 3).

-- The minimal platform identity the NACCS endpoints need to know who acts; issue 5 (platform
-- identity: organizations, roles, invitations) extends this table rather than replacing it.
create table platform_users (
    id            bigserial primary key,
    login         text        not null unique,
    display_name  text        not null,
    -- Spring Security DelegatingPasswordEncoder format, e.g. {bcrypt}$2a$10$…: never the password
    password_hash text        not null,
    party_id      bigint references parties (id),
    active        boolean     not null default true,
    created_at    timestamptz not null default now()
);

create table naccs_users (
    id                      bigserial primary key,
    -- the company (party) that registered the NACCS user; IDs are never shared between companies
    party_id                bigint references parties (id),
    user_code               text        not null check (user_code ~ '^[0-9A-Z]{5}$'),
    -- 識別番号: for SMTP two-way through a platform it begins with Y
    identifier              text        not null check (identifier ~ '^Y[0-9A-Z]{2}$'),
    -- AES-256-GCM, key from minato.naccs.credential-key (never in the database or the repo)
    password_encrypted      text        not null,
    processing_method       text        not null default 'SMTP_TWO_WAY' check (processing_method in ('SMTP_TWO_WAY')),
    charset                 text        not null default 'UTF-8' check (charset in ('UTF-8', 'EUC-JP', 'Shift_JIS')),
    -- relay towards NACCS for this user; null: the hub's minato.naccs.smtp-host/-port
    relay_host              text,
    relay_port              int check (relay_port between 1 and 65535),
    active                  boolean     not null default true,
    -- SMTP two-way is one input, then its result: the submission in flight, if any (see NaccsUserMapper.claim)
    in_flight_submission_id bigint,
    in_flight_since         timestamptz,
    created_at              timestamptz not null default now(),
    updated_at              timestamptz not null default now(),
    unique (user_code, identifier)
);

create table naccs_user_links (
    naccs_user_id    bigint      not null references naccs_users (id),
    platform_user_id bigint      not null references platform_users (id),
    created_at       timestamptz not null default now(),
    primary key (naccs_user_id, platform_user_id)
);
create index naccs_user_links_platform_user on naccs_user_links (platform_user_id);

-- A submission now starts as a DRAFT: items (item key -> value) prefilled from the deal's documents
-- and editable; the NACCS user is chosen when it is sent. A business without a source document
-- (or a draft typed by hand) has no source document.
alter table naccs_submissions
    alter column source_document_id drop not null,
    alter column naccs_user_id drop not null,
    add column naccs_user_ref     bigint references naccs_users (id),
    add column items              jsonb       not null default '{}',
    add column item_sources       jsonb       not null default '{}',
    add column prefill            jsonb,
    add column version            int         not null default 1,
    add column created_by         bigint references platform_users (id),
    add column sent_by            bigint references platform_users (id),
    add column send_attempts      int         not null default 0,
    add column sending_started_at timestamptz;
create index naccs_submissions_naccs_user on naccs_submissions (naccs_user_ref);

alter table naccs_users
    add constraint naccs_users_in_flight foreign key (in_flight_submission_id) references naccs_submissions (id);

-- wire messages per NACCS user (correlation keys naccsUser / naccsUserCode, see MessageController)
create index wire_messages_naccs_user on wire_messages ((correlation ->> 'naccsUser')) where channel = 'NACCS_SMTP';
create index wire_messages_naccs_user_code on wire_messages ((correlation ->> 'naccsUserCode')) where channel = 'NACCS_SMTP';
create index wire_messages_naccs_submission on wire_messages ((correlation ->> 'submissionId')) where channel = 'NACCS_SMTP';
