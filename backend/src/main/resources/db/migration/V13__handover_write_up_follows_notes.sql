-- The handover write-up used to be read under the client.notes rule; it has its own rules now
-- (handover.stateOfWork, handover.urgentMatters). Where an admin had narrowed client.notes for a role below
-- reading, the write-up keeps that rule instead of falling back to the shipped default.
insert into field_policy (role, field_key, level, updated_at, updated_by)
select p.role, k.key, p.level, p.updated_at, p.updated_by
from field_policy p cross join (values ('handover.stateOfWork'), ('handover.urgentMatters')) k(key)
where p.field_key = 'client.notes' and p.level in ('hidden', 'masked')
on conflict (role, field_key) do nothing;
