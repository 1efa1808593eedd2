-- Sending accounts. Secrets are never here: passwords and tokens live in the OS keyring,
-- keyed by the account id.
CREATE TABLE accounts (
    id              TEXT    PRIMARY KEY,
    display_name    TEXT    NOT NULL DEFAULT '',
    address         TEXT    NOT NULL,
    smtp_host       TEXT    NOT NULL,
    smtp_port       INTEGER NOT NULL,
    security        TEXT    NOT NULL CHECK (security IN ('tls', 'starttls', 'none')),
    username        TEXT    NOT NULL DEFAULT '',
    auth_method     TEXT    NOT NULL DEFAULT 'password'
                            CHECK (auth_method IN ('password', 'oauth2', 'none')),
    oauth_provider  TEXT,
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL
);

-- The durable outbox: a message is here, with its final headers, before the first byte
-- goes to a server. States: draft -> queued -> sending -> sent, or failed-temporary
-- (retried later) / failed-permanent (needs the user).
CREATE TABLE outbox (
    id               INTEGER PRIMARY KEY,
    account_id       TEXT    NOT NULL REFERENCES accounts (id),
    message_id       TEXT    NOT NULL,            -- bare; the same on every retry
    raw              BLOB    NOT NULL,
    index_record     TEXT    NOT NULL,            -- the message's index columns (JSON)
    envelope_from    TEXT    NOT NULL,
    recipients       TEXT    NOT NULL,            -- JSON list of addresses
    subject          TEXT    NOT NULL DEFAULT '',
    state            TEXT    NOT NULL CHECK (state IN ('draft', 'queued', 'sending', 'sent',
                                                       'failed-temporary', 'failed-permanent')),
    attempts         INTEGER NOT NULL DEFAULT 0,
    next_attempt_at  INTEGER NOT NULL DEFAULT 0,
    last_error       TEXT    NOT NULL DEFAULT '',
    created_at       INTEGER NOT NULL,
    sent_at          INTEGER,
    filed            INTEGER NOT NULL DEFAULT 0   -- 1 once the sent message is in its conversation
);
CREATE INDEX outbox_by_state ON outbox (state, next_attempt_at);
CREATE INDEX outbox_unfiled ON outbox (id) WHERE state = 'sent' AND filed = 0;

-- Every attempt to send, with what the server said.
CREATE TABLE outbox_attempts (
    id           INTEGER PRIMARY KEY,
    outbox_id    INTEGER NOT NULL REFERENCES outbox (id) ON DELETE CASCADE,
    started_at   REAL    NOT NULL,
    finished_at  REAL,
    outcome      TEXT,       -- sent, partial, failed-temporary, failed-permanent, interrupted
    reply        TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX outbox_attempts_by_message ON outbox_attempts (outbox_id);
