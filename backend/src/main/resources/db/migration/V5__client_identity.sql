-- One client per tax id and country: "RO 123.456", "ro123456" and "RO-123456" are the same company.
-- Deleted clients keep their tax id, so a returning company is restored, not entered twice.
create function relay_tax_key(text) returns text
    language sql immutable strict parallel safe
    as $$ select regexp_replace(public.relay_fold($1), '[^[:alnum:]]', '', 'g') $$;

drop index client_tax_id_idx;
create unique index client_tax_key_unique on client (country, relay_tax_key(tax_id)) where tax_id is not null;
create index client_tax_key_idx on client (relay_tax_key(tax_id)) where tax_id is not null;
create index client_name_fold_idx on client (relay_fold(name));
