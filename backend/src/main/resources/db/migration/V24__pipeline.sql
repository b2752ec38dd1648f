-- The conveyor: stages are data, ordered, each in a phase. Lead generators find and qualify prospects (lead), sales
-- managers close the first deal (sales), account managers keep the customer (account); a client may be lost anywhere.
-- Stages are archived, never deleted: moves keep referring to them.
create table pipeline_stage (
    id          uuid primary key,
    key         varchar(32) not null unique check (key ~ '^[a-z][a-z0-9-]{0,31}$'),
    names       jsonb not null check (names ? 'en'),
    phase       varchar(16) not null check (phase in ('lead', 'sales', 'account', 'lost')),
    -- The board's order; phases come first (lead, sales, account, lost), then the position within them.
    position    integer not null unique check (position between 1 and 10000),
    archived_at timestamptz,
    archived_by varchar(64),
    created_at  timestamptz not null,
    created_by  varchar(64) not null,
    updated_at  timestamptz not null,
    updated_by  varchar(64) not null,
    deleted_at  timestamptz,
    deleted_by  varchar(64),
    version     bigint not null default 0
);

insert into pipeline_stage (id, key, names, phase, position, created_at, created_by, updated_at, updated_by)
values ('57000000-0000-4000-8000-000000000001', 'new-lead',
        '{"en": "New lead", "ro": "Lead nou", "ru": "Новый лид", "es": "Nuevo lead"}', 'lead', 10,
        now(), 'system', now(), 'system'),
       ('57000000-0000-4000-8000-000000000002', 'contacted',
        '{"en": "Contacted", "ro": "Contactat", "ru": "Контакт установлен", "es": "Contactado"}', 'lead', 20,
        now(), 'system', now(), 'system'),
       ('57000000-0000-4000-8000-000000000003', 'qualified',
        '{"en": "Qualified", "ro": "Calificat", "ru": "Квалифицирован", "es": "Cualificado"}', 'sales', 30,
        now(), 'system', now(), 'system'),
       ('57000000-0000-4000-8000-000000000004', 'meeting-agreed',
        '{"en": "Meeting agreed", "ro": "Întâlnire stabilită", "ru": "Встреча назначена", "es": "Reunión acordada"}',
        'sales', 40, now(), 'system', now(), 'system'),
       ('57000000-0000-4000-8000-000000000005', 'proposal',
        '{"en": "Proposal", "ro": "Ofertă", "ru": "Предложение", "es": "Propuesta"}', 'sales', 50,
        now(), 'system', now(), 'system'),
       ('57000000-0000-4000-8000-000000000006', 'agreed-to-sign',
        '{"en": "Agreed to sign", "ro": "De acord să semneze", "ru": "Согласны подписать", "es": "Acuerdo para firmar"}',
        'sales', 60, now(), 'system', now(), 'system'),
       ('57000000-0000-4000-8000-000000000007', 'first-contract',
        '{"en": "First contract", "ro": "Primul contract", "ru": "Первый контракт", "es": "Primer contrato"}',
        'account', 70, now(), 'system', now(), 'system'),
       ('57000000-0000-4000-8000-000000000008', 'regular-customer',
        '{"en": "Regular customer", "ro": "Client constant", "ru": "Постоянный клиент", "es": "Cliente habitual"}',
        'account', 80, now(), 'system', now(), 'system'),
       ('57000000-0000-4000-8000-000000000009', 'lost',
        '{"en": "Lost", "ro": "Pierdut", "ru": "Потерян", "es": "Perdido"}', 'lost', 90,
        now(), 'system', now(), 'system');

-- Where a client stands: its stage, and its phase kept from the stage (the row scope asks the phase of every row).
-- Money, Authority, Need as found when qualifying; the next step with its date.
alter table client add column stage_id uuid references pipeline_stage (id);
alter table client add column phase varchar(16);
alter table client add column qualification jsonb;
alter table client add column next_step jsonb;

-- The stage a client is put in when nobody chose one (a new or imported client): prospects are new leads, customers
-- regular ones, the lost lost. A lifecycle by hand stays within its phase (Relay refuses others: they are moves).
create function relay_default_stage(lifecycle text) returns uuid
    language sql stable
    as $$
    select s.id from pipeline_stage s
     where s.archived_at is null
       and s.phase = case lifecycle when 'prospect' then 'lead' when 'lost' then 'lost' else 'account' end
     order by case when lifecycle in ('active', 'passive') then -s.position else s.position end
     limit 1
    $$;

-- The phase is the stage's, always: the row scope reads it on every row, so no write may set it otherwise. A client
-- written without a stage (a new or imported one) stands at its lifecycle's first stage.
create function relay_keep_stage() returns trigger
    language plpgsql
    as $$
begin
    if new.stage_id is null then
        new.stage_id := relay_default_stage(new.lifecycle);
    end if;
    new.phase := (select s.phase from pipeline_stage s where s.id = new.stage_id);
    return new;
end
$$;

-- Today's clients: by their lifecycle, in one pass, without a history entry each (nobody moved them) and without
-- the other row triggers (nothing else changes).
alter table client disable trigger user;
update client c set stage_id = s.id, phase = s.phase
  from (select l.lifecycle, relay_default_stage(l.lifecycle) as id from (values ('prospect'), ('active'), ('passive'),
        ('lost')) l(lifecycle)) d
  join pipeline_stage s on s.id = d.id
 where d.lifecycle = c.lifecycle;
alter table client enable trigger user;

alter table client alter column stage_id set not null;
alter table client alter column phase set not null;

create trigger client_stage before insert or update of stage_id, phase on client
    for each row execute function relay_keep_stage();

-- A lead generator's lists: the lead-phase clients of their team.
create index client_team_phase_idx on client (team, phase);
-- The board: clients per stage of a team, and a column's cards in name order (for those who see every team too).
create index client_team_stage_idx on client (team, stage_id);
create index client_stage_name_idx on client (stage_id, relay_fold(name), id) where deleted_at is null;

-- The phase follows the stage: telling it in the history would only repeat the stage.
create or replace function relay_history_ignored() returns text[]
    language sql immutable
    as $$ select array['version', 'updated_at', 'updated_by', 'created_at', 'created_by', 'deleted_by', 'phase'] $$;

-- Every move on the conveyor: who, when, from where to where, why, and the next step then agreed.
create table stage_move (
    id            uuid primary key,
    client_id     uuid not null references client (id),
    from_stage_id uuid references pipeline_stage (id),
    to_stage_id   uuid not null references pipeline_stage (id),
    reason        varchar(1000),
    next_step     varchar(500),
    next_step_due date,
    owner_before  varchar(64),
    owner_after   varchar(64),
    moved_by      varchar(64) not null,
    moved_at      timestamptz not null
);
create index stage_move_client_idx on stage_move (client_id, moved_at desc);

-- Round-robin on a phase boundary: per team and phase, the last person handed a client.
create table pipeline_routing (
    team         varchar(64) not null,
    phase        varchar(16) not null check (phase in ('sales', 'account')),
    last_user_id varchar(64),
    primary key (team, phase)
);

-- Who found, qualified and closed a client: parties that never give sight of it (attribution).
alter table party drop constraint party_kind_ck;
alter table party add constraint party_kind_ck check (kind in ('owner', 'co-owner', 'partner', 'temporary-owner',
    'successor', 'executive-sponsor', 'finder', 'qualifier', 'closer'));
create unique index party_one_attribution on party (client_id, kind)
    where kind in ('finder', 'qualifier', 'closer') and deleted_at is null;
