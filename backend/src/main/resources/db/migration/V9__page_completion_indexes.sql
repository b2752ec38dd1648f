-- A list page is completed in its own statement: each of its rows looks up its live contact persons'
-- count and the parties standing in front of it. Both lookups stay in small indexes: the count reads
-- the index alone (no visit to the contacts' pages), and the party lookup finds nothing for the many
-- clients that only have holders (owner rows, mirrored in party, would otherwise be read and dropped).
create index contact_live_client_idx on contact (client_id) where deleted_at is null;
drop index contact_client_idx;

create index party_sight_client_idx on party (client_id) include (user_id, valid_from, valid_to)
    where deleted_at is null and kind in ('partner', 'temporary-owner', 'executive-sponsor');
