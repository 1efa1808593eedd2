-- Conversations named by scripts ("ticket-4711"): the first send under a key starts a
-- conversation, every later send replies to the last message sent under the key.
CREATE TABLE thread_keys (
    key              TEXT    PRIMARY KEY,
    account_id       TEXT    NOT NULL REFERENCES accounts (id),
    subject          TEXT    NOT NULL,     -- the conversation's subject (first message)
    last_message_id  TEXT    NOT NULL,     -- bare id of the newest message sent under the key
    last_references  TEXT    NOT NULL,     -- its References, space-separated bare ids
    last_thread_index TEXT   NOT NULL DEFAULT '',
    messages         INTEGER NOT NULL DEFAULT 1,
    created_at       INTEGER NOT NULL,
    updated_at       INTEGER NOT NULL
);
