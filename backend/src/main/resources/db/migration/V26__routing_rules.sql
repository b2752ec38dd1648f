-- Per team and phase, how a client entering the phase finds its owner: in turn among the people of that phase's role
-- (round-robin, the default), or chosen by the head of sales (it waits for them: a prospect unassigned in the team,
-- a customer with whoever closed it). Supervisors of the team set it; a version guards concurrent changes.
alter table pipeline_routing add column rule varchar(16) not null default 'round-robin'
    check (rule in ('round-robin', 'head-of-sales'));
alter table pipeline_routing add column version bigint not null default 0;
alter table pipeline_routing add column updated_at timestamptz;
alter table pipeline_routing add column updated_by varchar(64);
