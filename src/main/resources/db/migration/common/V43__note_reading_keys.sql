-- Reading rights held by keys (issue 20, ADR 2). Notes sealed from now on (notes_scheme 2) carry their note secret
-- sealed to the managers' X25519 key (HPKE) and, for the author on the day of writing, under an author day key.
-- notes_scheme 1 marks notes sealed before this, under the month key alone; the first manager sign-in re-seals
-- them in the background (NoteUpgrade), one row per transaction, so a kill leaves each note in one scheme or the other.
ALTER TABLE contact ADD COLUMN notes_scheme SMALLINT NOT NULL DEFAULT 1;

-- One key per author and day, wrapped by the author's own key (held only in that author's key slot). It lets the
-- author read what they wrote while they may still edit it; once the day is over it is destroyed (wrapped_key set
-- to NULL), so a worker's password no longer opens their older notes.
CREATE TABLE author_key (
    key_id       VARCHAR(40) PRIMARY KEY,
    staff_id     BIGINT      NOT NULL REFERENCES staff (id),
    key_day      DATE        NOT NULL,
    wrapped_key  BYTEA,
    created_at   TIMESTAMP   NOT NULL,
    destroyed_at TIMESTAMP
);
CREATE INDEX author_key_day ON author_key (key_day);
