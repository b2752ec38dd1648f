-- The SQL of the list endpoint for sam (sales manager: own and co-owned clients), first page of 50 by name.
select c.* from client c
where (c.owner_id = 'a0000000-0000-4000-8000-000000000004' or c.co_owner_id = 'a0000000-0000-4000-8000-000000000004')
  and c.deleted_at is null
order by relay_fold(c.name) asc, c.id asc
limit 51;
