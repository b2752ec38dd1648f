-- Orders of clients, entered in the SPA or posted by accounting (idempotent on their external id), and the
-- exchange rates that turn their amounts into the company's currency.
create table exchange_rate (
    currency   char(3) not null,
    on_date    date not null,
    -- How much of the company's currency one unit of `currency` was worth that day.
    rate       numeric(20, 10) not null check (rate > 0),
    updated_at timestamptz not null,
    updated_by varchar(64) not null,
    primary key (currency, on_date)
);

create table client_order (
    id             uuid primary key,
    client_id      uuid not null references client (id),
    external_id    varchar(100),
    number         varchar(100),
    ordered_on     date not null,
    amount         numeric(18, 2) not null check (amount >= 0),
    currency       char(3) not null,
    -- The amount in the company's currency at the rate of `ordered_on` (the amount itself in that currency).
    company_amount numeric(18, 2) not null,
    status         varchar(16) not null,
    due_on         date,
    paid_on        date,
    lines          jsonb not null default '[]',
    created_at     timestamptz not null,
    created_by     varchar(64) not null,
    updated_at     timestamptz not null,
    updated_by     varchar(64) not null,
    deleted_at     timestamptz,
    deleted_by     varchar(64),
    version        bigint not null default 0
);
create unique index client_order_external_id on client_order (external_id) where external_id is not null;
-- A client's orders newest first (its page, and its figures).
create index client_order_client_idx on client_order (client_id, ordered_on desc, id desc);

-- Per client, kept current by each order's post and, for what the calendar changes, by a nightly job.
create table client_figures (
    client_id           uuid primary key references client (id),
    revenue_12m         numeric(18, 2) not null,
    first_order_on      date,
    last_order_on       date,
    order_interval_days integer,
    overdue_receivables numeric(18, 2) not null,
    computed_on         date not null
);
