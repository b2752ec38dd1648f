-- A temporary handover (vacation, sick leave): a substitute stands in as temporary owner of an absent person's
-- clients from one day to another. It has no reason and no last working day, but a period and a substitute.
alter table handover alter column reason drop not null;
alter table handover alter column last_working_day drop not null;
alter table handover add column substitute_id varchar(64);
alter table handover add column starts_on date;
alter table handover add column ends_on date;
alter table handover drop constraint handover_kind_ck;
alter table handover add constraint handover_kind_ck check (kind in ('departure', 'temporary'));
alter table handover add constraint handover_departure_ck
    check (kind <> 'departure' or (reason is not null and last_working_day is not null));
alter table handover add constraint handover_temporary_ck
    check (kind <> 'temporary' or (substitute_id is not null and starts_on is not null and ends_on >= starts_on));

-- The temporary-owner party each item of a temporary handover began: ending the cover early ends exactly those.
alter table handover_item add column party_id uuid references party (id);
create index handover_item_party_idx on handover_item (party_id) where party_id is not null;
