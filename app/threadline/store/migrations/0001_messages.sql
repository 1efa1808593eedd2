-- Messages are kept as their exact raw bytes; the other columns are an index over them.
CREATE TABLE messages (
    id          INTEGER PRIMARY KEY,
    raw         BLOB NOT NULL,
    sha256      TEXT NOT NULL UNIQUE,
    message_id  TEXT,
    subject     TEXT NOT NULL DEFAULT '',
    date_utc    INTEGER
);
CREATE INDEX messages_by_message_id ON messages(message_id);
