-- A client's segment set by hand stays where it was put: the recalculation passes it by until the pin is released.
create table segment_pin (
    client_id uuid primary key references client (id),
    reason    varchar(500),
    pinned_by varchar(64) not null,
    pinned_at timestamptz not null
);
-- Until now every segment was typed by hand: those stay as people set them, until someone gives them to the rules.
insert into segment_pin (client_id, reason, pinned_by, pinned_at)
select id, 'set before the segment rules', 'system', now() from client where segment is not null;

-- A recalculation: previewed (who would move where), then applied exactly as previewed, or found stale when the
-- figures, the segments or the clients changed in between. Its moves are kept: which rule run moved whom.
create table segment_recalculation (
    id          uuid primary key,
    state       varchar(16) not null check (state in ('previewed', 'applying', 'applied', 'stale')),
    -- The company's day the rules were read on ("ordered within 30 days" of it).
    as_of       date not null,
    created_at  timestamptz not null,
    created_by  varchar(64) not null,
    moves       integer not null,
    applied     integer,
    applied_at  timestamptz,
    applied_by  varchar(64)
);

create table segment_move (
    recalculation_id uuid not null references segment_recalculation (id),
    client_id        uuid not null references client (id),
    from_segment     varchar(16),
    to_segment       varchar(16),
    from_lifecycle   varchar(16) not null,
    to_lifecycle     varchar(16) not null,
    primary key (recalculation_id, client_id)
);
