-- When a queued message may go: the undo-send delay and "send later" both hold a message
-- back until due_at (epoch seconds; 0: at once). scheduled_for keeps the time the user
-- chose with "send later" (NULL otherwise), so the Outbox can say when one went late.
ALTER TABLE outbox ADD COLUMN due_at INTEGER NOT NULL DEFAULT 0;
ALTER TABLE outbox ADD COLUMN scheduled_for INTEGER;
