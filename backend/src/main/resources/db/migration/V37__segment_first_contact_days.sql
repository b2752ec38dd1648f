-- How many working days a successor has to reach a client of this segment after a handover: kept on the segment,
-- so the company sets it with the segment. None: the company's default (RELAY_FIRST_CONTACT_DAYS). The two top
-- segments start with the days the setting gave them until now.
alter table segment add column first_contact_days integer check (first_contact_days between 1 and 60);
update segment set first_contact_days = 2 where key = 'vip';
update segment set first_contact_days = 5 where key = 'key';
