-- A list page as the API reads it (ClientSearch.page): the selection of a select-<user>.sql, inlined at
-- SELECTION by `make bench`, completed with the holders' names, the parties standing now and the live
-- contact persons of each of its rows.
select c.id, c.name, c.tax_id, c.kind, c.industry, c.country, c.region, c.city, c.address, c.website, c.lifecycle,
       c.segment, c.owner_id, c.co_owner_id, c.team, c.tags, c.notes, cast(c.attributes as text) as attributes,
       c.created_at, c.created_by, c.updated_at, c.updated_by, c.deleted_at, c.deleted_by, c.version,
       (select u.full_name from app_user u where u.id = c.owner_id) as owner_name,
       (select u.full_name from app_user u where u.id = c.co_owner_id) as co_owner_name,
       array(select p.user_id from party p where p.client_id = c.id and p.deleted_at is null
             and p.valid_from <= now() and (p.valid_to is null or p.valid_to > now())
             and p.kind in ('partner', 'temporary-owner', 'executive-sponsor')) as other_parties,
       (select count(*) from contact k where k.client_id = c.id and k.deleted_at is null) as contact_count
from (
SELECTION
) c
order by relay_fold(c.name) asc, c.id asc;
