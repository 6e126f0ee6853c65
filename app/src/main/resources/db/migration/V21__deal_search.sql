-- Deal search (issue 5, item 6): by vessel and voyage, which live in the documents' fields (the shared
-- fields vesselName and voyageNo of UL010, UL040, UL050, UL060, UL150, UL160, UL290, UL440), not on the
-- deal. A deal is found by a vessel only through a document the caller may read, so the keys stay per
-- document; generated columns keep them right in the transaction of every write of a document, whichever
-- path writes it (API, portal, EDIFACT, NACCS).

-- The form a name is compared in: NFKC (full-width ＥＶＥＲ and the ideographic space become ASCII), runs of
-- white space as one space, trimmed, upper case; null when nothing is left. The search parameter goes
-- through the same function, so both sides can never be normalized differently.
create function minato_search_key(value text) returns text
    language sql immutable parallel safe
as $$ select nullif(upper(btrim(regexp_replace(normalize(value, NFKC), '\s+', ' ', 'g'))), '') $$;

alter table documents
    add column vessel_key text generated always as (minato_search_key(fields ->> 'vesselName')) stored,
    add column voyage_key text generated always as (minato_search_key(fields ->> 'voyageNo')) stored;

-- vessel names are searched by any part ("GIVEN" finds "EVER GIVEN"): trigrams serve like '%…%'.
-- pg_trgm ships with PostgreSQL (contrib) and is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;
create index documents_vessel_key on documents using gin (vessel_key gin_trgm_ops)
    where deleted_at is null and vessel_key is not null;
create index documents_voyage_key on documents (voyage_key) where deleted_at is null and voyage_key is not null;

-- the date filters of the deal search (created, last activity)
create index deals_created_at on deals (created_at);
create index deals_updated_at on deals (updated_at);
