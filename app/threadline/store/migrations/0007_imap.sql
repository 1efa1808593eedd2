-- The incoming side of an account: the IMAP server its conversations come from, and
-- whether sent mail is filed in its Sent folder (some providers do that themselves).
ALTER TABLE accounts ADD COLUMN imap_host TEXT NOT NULL DEFAULT '';
ALTER TABLE accounts ADD COLUMN imap_port INTEGER NOT NULL DEFAULT 993;
ALTER TABLE accounts ADD COLUMN imap_security TEXT NOT NULL DEFAULT 'tls'
    CHECK (imap_security IN ('tls', 'starttls', 'none'));
ALTER TABLE accounts ADD COLUMN save_sent INTEGER NOT NULL DEFAULT 1;

-- The server folders an account syncs, and how far each is synced (RFC 4549 / 7162).
-- The state columns change only in the transaction that stored what they cover.
CREATE TABLE folders (
    id             INTEGER PRIMARY KEY,
    account_id     TEXT    NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    name           TEXT    NOT NULL,              -- the server's name (decoded)
    role           TEXT    NOT NULL DEFAULT '',   -- inbox, sent, all; '' for one the user added
    uidvalidity    INTEGER NOT NULL DEFAULT 0,
    uidnext        INTEGER NOT NULL DEFAULT 0,    -- every UID below it is stored
    highestmodseq  INTEGER NOT NULL DEFAULT 0,    -- flags and expunges known up to here
    full_check_at  INTEGER NOT NULL DEFAULT 0,    -- last full UID list comparison
    synced_at      INTEGER NOT NULL DEFAULT 0,
    last_error     TEXT    NOT NULL DEFAULT '',
    missing        INTEGER NOT NULL DEFAULT 0,    -- gone from the server (deleted or renamed)
    UNIQUE (account_id, name)
);

-- Where a stored message lives on the server. One message seen in two folders is one
-- message with two locations. A message expunged on the server keeps its location,
-- marked gone: the store is the user's archive.
CREATE TABLE locations (
    folder_id      INTEGER NOT NULL REFERENCES folders (id) ON DELETE CASCADE,
    uidvalidity    INTEGER NOT NULL,
    uid            INTEGER NOT NULL,
    message_id     INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    seen           INTEGER NOT NULL DEFAULT 0,    -- \Seen on the server, as last known
    seen_pending   INTEGER NOT NULL DEFAULT 0,    -- read here, \Seen not yet stored there
    gone           INTEGER NOT NULL DEFAULT 0,
    gm_msgid       INTEGER,                       -- Gmail's X-GM-MSGID
    PRIMARY KEY (folder_id, uidvalidity, uid)
) WITHOUT ROWID;
CREATE INDEX locations_by_message ON locations (message_id);
CREATE INDEX locations_seen_pending ON locations (folder_id) WHERE seen_pending = 1;

-- A copy of each sent message for the server's Sent folder: none (no IMAP, or the
-- provider files it itself), pending (to APPEND, retried after failures and restarts)
-- or filed (the server has it; sent_copy_uid from UIDPLUS when the server says).
ALTER TABLE outbox ADD COLUMN sent_copy TEXT NOT NULL DEFAULT 'none'
    CHECK (sent_copy IN ('none', 'pending', 'filed'));
ALTER TABLE outbox ADD COLUMN sent_copy_attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN sent_copy_next_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN sent_copy_error TEXT NOT NULL DEFAULT '';
ALTER TABLE outbox ADD COLUMN sent_copy_uid INTEGER;
CREATE INDEX outbox_sent_copy_pending ON outbox (sent_copy_next_at) WHERE sent_copy = 'pending';
