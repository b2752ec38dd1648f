-- "If this manager left today" counted live reads every client of the person and every contact of those clients:
-- half a second for 10,000 clients, half a minute for a team. So a job keeps, per person, their figures by the
-- client's team and segment, and the page reads those while they are current; a person whose clients changed
-- since is counted live until the job has been by.

-- Per person, team and segment: the clients where the person stands, those where nobody else does, the contact
-- persons reachable only personally, the clients with no decision maker on file, and the clients at risk for
-- each set of figures a reader may see (alone; alone or personal; alone or no decision maker; any of the three).
create table impact_summary (
    user_id  varchar(64) not null,
    team     varchar(64),
    segment  varchar(16),
    clients  bigint not null,
    alone    bigint not null,
    personal bigint not null,
    no_dm    bigint not null,
    risk_a   bigint not null,
    risk_ap  bigint not null,
    risk_ad  bigint not null,
    risk_apd bigint not null
);
create index impact_summary_user_idx on impact_summary (user_id);

-- When the job last counted a person, and until when that count holds by itself (a party's start or end date
-- yet to come changes who stands where without anyone writing).
create table impact_summary_state (
    user_id     varchar(64) primary key,
    computed_at timestamptz not null,
    holds_until timestamptz not null
);

-- Parties that start later (the ends are indexed already, party_expiry_idx): few, found without a scan.
create index party_start_idx on party (valid_from) where deleted_at is null;

-- What changed since: a client (everyone standing there is concerned) and, when a party ended, its former person.
-- Only ever inserted by writers (no row is shared, so no writer waits for another, and a bulk statement writes one
-- row per client, nothing more); the job deletes exactly the marks it has seen, after counting.
create table impact_dirty (
    id        bigserial primary key,
    client_id uuid,
    user_id   varchar(64)
);

-- A party added or ended by the application. Row by row, but only outside other triggers: the holders' rows
-- mirrored from the client (10,000 of them when a handover completes) are marked by the client's own statement
-- trigger below, and skipping them here costs nothing (the condition is checked before anything is queued).
create function relay_impact_party_changed() returns trigger
    language plpgsql
    as $$
begin
    insert into impact_dirty (client_id, user_id) values (new.client_id, new.user_id);
    return null;
end
$$;
create trigger party_impact after insert or update on party
    for each row when (pg_trigger_depth() < 1) execute function relay_impact_party_changed();

-- A client created, or its holders, team, segment or deletion changed (the former holders are concerned too).
create function relay_impact_client_added() returns trigger
    language plpgsql
    as $$
begin
    insert into impact_dirty (client_id) select id from new_rows;
    return null;
end
$$;
create function relay_impact_client_changed() returns trigger
    language plpgsql
    as $$
begin
    with pairs as (select n.*, o.owner_id as old_owner, o.co_owner_id as old_co_owner, o.team as old_team,
                          o.segment as old_segment, o.deleted_at as old_deleted
                     from new_rows n join old_rows o on o.id = n.id)
    insert into impact_dirty (client_id, user_id)
    select id, old_owner from pairs where old_owner is not null and old_owner is distinct from owner_id
    union all
    select id, old_co_owner from pairs where old_co_owner is not null and old_co_owner is distinct from co_owner_id
    union all
    select id, null from pairs
     where (old_owner is null or old_owner is not distinct from owner_id)
       and (old_co_owner is null or old_co_owner is not distinct from co_owner_id)
       and (team is distinct from old_team or segment is distinct from old_segment
            or deleted_at is distinct from old_deleted or owner_id is distinct from old_owner
            or co_owner_id is distinct from old_co_owner);
    return null;
end
$$;
create trigger client_impact_insert after insert on client referencing new table as new_rows
    for each statement execute function relay_impact_client_added();
create trigger client_impact_update after update on client referencing old table as old_rows new table as new_rows
    for each statement execute function relay_impact_client_changed();

-- A contact person added or changed: its client (and its former one, were it moved).
create function relay_impact_contact_added() returns trigger
    language plpgsql
    as $$
begin
    insert into impact_dirty (client_id) select distinct client_id from new_rows;
    return null;
end
$$;
create function relay_impact_contact_changed() returns trigger
    language plpgsql
    as $$
begin
    insert into impact_dirty (client_id)
    select n.client_id from new_rows n join old_rows o on o.id = n.id
     where n.channels is distinct from o.channels or n.functions is distinct from o.functions
        or n.deleted_at is distinct from o.deleted_at or n.client_id is distinct from o.client_id
    union select o.client_id from new_rows n join old_rows o on o.id = n.id where n.client_id <> o.client_id;
    return null;
end
$$;
create trigger contact_impact_insert after insert on contact referencing new table as new_rows
    for each statement execute function relay_impact_contact_added();
create trigger contact_impact_update after update on contact referencing old table as old_rows new table as new_rows
    for each statement execute function relay_impact_contact_changed();

-- Someone departed (or came back): whoever shares a client with them is alone there now (or no longer).
create function relay_impact_person_changed() returns trigger
    language plpgsql
    as $$
begin
    insert into impact_dirty (client_id)
    select p.client_id from party p join new_rows n on n.id = p.user_id join old_rows o on o.id = n.id
     where n.departed_at is distinct from o.departed_at and p.deleted_at is null;
    return null;
end
$$;
create trigger app_user_impact_update after update on app_user referencing old table as old_rows new table as new_rows
    for each statement execute function relay_impact_person_changed();

-- Everyone already at a client is counted once by the job.
insert into impact_dirty (user_id) select distinct user_id from party where deleted_at is null;
