-- OAuth2 client credentials per company (issue 5, item 1): a company's system gets a client id and
-- secret, trades them at POST /oauth2/token for a short-lived JWT and calls /api/** with it, scoped to
-- the company like an API key. The secret is kept only as its PasswordEncoder hash ({bcrypt}…).
-- issued_at / revoked_at / environment are what billing (issue 7) counts: system vendors pay per month
-- in which production API credentials are issued. Rows are never deleted, so the record stays.
create table oauth_clients (
    id           bigserial primary key,
    party_id     bigint      not null references parties (id),
    client_id    text        not null unique,
    secret_hash  text        not null,
    name         text        not null,
    environment  text        not null check (environment in ('TEST', 'PRODUCTION')),
    created_by   bigint references platform_users (id),
    issued_at    timestamptz not null default now(),
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   bigint references platform_users (id)
);
create index oauth_clients_party on oauth_clients (party_id);

-- The RSA key pair the hub signs its access tokens with (RS256). Kept here, and not generated per
-- start, so every hub instance on this database signs and verifies with the same key and tokens
-- outlive a restart. The private key (PKCS#8) is AES-256-GCM encrypted with minato.oauth.key-encryption-key;
-- the public key (X.509) is public anyway (GET /oauth2/jwks). At most one key is active: the partial
-- unique index lets instances starting together race to create it and all end up with the same one.
create table oauth_signing_keys (
    id          bigserial primary key,
    key_id      text        not null unique,
    public_key  text        not null,
    private_key text        not null,
    created_at  timestamptz not null default now(),
    retired_at  timestamptz
);
create unique index oauth_signing_keys_one_active on oauth_signing_keys ((true)) where retired_at is null;
