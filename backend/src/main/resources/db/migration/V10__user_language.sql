-- The language a person chose for Relay; null until they choose (the SPA then follows the token or the browser).
alter table app_user add column language varchar(2);
