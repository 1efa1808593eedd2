-- Leases: a process claims due outbox rows (owner, expiry) before sending them, so two
-- Threadline processes (the app, `outbox flush`, a script's `send`) never send one
-- message twice. An expired lease, or one whose owner process is gone, is how a crashed
-- owner is found.
ALTER TABLE outbox ADD COLUMN lease_owner TEXT;
ALTER TABLE outbox ADD COLUMN lease_expires REAL NOT NULL DEFAULT 0;
CREATE INDEX outbox_by_lease ON outbox (lease_owner) WHERE lease_owner IS NOT NULL;
