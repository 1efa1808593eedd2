-- A message's bytes move out of the outbox row into a table of their own (issue 12,
-- point 9). Two reasons:
-- * Every state change (claim, attempt, failure, sent, filed) rewrote the whole row, so a
--   30 MB message was copied again on each of them.
-- * SQLite fills a zeroblob() in memory unless the blob is its row's last column, and the
--   columns added since 0002 came after `raw`: a large message could not be written in
--   chunks without holding it whole.
CREATE TABLE outbox_bytes (
    outbox_id  INTEGER PRIMARY KEY REFERENCES outbox (id) ON DELETE CASCADE,
    raw        BLOB    NOT NULL      -- empty once the message store keeps the same bytes
);
INSERT INTO outbox_bytes (outbox_id, raw) SELECT id, raw FROM outbox;
ALTER TABLE outbox DROP COLUMN raw;
