-- Aliases: the other addresses an account sends as (same server, same login), a JSON
-- list of plain addresses. A reply goes from the one the parent was sent to.
ALTER TABLE accounts ADD COLUMN aliases TEXT NOT NULL DEFAULT '[]';
-- Which account sent last: the highest number. A new message starts from that account.
-- A counter, not a time, so two sends within a second are still ordered.
ALTER TABLE accounts ADD COLUMN last_used INTEGER NOT NULL DEFAULT 0;
