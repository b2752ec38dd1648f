-- A handover passes a person's clients to successors: one item per client, written up (state of work,
-- urgent matters), each given a successor, approved by a supervisor, then completed in one transaction.
create table handover (
    id               uuid primary key,
    kind             varchar(16) not null,
    user_id          varchar(64) not null,
    reason           varchar(16) not null,
    last_working_day date not null,
    note             varchar(2000),
    state            varchar(16) not null,
    created_at       timestamptz not null,
    created_by       varchar(64) not null,
    updated_at       timestamptz not null,
    updated_by       varchar(64) not null,
    version          bigint not null default 0,
    constraint handover_kind_ck check (kind in ('departure')),
    constraint handover_reason_ck check (reason in ('resignation', 'dismissal', 'other')),
    constraint handover_state_ck check (state in ('draft', 'submitted', 'approved', 'completed', 'cancelled'))
);

-- One person has at most one open departure.
create unique index handover_one_open_departure on handover (user_id)
    where kind = 'departure' and state in ('draft', 'submitted', 'approved');
create index handover_state_idx on handover (state, created_at desc);

-- Every transition, who made it and when: the handover's own story.
create table handover_event (
    id          bigserial primary key,
    handover_id uuid not null references handover (id),
    from_state  varchar(16),
    to_state    varchar(16) not null,
    actor_id    varchar(64) not null,
    at          timestamptz not null,
    note        varchar(2000)
);
create index handover_event_idx on handover_event (handover_id, id);

-- The kinds the leaver holds at the client (owner, co-owner, partner, …) are what the successor takes over.
create table handover_item (
    id                     uuid primary key,
    handover_id            uuid not null references handover (id),
    client_id              uuid not null references client (id),
    kinds                  text[] not null,
    suggested_successor_id varchar(64),
    successor_id           varchar(64),
    state_of_work          text,
    urgent_matters         jsonb not null default '[]',
    reviewed_at            timestamptz,
    reviewed_by            varchar(64),
    created_at             timestamptz not null,
    created_by             varchar(64) not null,
    updated_at             timestamptz not null,
    updated_by             varchar(64) not null,
    version                bigint not null default 0,
    constraint handover_item_once unique (handover_id, client_id)
);
-- A client page shows the handover items of its client; a successor lists theirs.
create index handover_item_client_idx on handover_item (client_id);
create index handover_item_successor_idx on handover_item (successor_id, handover_id);

-- A change made as part of something larger (a handover's completion) says so in the client's history:
-- the transaction sets relay.change_context, and every change it records carries it.
alter table change_log add column context varchar(80);

create or replace function relay_record_change() returns trigger
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
    insert into change_log (client_id, entity_type, entity_id, action, actor_id, changes, context)
    values (case when tg_table_name = 'client' then new.id else (new_row ->> 'client_id')::uuid end,
            tg_table_name, new.id, act, new.updated_by, diff,
            nullif(current_setting('relay.change_context', true), ''));
    return new;
end
$$;

-- Starting and completing a handover are audited like the other acts on client data.
alter table audit_event drop constraint audit_action_ck;
alter table audit_event add constraint audit_action_ck check (action in ('read', 'list', 'create', 'update', 'delete',
    'restore', 'export', 'departure', 'handover'));
