-- The directory is synchronised from Keycloak: people who never signed in are known too (last_seen_at
-- stays empty until they do), and an account disabled in Keycloak shows as such.
alter table app_user alter column last_seen_at drop not null;
alter table app_user alter column last_seen_at drop default;
alter table app_user add column enabled boolean not null default true;
alter table app_user add column synced_at timestamptz;
