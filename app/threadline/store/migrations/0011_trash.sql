-- The local Trash (issue 14): a deleted message stays in the store, byte for byte, but
-- leaves the conversation list, search and the reader until the deletion is undone.
-- One deletion (a conversation, or one message) is one row, so Undo gives back exactly
-- the messages it took and no others (one deleted earlier on its own stays deleted).
CREATE TABLE deletions (
    id          INTEGER PRIMARY KEY,
    deleted_at  INTEGER NOT NULL,
    subject     TEXT    NOT NULL DEFAULT '',   -- what was deleted, as the Trash names it
    messages    INTEGER NOT NULL DEFAULT 0     -- how many messages it took
);
ALTER TABLE messages ADD COLUMN deletion_id INTEGER REFERENCES deletions (id);  -- NULL: not deleted
CREATE INDEX messages_deleted ON messages (deletion_id) WHERE deletion_id IS NOT NULL;

-- A deleted message still in a server folder: the next sync moves it to the account's
-- Trash folder (UID MOVE, or COPY + \Deleted + UID EXPUNGE), as seen_pending does \Seen.
ALTER TABLE locations ADD COLUMN trash_pending INTEGER NOT NULL DEFAULT 0;
CREATE INDEX locations_trash_pending ON locations (folder_id) WHERE trash_pending = 1;

-- Where the sync put a deleted message in the server's Trash, so that Undo after the move
-- can move it back to the folder it came from (the sync does it, restore_pending = 1).
CREATE TABLE server_trash (
    message_id      INTEGER NOT NULL REFERENCES messages (id) ON DELETE CASCADE,
    folder_id       INTEGER NOT NULL REFERENCES folders (id) ON DELETE CASCADE,  -- came from
    trash           TEXT    NOT NULL,             -- the server's Trash folder, by name
    uidvalidity     INTEGER NOT NULL DEFAULT 0,   -- the Trash folder's (COPYUID); 0: not said
    uid             INTEGER NOT NULL DEFAULT 0,   -- the UID there; 0: not said (found by Message-ID)
    restore_pending INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (message_id, folder_id)
) WITHOUT ROWID;
CREATE INDEX server_trash_restore_pending ON server_trash (folder_id) WHERE restore_pending = 1;
