-- Field rules changed by admins: (role, field key) → hidden / masked / read / write.
-- A missing row means the shipped default for that role and field.
create table field_policy (
    role       varchar(64) not null,
    field_key  varchar(64) not null,
    level      varchar(8) not null,
    updated_at timestamptz not null,
    updated_by varchar(64) not null,
    primary key (role, field_key),
    constraint field_policy_level_ck check (level in ('hidden', 'masked', 'read', 'write'))
);

-- Changes of the field rules are part of the record too.
create table field_policy_change (
    id         bigserial primary key,
    at         timestamptz not null default now(),
    actor_id   varchar(64) not null,
    role       varchar(64) not null,
    field_key  varchar(64) not null,
    old_level  varchar(8) not null,
    new_level  varchar(8) not null
);
