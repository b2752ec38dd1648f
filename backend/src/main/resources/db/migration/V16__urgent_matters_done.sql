-- The urgent matters of a completed handover are their successor's to-dos; each is marked done here, by position
-- (an item's write-up no longer changes once the handover is approved).
create table urgent_matter_done (
    item_id  uuid not null references handover_item (id),
    position integer not null,
    done_at  timestamptz,
    done_by  varchar(64) not null,
    primary key (item_id, position)
);
