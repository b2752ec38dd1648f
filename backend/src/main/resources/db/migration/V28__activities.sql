-- Activities on a client (calls, meetings, visits, e-mails), and the successor's first contact after a handover:
-- due within a number of working days, met by their first activity with the client, marked missed by a job.
create table activity (
    id          uuid primary key,
    client_id   uuid not null references client (id),
    kind        varchar(16) not null check (kind in ('call', 'meeting', 'visit', 'email')),
    happened_at timestamptz not null,
    contact_ids uuid[] not null default '{}',
    outcome     varchar(2000),
    next_step   varchar(500),
    created_at  timestamptz not null default now(),
    created_by  varchar(64) not null
);
create index activity_client_idx on activity (client_id, happened_at desc, id desc);

alter table handover_item add column first_contact_due date;
alter table handover_item add column first_contact_at timestamptz;
alter table handover_item add column first_contact_activity_id uuid references activity (id);
alter table handover_item add column first_contact_missed_at timestamptz;
-- The first contacts still owed: the job and the overdue lists read only these.
create index handover_item_first_contact_owed_idx on handover_item (first_contact_due)
    where first_contact_due is not null and first_contact_at is null;
