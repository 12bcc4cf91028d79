-- The dashboard's per-day counts and its day-of-week x hour heat map group by the contact's local date, weekday
-- and hour. This covering index lets both read a period with one index range scan, never touching the (encrypted)
-- table rows. Portable SQL: the same statement runs on H2 and PostgreSQL.
CREATE INDEX contact_local ON contact (started_at, local_date, local_dow, local_hour, is_data);
