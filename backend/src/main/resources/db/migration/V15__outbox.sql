-- The transactional outbox: side effects outside the database (Keycloak, later mail), written with the change
-- that calls for them and delivered by a worker, tried again with a growing pause until they are.
create table outbox_message (
    id              bigserial primary key,
    kind            varchar(48) not null,
    subject         varchar(64) not null,
    payload         text,
    created_at      timestamptz not null default now(),
    attempts        integer not null default 0,
    next_attempt_at timestamptz not null default now(),
    last_error      varchar(1000),
    delivered_at    timestamptz
);
create index outbox_message_due_idx on outbox_message (next_attempt_at, id) where delivered_at is null;
create index outbox_message_subject_idx on outbox_message (kind, subject, id desc);
