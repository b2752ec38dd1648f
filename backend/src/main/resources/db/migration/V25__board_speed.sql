-- The board's figures: per team, owner, segment and stage, how many live clients stand there and their 12-month
-- revenue, read in milliseconds instead of counted over hundreds of thousands of rows. Whoever sees whole teams sums a
-- team's cells; a person adds the cells of the clients they own; the board's owner and segment filters pick cells.
-- No total is a row writers share: each change appends a delta; a job folds the deltas into the totals now and
-- then, and a reader adds the deltas not yet folded to the totals, in one snapshot. (A revenue change waits for any
-- write to its client in progress, and the other way round: see relay_tally_figures.) A client without a team, an
-- owner or a segment counts under a null one.
create table stage_tally (
    team        varchar(64),
    owner_id    varchar(64),
    segment     varchar(32),
    stage_id    uuid    not null references pipeline_stage (id),
    clients     bigint  not null,
    revenue_12m numeric not null,
    constraint stage_tally_cell unique nulls not distinct (team, owner_id, segment, stage_id)
);

create table stage_tally_delta (
    id          bigserial primary key,
    team        varchar(64),
    owner_id    varchar(64),
    segment     varchar(32),
    stage_id    uuid    not null,
    clients     integer not null,
    revenue_12m numeric not null
);

-- A client counts where it stands while it is not deleted; a hard delete (none in Relay, but a maintenance script's)
-- takes it out too.
create function relay_tally_client() returns trigger
    language plpgsql
    as $$
declare
    revenue numeric := 0;
begin
    if tg_op in ('UPDATE', 'DELETE') then
        select coalesce(f.revenue_12m, 0) into revenue from client_figures f where f.client_id = old.id;
        revenue := coalesce(revenue, 0);
        if old.deleted_at is null then
            insert into stage_tally_delta (team, owner_id, segment, stage_id, clients, revenue_12m)
            values (old.team, old.owner_id, old.segment, old.stage_id, -1, -revenue);
        end if;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and new.deleted_at is null then
        insert into stage_tally_delta (team, owner_id, segment, stage_id, clients, revenue_12m)
        values (new.team, new.owner_id, new.segment, new.stage_id, 1, revenue);
    end if;
    return null;
end
$$;

create trigger client_tally_rows after insert or delete on client
    for each row execute function relay_tally_client();
create trigger client_tally_update after update of team, owner_id, segment, stage_id, deleted_at on client
    for each row when (old.team is distinct from new.team or old.owner_id is distinct from new.owner_id
                       or old.segment is distinct from new.segment or old.stage_id is distinct from new.stage_id
                       or (old.deleted_at is null) <> (new.deleted_at is null))
    execute function relay_tally_client();

-- A client's revenue counts where the client stands. The client row is read with a share lock: a write to the client
-- waits for this one to commit (and a change of place then reads the new revenue), and this one, coming second,
-- reads the new place. Row locks, not the lock table: a bulk change of many clients takes none of its memory. (A
-- batch of figures and a bulk change of the same clients in another order can deadlock: PostgreSQL ends one.)
create function relay_tally_figures() returns trigger
    language plpgsql
    as $$
declare
    target uuid := case when tg_op = 'DELETE' then old.client_id else new.client_id end;
    change numeric := case when tg_op = 'DELETE' then 0 else coalesce(new.revenue_12m, 0) end
        - case when tg_op = 'INSERT' then 0 else coalesce(old.revenue_12m, 0) end;
begin
    if change <> 0 then
        insert into stage_tally_delta (team, owner_id, segment, stage_id, clients, revenue_12m)
        select c.team, c.owner_id, c.segment, c.stage_id, 0, change from client c
         where c.id = target and c.deleted_at is null
           for share of c;
    end if;
    return null;
end
$$;

create trigger client_figures_tally after insert or delete or update of revenue_12m on client_figures
    for each row execute function relay_tally_figures();

-- The deltas so far into the totals, in one transaction (a reader sees either both or neither). One fold at a time
-- (others return at once): two would update the same totals in different orders.
create function relay_fold_stage_tally() returns integer
    language plpgsql
    as $$
declare
    folded integer;
begin
    if not pg_try_advisory_xact_lock(hashtext('relay-stage-tally')) then
        return 0;
    end if;
    with moved as (delete from stage_tally_delta returning team, owner_id, segment, stage_id, clients, revenue_12m),
         summed as (select team, owner_id, segment, stage_id, sum(clients) as clients,
                           sum(revenue_12m) as revenue_12m, count(*) as n
                      from moved group by team, owner_id, segment, stage_id),
         stored as (insert into stage_tally as t (team, owner_id, segment, stage_id, clients, revenue_12m)
                    select team, owner_id, segment, stage_id, clients, revenue_12m from summed
                     order by team, owner_id, segment, stage_id
                    on conflict on constraint stage_tally_cell do update
                       set clients = t.clients + excluded.clients, revenue_12m = t.revenue_12m + excluded.revenue_12m)
    select coalesce(sum(n), 0) into folded from summed;
    return folded;
end
$$;

-- Every total counted afresh, for a base written with the triggers off (a bulk load, the bench generator). Client
-- writes wait for it (a few seconds on a million clients): not for a running day.
create function relay_recount_stage_tally() returns void
    language plpgsql
    as $$
begin
    -- The fold's order (its lock, then the table): the other way round, the two could wait on each other.
    perform pg_advisory_xact_lock(hashtext('relay-stage-tally'));
    lock table stage_tally_delta in exclusive mode;
    delete from stage_tally_delta;
    delete from stage_tally;
    insert into stage_tally (team, owner_id, segment, stage_id, clients, revenue_12m)
    select c.team, c.owner_id, c.segment, c.stage_id, count(*), coalesce(sum(f.revenue_12m), 0)
      from client c left join client_figures f on f.client_id = c.id
     where c.deleted_at is null
     group by c.team, c.owner_id, c.segment, c.stage_id;
end
$$;

select relay_recount_stage_tally();

-- A column's cards in name order along each way of seeing them: a team's (a head of sales), a phase of a team's (a
-- lead generator: the phase first, so that another phase's column finds nothing at once), one's own or co-owned (a
-- manager). The team indexes replace those on (team, stage_id) and (team, phase), which they begin with.
drop index client_team_stage_idx;
drop index client_team_phase_idx;
create index client_team_stage_name_idx on client (team, stage_id, relay_fold(name), id) where deleted_at is null;
create index client_team_phase_stage_name_idx on client (team, phase, stage_id, relay_fold(name), id)
    where deleted_at is null;
create index client_owner_stage_name_idx on client (owner_id, stage_id, relay_fold(name), id) where deleted_at is null;
create index client_co_owner_stage_name_idx on client (co_owner_id, stage_id, relay_fold(name), id)
    where deleted_at is null;
