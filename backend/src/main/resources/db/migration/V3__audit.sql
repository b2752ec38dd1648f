-- Who read, changed or exported what, from where. Append-only for everyone, the application included.
create table audit_event (
    id           bigserial primary key,
    at           timestamptz not null default now(),
    actor_id     varchar(64) not null,
    action       varchar(16) not null,
    entity_type  varchar(16) not null,
    entity_id    uuid,
    client_id    uuid,
    record_count integer not null default 1,
    source_ip    varchar(64),
    detail       varchar(1000),
    constraint audit_action_ck check (action in ('read', 'list', 'create', 'update', 'delete', 'restore', 'export',
        'departure'))
);

create index audit_event_actor_idx on audit_event (actor_id, id desc);
create index audit_event_client_idx on audit_event (client_id, id desc);

create function relay_audit_is_append_only() returns trigger
    language plpgsql
    as $$ begin raise exception 'audit_event is append-only'; end $$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function relay_audit_is_append_only();
create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function relay_audit_is_append_only();
