-- The selection GET /clients?limit=50 runs for sam (sales manager, north): the row scope's branches, first page by name.
select c.* from client c
where (c.owner_id = 'a0000000-0000-4000-8000-000000000004' or c.co_owner_id = 'a0000000-0000-4000-8000-000000000004'
       or exists (select 1 from party p where p.client_id = c.id and p.user_id = 'a0000000-0000-4000-8000-000000000004'
                  and p.deleted_at is null and p.valid_from <= now() and (p.valid_to is null or p.valid_to > now())
                  and p.kind in ('partner', 'temporary-owner', 'executive-sponsor')))
  and c.deleted_at is null
order by relay_fold(c.name) asc, c.id asc
limit 51;
