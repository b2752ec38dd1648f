-- What a leaver commits to and gives back on a departure: the non-compete / non-solicit record (signed or not,
-- when, until when, which key clients it covers) and the corporate channels passed on (the phone number, the
-- mailbox alias) with who received each. One per departure handover; written by its supervisors.
create table departure_commitment (
    handover_id         uuid primary key references handover (id),
    non_compete_signed  boolean not null default false,
    signed_on           date,
    non_compete_ends_on date,
    key_client_ids      uuid[] not null default '{}',
    phone_number        varchar(40),
    phone_to            varchar(64),
    mailbox             varchar(254),
    mailbox_to          varchar(64),
    note                varchar(2000),
    created_at          timestamptz not null,
    created_by          varchar(64) not null,
    updated_at          timestamptz not null,
    updated_by          varchar(64) not null,
    version             bigint not null default 0,
    constraint departure_commitment_signed_ck check (not non_compete_signed or signed_on is not null),
    constraint departure_commitment_period_ck
        check (non_compete_ends_on is null or signed_on is null or non_compete_ends_on > signed_on)
);
