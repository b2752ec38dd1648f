-- The central client file: clients, their contact persons, and the people who work them.

create extension if not exists unaccent;
create extension if not exists pg_trgm;

-- Case- and accent-insensitive folding for search (ş/ș → s, ё → е, ñ → n), usable in indexes.
create function relay_fold(text) returns text
    language sql immutable strict parallel safe
    as $$ select lower(public.unaccent('public.unaccent'::regdictionary, $1)) $$;

-- People known to Relay (mirrored from Keycloak tokens), so names can be shown for ids.
create table app_user (
    id          varchar(64) primary key,
    username    varchar(255) not null,
    full_name   varchar(255) not null,
    email       varchar(320),
    roles       text[] not null default '{}',
    teams       text[] not null default '{}',
    last_seen_at timestamptz not null default now()
);

create table client (
    id          uuid primary key,
    name        varchar(300) not null,
    tax_id      varchar(64),
    kind        varchar(16) not null,
    industry    varchar(120),
    country     varchar(2) not null,
    region      varchar(120),
    city        varchar(120),
    address     varchar(500),
    website     varchar(300),
    lifecycle   varchar(16) not null,
    segment     varchar(16),
    owner_id    varchar(64),
    co_owner_id varchar(64),
    team        varchar(64),
    tags        text[] not null default '{}',
    notes       text,
    attributes  jsonb not null default '{}',
    created_at  timestamptz not null,
    created_by  varchar(64) not null,
    updated_at  timestamptz not null,
    updated_by  varchar(64) not null,
    deleted_at  timestamptz,
    deleted_by  varchar(64),
    version     bigint not null default 0,
    constraint client_kind_ck check (kind in ('company', 'person')),
    constraint client_lifecycle_ck check (lifecycle in ('prospect', 'active', 'passive', 'lost')),
    constraint client_segment_ck check (segment in ('vip', 'key', 'medium', 'outsider'))
);

create index client_name_trgm on client using gin (relay_fold(name) gin_trgm_ops);
create index client_tax_id_idx on client (relay_fold(tax_id));
create index client_name_sort on client (relay_fold(name), id);
create index client_updated_sort on client (updated_at, id);
create index client_created_sort on client (created_at, id);
create index client_owner_idx on client (owner_id);
create index client_co_owner_idx on client (co_owner_id);
create index client_team_idx on client (team);
create index client_tags_idx on client using gin (tags);

create table contact (
    id                uuid primary key,
    client_id         uuid not null references client (id),
    full_name         varchar(200) not null,
    position          varchar(200),
    functions         text[] not null default '{}',
    channels          jsonb not null default '[]',
    preferred_channel varchar(16),
    birthday          date,
    hobbies           text,
    family_notes      text,
    consent           boolean not null default false,
    created_at        timestamptz not null,
    created_by        varchar(64) not null,
    updated_at        timestamptz not null,
    updated_by        varchar(64) not null,
    deleted_at        timestamptz,
    deleted_by        varchar(64),
    version           bigint not null default 0
);

create index contact_client_idx on contact (client_id);
create index contact_name_trgm on contact using gin (relay_fold(full_name) gin_trgm_ops);

-- Change history, written by triggers so that every change is caught, bulk SQL included.
create table change_log (
    id          bigserial primary key,
    client_id   uuid not null,
    entity_type varchar(16) not null,
    entity_id   uuid not null,
    action      varchar(16) not null,
    actor_id    varchar(64) not null,
    at          timestamptz not null default now(),
    changes     jsonb not null
);

create index change_log_client_idx on change_log (client_id, id desc);

-- Fields whose changes are bookkeeping, not content.
create function relay_history_ignored() returns text[]
    language sql immutable
    as $$ select array['version', 'updated_at', 'updated_by', 'created_at', 'created_by', 'deleted_by'] $$;

create function relay_record_change() returns trigger
    language plpgsql
    as $$
declare
    old_row jsonb := case when tg_op = 'UPDATE' then to_jsonb(old) else '{}'::jsonb end;
    new_row jsonb := to_jsonb(new);
    diff    jsonb := '{}'::jsonb;
    k       text;
    act     text;
begin
    for k in select jsonb_object_keys(new_row) loop
        if k = any (relay_history_ignored()) then continue; end if;
        if tg_op = 'INSERT' and new_row -> k = 'null'::jsonb then continue; end if;
        if (old_row -> k) is distinct from (new_row -> k) then
            diff := diff || jsonb_build_object(k, jsonb_build_object('from', old_row -> k, 'to', new_row -> k));
        end if;
    end loop;
    if tg_op = 'INSERT' then
        act := 'created';
    elsif old.deleted_at is null and new.deleted_at is not null then
        act := 'deleted';
    elsif old.deleted_at is not null and new.deleted_at is null then
        act := 'restored';
    else
        act := 'updated';
    end if;
    if tg_op = 'UPDATE' and diff = '{}'::jsonb then
        return new;
    end if;
    insert into change_log (client_id, entity_type, entity_id, action, actor_id, changes)
    values (case when tg_table_name = 'client' then new.id else (new_row ->> 'client_id')::uuid end,
            tg_table_name, new.id, act, new.updated_by, diff);
    return new;
end
$$;

create trigger client_history after insert or update on client
    for each row execute function relay_record_change();
create trigger contact_history after insert or update on contact
    for each row execute function relay_record_change();
