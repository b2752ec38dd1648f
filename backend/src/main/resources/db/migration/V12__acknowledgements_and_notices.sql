-- After completion each successor acknowledges each item: "I have read the state of work and the urgent matters".
alter table handover_item add column acknowledged_at timestamptz, add column acknowledged_by varchar(64);

-- In-app notices: what happened that concerns a person (a handover of theirs approved, clients received, ...).
-- The words are the SPA's, in the reader's language: a notice keeps only its kind and what it names.
create table notice (
    id          uuid primary key,
    user_id     varchar(64) not null,
    kind        varchar(40) not null,
    handover_id uuid references handover (id),
    person_id   varchar(64),
    actor_id    varchar(64),
    count       integer,
    created_at  timestamptz not null,
    read_at     timestamptz
);
create index notice_user_idx on notice (user_id, created_at desc);
create index notice_unread_idx on notice (user_id) where read_at is null;
