-- Everyone who stands in front of a client is a party of it: owner, co-owner, partner (with duties),
-- temporary owner (until a date), successor, executive sponsor. A party is never deleted: removing
-- or replacing one ends it (deleted_at), so who held a client when stays on record.
create table party (
    id          uuid primary key,
    client_id   uuid not null references client (id),
    user_id     varchar(64) not null,
    kind        varchar(24) not null,
    duties      varchar(500),
    valid_from  timestamptz not null,
    valid_to    timestamptz,
    created_at  timestamptz not null,
    created_by  varchar(64) not null,
    updated_at  timestamptz not null,
    updated_by  varchar(64) not null,
    deleted_at  timestamptz,
    deleted_by  varchar(64),
    version     bigint not null default 0,
    constraint party_kind_ck check (kind in ('owner', 'co-owner', 'partner', 'temporary-owner', 'successor',
                                             'executive-sponsor')),
    constraint party_period_ck check (valid_to is null or valid_to > valid_from)
);

-- The row scope asks "is this person a party of this client now": by person, then client.
create index party_person_idx on party (user_id, client_id) where deleted_at is null;
create index party_client_idx on party (client_id) where deleted_at is null;
create unique index party_one_standing on party (client_id, user_id, kind) where deleted_at is null;
create unique index party_one_owner on party (client_id) where kind = 'owner' and deleted_at is null;
create unique index party_one_co_owner on party (client_id) where kind = 'co-owner' and deleted_at is null;
-- The nightly job looks for temporary owners whose time is up.
create index party_expiry_idx on party (valid_to) where deleted_at is null and valid_to is not null;

-- The client's owner_id / co_owner_id are what a client PATCH writes (the API's `ownerId`); this
-- trigger keeps their party rows in step, also for bulk SQL, ending the previous holder's row.
create function relay_mirror_holder(client uuid, holder_kind text, old_holder text, new_holder text, actor text,
                                    since timestamptz)
    returns void
    language plpgsql
    as $$
begin
    if old_holder is not distinct from new_holder then
        return;
    end if;
    update party set deleted_at = now(), deleted_by = actor, updated_at = now(), updated_by = actor,
                     valid_to = greatest(now(), valid_from + interval '1 microsecond'), version = version + 1
     where client_id = client and kind = holder_kind and deleted_at is null;
    if new_holder is not null then
        insert into party (id, client_id, user_id, kind, valid_from, created_at, created_by, updated_at, updated_by)
        values (gen_random_uuid(), client, new_holder, holder_kind, since, now(), actor, now(), actor);
    end if;
end
$$;

create function relay_mirror_holders() returns trigger
    language plpgsql
    as $$
declare
    -- A new client's holders stand from its creation (imports and the demo base carry past dates).
    since timestamptz := case when tg_op = 'INSERT' then least(new.created_at, now()) else now() end;
begin
    perform relay_mirror_holder(new.id, 'owner', case when tg_op = 'UPDATE' then old.owner_id end, new.owner_id,
                                new.updated_by, since);
    perform relay_mirror_holder(new.id, 'co-owner', case when tg_op = 'UPDATE' then old.co_owner_id end,
                                new.co_owner_id, new.updated_by, since);
    return new;
end
$$;

create trigger client_holders after insert or update of owner_id, co_owner_id on client
    for each row execute function relay_mirror_holders();

-- Owner and co-owner changes are already told by the client's own history entry.
create trigger party_history after insert or update on party
    for each row when (new.kind not in ('owner', 'co-owner')) execute function relay_record_change();

insert into party (id, client_id, user_id, kind, valid_from, created_at, created_by, updated_at, updated_by)
select gen_random_uuid(), id, owner_id, 'owner', created_at, created_at, created_by, created_at, created_by
  from client where owner_id is not null
union all
select gen_random_uuid(), id, co_owner_id, 'co-owner', created_at, created_at, created_by, created_at, created_by
  from client where co_owner_id is not null;
