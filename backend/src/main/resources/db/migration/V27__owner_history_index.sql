-- Who held a client on a given day (the attribution report's "manages") reads the owners' history, ended rows
-- included: the party indexes cover standing rows only.
create index party_owner_history_idx on party (client_id, valid_from desc) where kind = 'owner';
