-- Daily counts per coded dimension, kept in the same transaction as every insert, edit and delete of a contact
-- (storage/ContactTally), so that a month's summary reads ~2,000 small rows instead of scanning ~40,000 contacts
-- a dozen times on an encrypted file (docs/adr/0009-daily-tally.md).
--   dimension    'total', 'channel', 'caller_type', 'source', 'topic', 'outcome' or 'weekday_hour'
--   local_date   the contact's wall-clock start date in the logbook's zone (contact.local_date)
--   code         the code; '' for none (no source); for weekday_hour, local_dow * 100 + local_hour ('109' = Mon 09h)
--   is_data      the contact's is_data
--   contacts     how many contacts (a contact with several topics counts once under each)
-- The rows are a pure function of contact, contact_topic and contact_outcome: ContactTally.rebuild recomputes
-- them with the same SELECTs as below, and `logbook verify` compares the two.
CREATE TABLE contact_tally (
    dimension  VARCHAR(32) NOT NULL,
    local_date DATE        NOT NULL,
    code       VARCHAR(64) NOT NULL,
    is_data    BOOLEAN     NOT NULL,
    contacts   INTEGER     NOT NULL CHECK (contacts >= 0),
    PRIMARY KEY (dimension, local_date, code, is_data)
);

INSERT INTO contact_tally (dimension, local_date, code, is_data, contacts)
    SELECT 'total', local_date, '', is_data, COUNT(*) FROM contact GROUP BY local_date, is_data;
INSERT INTO contact_tally (dimension, local_date, code, is_data, contacts)
    SELECT 'channel', local_date, channel, is_data, COUNT(*) FROM contact GROUP BY local_date, channel, is_data;
INSERT INTO contact_tally (dimension, local_date, code, is_data, contacts)
    SELECT 'caller_type', local_date, caller_type, is_data, COUNT(*) FROM contact
    GROUP BY local_date, caller_type, is_data;
INSERT INTO contact_tally (dimension, local_date, code, is_data, contacts)
    SELECT 'source', local_date, COALESCE(source, ''), is_data, COUNT(*) FROM contact
    GROUP BY local_date, COALESCE(source, ''), is_data;
INSERT INTO contact_tally (dimension, local_date, code, is_data, contacts)
    SELECT 'topic', c.local_date, t.code, c.is_data, COUNT(*) FROM contact_topic t JOIN contact c ON c.id = t.contact_id
    GROUP BY c.local_date, t.code, c.is_data;
INSERT INTO contact_tally (dimension, local_date, code, is_data, contacts)
    SELECT 'outcome', c.local_date, o.code, c.is_data, COUNT(*) FROM contact_outcome o
    JOIN contact c ON c.id = o.contact_id GROUP BY c.local_date, o.code, c.is_data;
INSERT INTO contact_tally (dimension, local_date, code, is_data, contacts)
    SELECT 'weekday_hour', local_date, CAST(local_dow * 100 + local_hour AS VARCHAR(8)), is_data, COUNT(*)
    FROM contact GROUP BY local_date, local_dow, local_hour, is_data;

-- Durations and codewords are not additive across days (a median, a distinct count): they are read from this
-- covering index by local date. It replaces V2's contact_local, whose per-day and heat-map queries the tally serves.
DROP INDEX contact_local;
CREATE INDEX contact_day ON contact (local_date, is_data, duration_seconds, caller_code_hash);
