-- Conversations: aggregates kept up to date on every insert so the list is one index scan.
CREATE TABLE threads (
    id              INTEGER PRIMARY KEY,
    subject         TEXT    NOT NULL DEFAULT '',   -- subject of the earliest message
    earliest_date   INTEGER NOT NULL DEFAULT 0,    -- UTC epoch seconds
    latest_date     INTEGER NOT NULL DEFAULT 0,
    message_count   INTEGER NOT NULL DEFAULT 0,
    unread_count    INTEGER NOT NULL DEFAULT 0,
    sent_count      INTEGER NOT NULL DEFAULT 0,
    participants    TEXT    NOT NULL DEFAULT '',   -- display names, comma-separated, first few
    snippet         TEXT    NOT NULL DEFAULT ''    -- of the latest message
);
CREATE INDEX threads_by_activity ON threads (latest_date DESC, id DESC);

-- Every message exactly as it arrived; the other columns are an index over `raw`.
CREATE TABLE messages (
    id            INTEGER PRIMARY KEY,
    thread_id     INTEGER NOT NULL REFERENCES threads (id),
    sha256        BLOB    NOT NULL UNIQUE,          -- of raw: the same bytes twice are one message
    message_id    TEXT    NOT NULL,                 -- bare; synthetic when the message has none
    has_message_id INTEGER NOT NULL,
    parent_id     TEXT,                             -- the chosen parent (bare id), for tree order
    refs          TEXT    NOT NULL DEFAULT '',      -- all referenced ids, space-separated
    subject       TEXT    NOT NULL DEFAULT '',
    from_name     TEXT    NOT NULL DEFAULT '',
    from_addr     TEXT    NOT NULL DEFAULT '',
    to_addrs      TEXT    NOT NULL DEFAULT '',
    cc_addrs      TEXT    NOT NULL DEFAULT '',
    date_utc      INTEGER NOT NULL,
    snippet       TEXT    NOT NULL DEFAULT '',
    is_sent       INTEGER NOT NULL DEFAULT 0,
    is_unread     INTEGER NOT NULL DEFAULT 0,
    size          INTEGER NOT NULL,
    imported_at   INTEGER NOT NULL
);
CREATE INDEX messages_by_thread ON messages (thread_id, date_utc);
CREATE INDEX messages_by_message_id ON messages (message_id);

-- The raw bytes live apart so that scans of `messages` stay small.
CREATE TABLE raw_messages (
    message_id  INTEGER PRIMARY KEY REFERENCES messages (id) ON DELETE CASCADE,
    raw         BLOB NOT NULL
);

-- Every Message-ID seen, as a message or only as a reference (a placeholder), and the
-- conversation it belongs to. Joining and merging threads is a lookup here.
CREATE TABLE known_ids (
    msgid      TEXT    PRIMARY KEY,
    thread_id  INTEGER NOT NULL REFERENCES threads (id)
) WITHOUT ROWID;
CREATE INDEX known_ids_by_thread ON known_ids (thread_id);

-- Full-text search over subject, addresses and body text (contentless: rowid = messages.id).
CREATE VIRTUAL TABLE messages_fts USING fts5 (
    subject, addresses, body,
    content = '',
    tokenize = 'unicode61 remove_diacritics 2'
);

-- Addresses seen in mail, for completion in the composer.
CREATE TABLE addresses (
    address    TEXT    PRIMARY KEY COLLATE NOCASE,
    name       TEXT    NOT NULL DEFAULT '',
    uses       INTEGER NOT NULL DEFAULT 0,
    last_used  INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
