-- A rotation: a supervisor exchanges a set of clients among several managers on a day, nobody leaving. It has
-- no single person whose clients these are, but its members (the managers among whom the clients rotate) and
-- its day; each item names the member whose place its successor takes.
alter table handover alter column user_id drop not null;
alter table handover add column members varchar(64)[];
alter table handover drop constraint handover_kind_ck;
alter table handover add constraint handover_kind_ck check (kind in ('departure', 'temporary', 'partner', 'rotation'));
alter table handover add constraint handover_person_ck check ((kind = 'rotation') = (user_id is null));
alter table handover add constraint handover_rotation_ck
    check (kind <> 'rotation' or (members is not null and cardinality(members) >= 2 and starts_on is not null));

alter table handover_item add column holder_id varchar(64);
