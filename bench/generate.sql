-- Bench data on top of the demo base: :clients clients (default 1 000 000) with three contact persons
-- each, spread over the demo owners and both teams (sam holds a fifth), a partner on one client in a
-- hundred, so that list, search and count queries face a realistic size and mix.
-- Run as the cluster's superuser: triggers are switched off for the load (history of generated rows
-- is not the point), so the owner and co-owner parties the trigger would write are written here.
\if :{?clients}
\else
\set clients 1000000
\endif
set session_replication_role = replica;
set maintenance_work_mem = '512MB';

insert into client (id, name, tax_id, kind, industry, country, region, city, lifecycle, segment, owner_id,
                    co_owner_id, team, tags, created_at, created_by, updated_at, updated_by, version, stage_id, phase)
select md5('bench-client-' || i)::uuid,
       (array['Agro', 'Vin', 'Trans', 'Constr', 'Farm', 'Lact', 'Текс', 'Сиб', 'Distrib', 'Panad'])[1 + i % 10]
           || ' ' || (array['Nord', 'Sud', 'Est', 'Vest', 'Центр', 'Levante'])[1 + i % 6] || ' ' || i,
       'RO' || (900000000 + i),
       'company',
       (array['agriculture', 'wine', 'logistics', 'construction'])[1 + i % 4],
       (array['RO', 'MD', 'RU', 'ES'])[1 + i % 4],
       'Region ' || (i % 40), 'City ' || (i % 90),
       l.lifecycle,
       (array['vip', 'key', 'medium', 'outsider', 'medium'])[1 + i % 5],
       (array['a0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000005',
              'a0000000-0000-4000-8000-000000000006', 'a0000000-0000-4000-8000-000000000009',
              'a0000000-0000-4000-8000-000000000008'])[1 + i % 5],
       case when i % 7 = 0 and i % 5 < 3 then 'a0000000-0000-4000-8000-000000000006' end,
       case when i % 5 < 3 then 'north' else 'south' end,
       array['bench'],
       now() - (i % 900) * interval '1 day', 'bench', now() - (i % 300) * interval '1 hour', 'bench', 0,
       s.id, s.phase
from generate_series(1, :clients) as i
cross join lateral (select (array['prospect', 'active', 'active', 'passive', 'lost'])[1 + i % 5] as lifecycle) l
-- Prospects spread over the six stages of lead generation and sales, customers regular, the lost lost (the
-- trigger that would put them there is off for the load).
cross join lateral (select st.id, st.phase from pipeline_stage st
                     where st.key = case l.lifecycle
                         when 'prospect' then (array['new-lead', 'contacted', 'qualified', 'meeting-agreed', 'proposal',
                                                     'agreed-to-sign'])[1 + (i / 5) % 6]
                         when 'lost' then 'lost' else 'regular-customer' end) s
on conflict (id) do nothing;

insert into party (id, client_id, user_id, kind, duties, valid_from, created_at, created_by, updated_at, updated_by)
select gen_random_uuid(), c.id, h.user_id, h.kind, h.duties, c.created_at, c.created_at, 'bench', c.created_at, 'bench'
from client c
cross join lateral (values (c.owner_id, 'owner', null), (c.co_owner_id, 'co-owner', null),
                           (case when c.team = 'south' and right(c.tax_id, 2) = '03'
                                 then 'a0000000-0000-4000-8000-000000000004' end, 'partner', 'exports')) as h(user_id, kind, duties)
where c.created_by = 'bench' and h.user_id is not null;

insert into contact (id, client_id, full_name, position, functions, channels, created_at, created_by,
                     updated_at, updated_by, version)
select md5('bench-contact-' || i || '-' || k)::uuid, md5('bench-client-' || i)::uuid,
       (array['Ion', 'Maria', 'Андрей', 'Elena', 'José', 'Ольга'])[1 + (i + k) % 6] || ' '
           || (array['Popescu', 'Rusu', 'Морозов', 'García', 'Ciobanu'])[1 + (i * k) % 5] || ' ' || i,
       'buyer', array['orders'],
       jsonb_build_array(jsonb_build_object('kind', 'phone', 'value', '+4072' || lpad((i * 3 + k)::text, 7, '0'),
                                            'corporate', true)),
       now(), 'bench', now(), 'bench', 0
from generate_series(1, :clients) as i, generate_series(1, 3) as k
on conflict (id) do nothing;

set session_replication_role = origin;
-- The triggers that mark people for "if this manager left today" were off too: everyone is counted afresh.
insert into impact_dirty (user_id) select distinct user_id from party where deleted_at is null;
-- And the board's totals per team, owner, segment and stage.
select relay_recount_stage_tally();
vacuum analyze client;
vacuum analyze contact;
vacuum analyze party;
