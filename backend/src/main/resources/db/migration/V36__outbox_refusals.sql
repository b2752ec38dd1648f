-- A message the far side refused for good (an SMTP server's 5xx for a letter's recipient): never tried again, and
-- no longer holding back the other messages of its kind.
alter table outbox_message add column refused_at timestamptz;
