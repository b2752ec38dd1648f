-- A letter not sent yet when a correction named another successor is superseded (a new letter replaces it); one
-- announcing a partnership that ended before it went is stopped.
alter table letter drop constraint letter_state_check;
alter table letter add constraint letter_state_check
    check (state in ('queued', 'held', 'no_consent', 'no_channel', 'superseded', 'stopped'));

-- From when an activity counts as the first contact: the completion (or the correction that named a new
-- successor); not before. Items completed before this column existed count from their completion.
alter table handover_item add column first_contact_from timestamptz;
update handover_item i set first_contact_from = (select max(e.at) from handover_event e
                                                 where e.handover_id = i.handover_id and e.to_state = 'completed')
    where i.first_contact_due is not null;
create index handover_item_first_contact_activity_idx on handover_item (first_contact_activity_id)
    where first_contact_activity_id is not null;
