-- A reader who may not see every kind of party is not told who is alone at a client, nor counted at risk for it:
-- the summaries keep the clients at risk without "alone" too. Everyone is marked, so they are counted live until
-- the job has counted them again.
alter table impact_summary add column risk_p bigint not null default 0,
                           add column risk_d bigint not null default 0,
                           add column risk_pd bigint not null default 0;
insert into impact_dirty (user_id) select distinct user_id from impact_summary;

-- V18 mirrors the holders per statement; V7's row-by-row functions are no longer called.
-- (V18 ends the previous holders' rows and starts the new ones in two statements, not one with a data-modifying
-- CTE: those run in no set order, and the new owner's row may not exist while the old one stands.)
drop function relay_mirror_holders();
drop function relay_mirror_holder(uuid, text, text, text, text, timestamptz);
