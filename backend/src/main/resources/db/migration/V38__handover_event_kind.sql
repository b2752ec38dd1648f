-- A handover's history holds its transitions (draft → submitted → …) and notes on the way (commitments recorded, a
-- successor corrected) that change no state. Said outright, so that "who approved it" or "when it completed" reads
-- transitions only, not inferred from a note's unchanged state.
alter table handover_event add column kind varchar(16) not null default 'transition'
    check (kind in ('transition', 'note'));
update handover_event set kind = 'note' where from_state = to_state;
alter table handover_event add constraint handover_event_note_ck check (kind = 'transition' or from_state = to_state);
