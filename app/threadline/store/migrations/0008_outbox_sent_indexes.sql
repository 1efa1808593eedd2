-- Sent rows stay in the outbox, so queries that look for the few sent rows still to be
-- filed (in their conversation, in the server's Sent folder) must not walk all of them:
-- without these, every send under a long-used profile got slower (issue 12: a
-- 1,000-message chain went from 17 to 29 ms per send). Two equality columns make SQLite
-- choose these over outbox_by_state (state) without statistics.
CREATE INDEX outbox_sent_unfiled ON outbox (state, filed);
CREATE INDEX outbox_sent_copies ON outbox (state, sent_copy, sent_copy_next_at);
