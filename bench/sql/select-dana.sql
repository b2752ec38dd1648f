-- The selection GET /clients?limit=50 runs for dana (the director): every client.
select c.* from client c
where true and c.deleted_at is null
order by relay_fold(c.name) asc, c.id asc
limit 51;
