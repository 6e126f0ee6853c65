-- Platform identity (issue 5, item 1): company → organization → user, API keys; and who holds which
-- rights on which deal (item 2): one grant per participating company, weakened per document type.

-- A party becomes a platform company (利用企業) when it is registered with an administrator; parties
-- known only from EDIFACT messages stay plain parties.
alter table parties
    add column platform_member boolean not null default false,
    add column suspended_at    timestamptz;

-- 事業種別の証明書類: one or more proof documents per business type a company registers.
create table company_proofs (
    id            bigserial primary key,
    party_id      bigint      not null references parties (id),
    business_type text        not null,
    file_name     text        not null,
    content_type  text        not null,
    content       bytea       not null,
    sha256        text        not null,
    uploaded_by   bigint,
    uploaded_at   timestamptz not null default now()
);
create index company_proofs_party on company_proofs (party_id);

-- 組織: branches and departments an administrator creates and gives any of the company's business types.
create table organizations (
    id             bigserial primary key,
    party_id       bigint      not null references parties (id),
    name           text        not null check (name <> ''),
    business_types text[]      not null default '{}',
    created_by     bigint,
    created_at     timestamptz not null default now(),
    unique (party_id, name)
);

-- OPERATOR: the hub's own operations staff (no company); ADMIN: a company's administrator; USER: a
-- member of an organization. A user must change an initial or invited password before anything else.
alter table platform_users
    add column role                 text        not null default 'USER' check (role in ('OPERATOR', 'ADMIN', 'USER')),
    add column email                text,
    add column organization_id      bigint references organizations (id),
    add column must_change_password boolean     not null default false,
    add column password_changed_at  timestamptz,
    add column last_login_at        timestamptz,
    add column failed_logins        int         not null default 0,
    add column locked_until         timestamptz,
    add column disabled_at          timestamptz,
    add column suspended_at         timestamptz;
-- users without a company were the hub's operator before roles existed
update platform_users set role = 'OPERATOR' where party_id is null;
alter table platform_users add constraint platform_users_company
    check ((role = 'OPERATOR') = (party_id is null));
create index platform_users_party on platform_users (party_id);

-- 招待: a one-time link mailed to the invitee; only the SHA-256 of its token is kept.
create table user_invitations (
    id         bigserial primary key,
    user_id    bigint      not null references platform_users (id),
    token_hash text        not null unique,
    expires_at timestamptz not null,
    used_at    timestamptz,
    created_by bigint references platform_users (id),
    created_at timestamptz not null default now()
);
create index user_invitations_user on user_invitations (user_id);

-- System access per company: "mk_<key_id>_<secret>"; the key id is public, the secret only hashed.
create table api_keys (
    id           bigserial primary key,
    party_id     bigint      not null references parties (id),
    key_id       text        not null unique,
    secret_hash  text        not null,
    name         text        not null,
    environment  text        not null default 'PRODUCTION' check (environment in ('TEST', 'PRODUCTION')),
    created_by   bigint references platform_users (id),
    created_at   timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz
);
create index api_keys_party on api_keys (party_id);

-- 取引関係先: a company's standing on a deal. business_types decide its defaults through the matrix;
-- limits (document type → READ/NONE) may only weaken them. A hidden participant is not shown to the
-- other participants; removed_at ends its access (rows are kept for the timeline).
create table deal_grants (
    deal_id             bigint      not null references deals (id),
    party_id            bigint      not null references parties (id),
    business_types      text[]      not null check (cardinality(business_types) > 0),
    limits              jsonb       not null default '{}',
    hidden              boolean     not null default false,
    organization_id     bigint references organizations (id),
    invited_by_party_id bigint references parties (id),
    invited_by_user     bigint references platform_users (id),
    source_message_id   bigint references wire_messages (id),
    added_at            timestamptz not null default now(),
    removed_at          timestamptz,
    removed_by_user     bigint references platform_users (id),
    primary key (deal_id, party_id)
);
create index deal_grants_party on deal_grants (party_id) where removed_at is null;

-- who created a document, so that removing a participant takes what it created with it
alter table documents
    add column created_by_party_id bigint references parties (id),
    add column created_by_user     bigint references platform_users (id),
    add column deleted_at          timestamptz;

-- a deal created by a company through the API or portal belongs to it (owner_party_id exists since V1)
alter table deals add column in_house_no text, add column created_by_user bigint references platform_users (id);
create index deals_in_house_no on deals (owner_party_id, in_house_no) where in_house_no is not null;
