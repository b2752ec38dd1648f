-- Letters to clients when their manager changes: the contact person's language, the successor's corporate
-- channels, a supervisor's hold on a client's letter, and each letter as written (sent through the outbox).

alter table contact add column language varchar(2) not null default 'en'
    check (language in ('en', 'ro', 'ru', 'es'));
-- Contacts written before languages existed speak their client's country's language; a schema default, not
-- anyone's edit: no history entries and no impact recount for it.
alter table contact disable trigger contact_history;
alter table contact disable trigger contact_impact_update;
update contact t set language = case c.country when 'RO' then 'ro' when 'MD' then 'ro' when 'RU' then 'ru'
        when 'ES' then 'es' end
    from client c where c.id = t.client_id and c.country in ('RO', 'MD', 'RU', 'ES');
alter table contact enable trigger contact_history;
alter table contact enable trigger contact_impact_update;

-- The people profile: the corporate phone and mailbox that pass to a successor with the person's clients.
alter table app_user add column corporate_phone varchar(40);
alter table app_user add column corporate_email varchar(320);

alter table handover_item add column letter_hold_reason varchar(500);

create table letter (
    id             uuid primary key,
    handover_id    uuid not null references handover (id),
    item_id        uuid not null references handover_item (id),
    client_id      uuid not null references client (id),
    -- Null when the client has no contact person at all (then the letter cannot be sent: state no_channel).
    contact_id     uuid references contact (id),
    recipient_name varchar(200),
    email          varchar(320),
    reply_to       varchar(320),
    language       varchar(2) not null,
    subject        varchar(300) not null,
    body           text not null,
    -- queued: in the outbox (sent or not: the outbox says); held, no_consent, no_channel: never sent, with why.
    state          varchar(20) not null check (state in ('queued', 'held', 'no_consent', 'no_channel')),
    reason         varchar(500),
    created_at     timestamptz not null default now(),
    created_by     varchar(64) not null
);
create index letter_item_idx on letter (item_id);
create index letter_handover_idx on letter (handover_id, state);
