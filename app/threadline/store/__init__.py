"""The local store: one SQLite file with messages (raw bytes), threads, accounts, outbox."""
