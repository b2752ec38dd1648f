-- Segments are data: the company names them, ranks them, colours them and says by which rule clients fall in.
-- A client's `segment` stays the segment's key (a key never changes once made, so clients may refer to it).
-- `supervised` segments are the "top" ones: narrower field rules, a head of sales confirms their successors
-- and moves clients into or out of them by hand.
create table segment (
    id                  uuid primary key,
    key                 varchar(16) not null unique check (key ~ '^[a-z][a-z0-9-]{0,15}$'),
    -- {"en": "VIP", "ro": "VIP", ...}: English always, the others where the company gave them.
    names               jsonb not null check (names ? 'en'),
    rank                integer not null unique check (rank between 1 and 1000),
    colour              char(7) not null check (colour ~ '^#[0-9a-f]{6}$'),
    -- manual | revenueShare | recency | combination, with what the kind needs.
    rule_kind           varchar(16) not null
        check (rule_kind in ('manual', 'revenueShare', 'recency', 'combination')),
    top_percent         numeric(5, 2) check (top_percent > 0 and top_percent <= 100),
    within_days         integer check (within_days between 1 and 3650),
    contact_rhythm_days integer check (contact_rhythm_days between 1 and 366),
    supervised          boolean not null,
    created_at          timestamptz not null,
    created_by          varchar(64) not null,
    updated_at          timestamptz not null,
    updated_by          varchar(64) not null,
    deleted_at          timestamptz,
    deleted_by          varchar(64),
    version             bigint not null default 0,
    constraint segment_rule_ck check (
        (rule_kind = 'manual' and top_percent is null and within_days is null)
        or (rule_kind = 'revenueShare' and top_percent is not null and within_days is null)
        or (rule_kind = 'recency' and top_percent is null and within_days is not null)
        or (rule_kind = 'combination' and top_percent is not null and within_days is not null))
);

-- Today's four, as the articles describe them: VIP and key are the clients making the first half and the first
-- 80% of the revenue, medium those who ordered within a year, outsiders the rest.
insert into segment (id, key, names, rank, colour, rule_kind, top_percent, within_days, contact_rhythm_days,
                     supervised, created_at, created_by, updated_at, updated_by)
values ('5e000000-0000-4000-8000-000000000001', 'vip',
        '{"en": "VIP", "ro": "VIP", "ru": "VIP", "es": "VIP"}', 1, '#862e9c', 'revenueShare', 50, null, 7, true,
        now(), 'system', now(), 'system'),
       ('5e000000-0000-4000-8000-000000000002', 'key',
        '{"en": "Key", "ro": "Cheie", "ru": "Ключевой", "es": "Clave"}', 2, '#364fc7', 'revenueShare', 80, null, 14,
        true, now(), 'system', now(), 'system'),
       ('5e000000-0000-4000-8000-000000000003', 'medium',
        '{"en": "Medium", "ro": "Mediu", "ru": "Средний", "es": "Medio"}', 3, '#0b7285', 'recency', null, 365, 30,
        false, now(), 'system', now(), 'system'),
       ('5e000000-0000-4000-8000-000000000004', 'outsider',
        '{"en": "Outsider", "ro": "Marginal", "ru": "Аутсайдер", "es": "Marginal"}', 4, '#343a40', 'manual', null,
        null, null, false, now(), 'system', now(), 'system');

alter table client drop constraint client_segment_ck;
alter table client add constraint client_segment_fk foreign key (segment) references segment (key);
