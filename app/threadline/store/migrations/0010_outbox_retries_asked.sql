-- Retries the user asked for (Outbox → Retry / Send now on a failed message). They do not
-- count towards the growing wait between automatic retries: pressing Retry on a message
-- that fails again must not push its next try further out (issue 17, point 10).
ALTER TABLE outbox ADD COLUMN retries_asked INTEGER NOT NULL DEFAULT 0;
