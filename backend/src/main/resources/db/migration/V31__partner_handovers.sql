-- A partner handover: a second manager joins a person's clients as partner, with stated duties, from a day and
-- until a day or for good. Its partner and a temporary cover's substitute are both the person who joins them.
alter table handover rename column substitute_id to joiner_id;
alter table handover add column duties varchar(500);
-- Whether the clients' contact persons were written to about the partner (letters, as for a departure).
alter table handover add column tell_clients boolean not null default false;
alter table handover drop constraint handover_kind_ck;
alter table handover add constraint handover_kind_ck check (kind in ('departure', 'temporary', 'partner'));
alter table handover add constraint handover_partner_ck
    check (kind <> 'partner' or (joiner_id is not null and duties is not null and starts_on is not null
                                 and (ends_on is null or ends_on >= starts_on)));

-- A temporary handover always has its last day (a check passes on null: say so).
alter table handover drop constraint handover_temporary_ck;
alter table handover add constraint handover_temporary_ck
    check (kind <> 'temporary' or (joiner_id is not null and starts_on is not null and ends_on is not null
                                   and ends_on >= starts_on));
