-- Per-company limits (利用制限, annex table 1): upload and download volume per day (Japan time). One row per
-- company and day, incremented in the transaction of the upload or download it counts.
create table transfer_volumes (
    party_id bigint not null references parties (id),
    day      date   not null,
    bytes    bigint not null default 0 check (bytes >= 0),
    primary key (party_id, day)
);
