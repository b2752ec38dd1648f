-- Search by any fragment of a tax id uses a trigram index, like names and contact names do: each
-- source of a match is looked up in its own index, and the row scope applies to what they find.
create index client_tax_trgm on client using gin (relay_fold(tax_id) gin_trgm_ops);

-- The row scope's party branch looks for the kinds that give sight beyond the holders' columns: a
-- small index of just those (the same list as PartyKind's sight kinds; owner rows would drown it).
create index party_sight_idx on party (user_id, client_id)
    where deleted_at is null and kind in ('partner', 'temporary-owner', 'executive-sponsor');
