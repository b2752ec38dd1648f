-- The exfiltration watch of a notice period: a day on which the person leaving read or exported far beyond their
-- own usual daily volume, flagged once (their supervisors are told) and kept as the evidence's index.
create table leaver_watch_flag (
    handover_id uuid not null references handover (id),
    day         date not null,
    records     integer not null,
    usual       integer not null,
    threshold   integer not null,
    flagged_at  timestamptz not null default now(),
    primary key (handover_id, day)
);
-- A person's reads over a period (the watch's days and their usual volume before).
create index audit_event_actor_at_idx on audit_event (actor_id, at);
