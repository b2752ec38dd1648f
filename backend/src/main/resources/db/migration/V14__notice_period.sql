-- A person serving the notice of an open departure works on their handover only (see Actor.onNotice).
alter table app_user add column notice_until date;

update app_user u set notice_until = h.last_working_day
from handover h
where h.user_id = u.id and h.kind = 'departure' and h.state in ('draft', 'submitted', 'approved')
  and u.departed_at is null;
