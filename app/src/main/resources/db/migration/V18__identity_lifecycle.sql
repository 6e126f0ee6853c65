-- Identity lifecycle (issue 5 item 1): re-invitations end earlier links, the yearly suspension counts
-- from a reactivation as from a login, and its notice mail is sent once (and retried until it is).

alter table user_invitations add column revoked_at timestamptz;
-- the open invitation of a user, for the company's user list
create index user_invitations_open on user_invitations (user_id) where used_at is null and revoked_at is null;

alter table platform_users
    add column reactivated_at         timestamptz,
    add column suspension_notified_at timestamptz;

-- the proofs of one company, listed per business type (the party-only index becomes redundant)
drop index company_proofs_party;
create index company_proofs_party_type on company_proofs (party_id, business_type);
