-- Bench data: 20 000 more clients and about 60 000 contacts on top of the demo base, spread over
-- the demo owners and both teams, so list queries face a realistic size and mix.
insert into client (id, name, tax_id, kind, industry, country, region, city, lifecycle, segment, owner_id,
                    co_owner_id, team, tags, created_at, created_by, updated_at, updated_by, version)
select md5('bench-client-' || i)::uuid,
       (array['Agro', 'Vin', 'Trans', 'Constr', 'Farm', 'Lact', 'Текс', 'Сиб', 'Distrib', 'Panad'])[1 + i % 10]
           || ' ' || (array['Nord', 'Sud', 'Est', 'Vest', 'Центр', 'Levante'])[1 + i % 6] || ' ' || i,
       'RO' || (10000000 + i),
       'company',
       (array['agriculture', 'wine', 'logistics', 'construction'])[1 + i % 4],
       (array['RO', 'MD', 'RU', 'ES'])[1 + i % 4],
       'Region ' || (i % 40), 'City ' || (i % 90),
       (array['prospect', 'active', 'active', 'passive', 'lost'])[1 + i % 5],
       (array['vip', 'key', 'medium', 'outsider', 'medium'])[1 + i % 5],
       (array['a0000000-0000-4000-8000-000000000004', 'a0000000-0000-4000-8000-000000000005',
              'a0000000-0000-4000-8000-000000000006', 'a0000000-0000-4000-8000-000000000009',
              'a0000000-0000-4000-8000-000000000008'])[1 + i % 5],
       case when i % 7 = 0 then 'a0000000-0000-4000-8000-000000000006' end,
       case when i % 5 < 3 then 'north' else 'south' end,
       array['bench'],
       now() - (i % 900) * interval '1 day', 'bench', now() - (i % 300) * interval '1 hour', 'bench', 0
from generate_series(1, 20000) as i
on conflict (id) do nothing;

insert into contact (id, client_id, full_name, position, functions, channels, created_at, created_by,
                     updated_at, updated_by, version)
select md5('bench-contact-' || i || '-' || k)::uuid, md5('bench-client-' || i)::uuid,
       'Contact ' || k || ' of ' || i, 'buyer', array['orders'],
       jsonb_build_array(jsonb_build_object('kind', 'phone', 'value', '+4072' || lpad((i * 3 + k)::text, 7, '0'),
                                            'corporate', true)),
       now(), 'bench', now(), 'bench', 0
from generate_series(1, 20000) as i, generate_series(1, 3) as k
on conflict (id) do nothing;

analyze client;
analyze contact;
