-- A user marked as leaving is refused at once; their records stay for the handover.
alter table app_user add column departed_at timestamptz;
alter table app_user add column departed_by varchar(64);
alter table app_user add column departure_note varchar(1000);
