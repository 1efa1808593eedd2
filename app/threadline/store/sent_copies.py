"""The outbox's last step: a copy of each sent message for the server's Sent folder.

``sent_copy`` on an outbox row: ``none`` (the account has no IMAP server, or its provider
files SMTP-sent mail itself), ``pending`` (to be APPENDed; retried with a backoff after
failures and after a restart) or ``filed``. A copy is claimed with the outbox's lease
columns before it is filed, so two Threadline processes never APPEND it twice; a crash
between APPEND and recording it is settled by searching the Sent folder for the
Message-ID before appending again. ``Outbox.record_sent`` decides whether a copy is owed.
"""

from __future__ import annotations

import random
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass

from threadline.store.db import transaction
from threadline.store.outbox import BACKOFF, JITTER, LEASE_SECONDS, Outbox


@dataclass(frozen=True)
class SentCopy:
    """A sent message whose copy the Sent folder still needs."""

    id: int
    account_id: str
    message_id: str  # bare (its bytes: :meth:`SentCopies.raw`, one copy at a time)
    sent_at: int
    attempts: int


class SentCopies:
    """Pending Sent copies in the outbox table."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def raw(self, copy_id: int) -> bytes:
        """The bytes to file: read for one copy at a time, never for a whole batch."""
        return Outbox(self.conn).raw(copy_id)

    def claim(
        self,
        owner: str,
        *,
        now: float | None = None,
        alive: Callable[[str], bool] = lambda _owner: True,
        account_id: str | None = None,
    ) -> list[SentCopy]:
        """Lease the due copies nobody else holds (a dead owner's lease counts as free)."""
        moment = time.time() if now is None else now
        with transaction(self.conn):
            rows = self.conn.execute(
                "SELECT id, account_id, message_id, sent_at, sent_copy_attempts,"
                " lease_owner, lease_expires FROM outbox WHERE state = 'sent'"
                " AND sent_copy = 'pending' AND sent_copy_next_at <= ?"
                " AND (? IS NULL OR account_id = ?) ORDER BY id",
                (moment, account_id, account_id),
            ).fetchall()
            free = [
                row
                for row in rows
                if row["lease_owner"] in (None, owner)
                or row["lease_expires"] < moment
                or not alive(row["lease_owner"])
            ]
            self.conn.executemany(
                "UPDATE outbox SET lease_owner = ?, lease_expires = ? WHERE id = ?",
                [(owner, moment + LEASE_SECONDS, row["id"]) for row in free],
            )
        return [
            SentCopy(
                row["id"],
                row["account_id"],
                row["message_id"],
                row["sent_at"] or 0,
                row["sent_copy_attempts"],
            )
            for row in free
        ]

    def filed(self, copy_id: int, uid: int | None) -> None:
        """The Sent folder has the copy (``uid`` from UIDPLUS or a search, if known)."""
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE outbox SET sent_copy = 'filed', sent_copy_uid = ?, sent_copy_error = '',"
                " sent_copy_attempts = sent_copy_attempts + 1, lease_owner = NULL,"
                " lease_expires = 0 WHERE id = ?",
                (uid, copy_id),
            )

    def failed(self, copy_id: int, reason: str, *, now: float | None = None) -> None:
        """Filing failed: try again after a backoff (1, 2, 5 ... minutes, then hourly)."""
        moment = time.time() if now is None else now
        attempts = self.conn.execute(
            "SELECT sent_copy_attempts FROM outbox WHERE id = ?", (copy_id,)
        ).fetchone()[0]
        wait = BACKOFF[min(attempts, len(BACKOFF) - 1)]
        wait = int(wait * (1 + random.uniform(-JITTER, JITTER)))
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE outbox SET sent_copy_error = ?, sent_copy_next_at = ?,"
                " sent_copy_attempts = sent_copy_attempts + 1, lease_owner = NULL,"
                " lease_expires = 0 WHERE id = ?",
                (reason, int(moment) + wait, copy_id),
            )

    def release(self, owner: str) -> None:
        """Give up the copies ``owner`` still holds (the end of a run)."""
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE outbox SET lease_owner = NULL, lease_expires = 0"
                " WHERE lease_owner = ? AND state = 'sent'",
                (owner,),
            )

    def pending_count(self) -> int:
        """Copies still owed to a Sent folder (due or waiting for a retry)."""
        return int(
            self.conn.execute(
                "SELECT count(*) FROM outbox WHERE state = 'sent' AND sent_copy = 'pending'"
            ).fetchone()[0]
        )

    def next_due(self) -> int | None:
        """When the next pending copy may be tried (epoch seconds), if any."""
        row = self.conn.execute(
            "SELECT min(sent_copy_next_at) FROM outbox WHERE state = 'sent'"
            " AND sent_copy = 'pending'"
        ).fetchone()
        return int(row[0]) if row and row[0] is not None else None

    def state(self, copy_id: int) -> tuple[str, str, int | None]:
        """``(sent_copy, sent_copy_error, sent_copy_uid)`` of one outbox row."""
        row = self.conn.execute(
            "SELECT sent_copy, sent_copy_error, sent_copy_uid FROM outbox WHERE id = ?",
            (copy_id,),
        ).fetchone()
        if row is None:
            raise KeyError(copy_id)
        return row[0], row[1], row[2]
