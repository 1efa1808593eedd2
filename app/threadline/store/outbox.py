"""The durable outbox: every message waiting to go out, and every attempt to send it.

States (:class:`OutboxState`): ``draft`` -> ``queued`` -> ``sending`` -> ``sent``, or
``failed-temporary`` (retried after a backoff) / ``failed-permanent`` (waits for the
user). A message is written here with its final Message-ID and Date before the first
byte goes to a server.

Leases: a process claims due rows with :meth:`Outbox.claim_due` (owner, expiry) before
it sends them, and only the lease holder may move a row to ``sending``. Rows another live
process holds are left alone, so the app, ``outbox flush`` and a script's ``send``
running at once never send one message twice. ``sending`` is committed before the
server is contacted; :meth:`Outbox.recover` puts a row back in the queue only when its
owner is gone (its lease expired, or its process no longer exists). Delivery is
therefore at-least-once: a message the server accepted just before a crash, but whose
acceptance was not yet recorded, is sent again with the same Message-ID, which receiving
clients recognise as the same message.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from enum import StrEnum

from threadline.core.ids import parse_msgid
from threadline.core.parse import header_text, parse_message
from threadline.errors import InvalidInputError, NotFoundError
from threadline.store.db import transaction
from threadline.store.indexing import MessageRecord, index_message

#: Seconds to wait before each retry of a temporary failure (then the last, repeated).
BACKOFF = (60, 5 * 60, 15 * 60, 60 * 60, 3 * 60 * 60, 6 * 60 * 60)
#: After this many attempts a temporary failure is given up (about two days).
MAX_ATTEMPTS = 12

#: How long a claim on a row lasts; the holder renews it with every attempt.
LEASE_SECONDS = 600


class OutboxState(StrEnum):
    """Where a message is on its way out (the ``state`` column)."""

    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED_TEMPORARY = "failed-temporary"
    FAILED_PERMANENT = "failed-permanent"


#: States a message can be sent from.
SENDABLE = (OutboxState.QUEUED, OutboxState.FAILED_TEMPORARY)
#: Every state but ``sent``: what the Outbox window lists.
WAITING = tuple(s for s in OutboxState if s is not OutboxState.SENT)


@dataclass(frozen=True)
class OutboxEntry:
    """One message in the outbox."""

    id: int
    account_id: str
    message_id: str
    envelope_from: str
    recipients: tuple[str, ...]
    subject: str
    state: OutboxState
    attempts: int
    next_attempt_at: int
    last_error: str
    created_at: int
    sent_at: int | None


@dataclass(frozen=True)
class Attempt:
    """One try to send, and what came of it."""

    started_at: float
    finished_at: float | None
    outcome: str | None
    reply: str


def backoff_seconds(attempts: int) -> int:
    """The wait before the next try after ``attempts`` failed ones."""
    return BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1]


def _entry(row: sqlite3.Row) -> OutboxEntry:
    return OutboxEntry(
        id=row["id"],
        account_id=row["account_id"],
        message_id=row["message_id"],
        envelope_from=row["envelope_from"],
        recipients=tuple(json.loads(row["recipients"])),
        subject=row["subject"],
        state=OutboxState(row["state"]),
        attempts=row["attempts"],
        next_attempt_at=row["next_attempt_at"],
        last_error=row["last_error"],
        created_at=row["created_at"],
        sent_at=row["sent_at"],
    )


#: Rows that may be sent now (a query fragment; the first parameter is the time).
_DUE = "(state = 'queued' OR (state = 'failed-temporary' AND next_attempt_at <= ?))"

_COLUMNS = (
    "id, account_id, message_id, envelope_from, recipients, subject, state, attempts,"
    " next_attempt_at, last_error, created_at, sent_at"
)


class Outbox:
    """The outbox tables of the store."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def enqueue(
        self,
        account_id: str,
        raw: bytes,
        envelope_from: str,
        recipients: Sequence[str],
        *,
        state: OutboxState = OutboxState.QUEUED,
    ) -> OutboxEntry:
        """Put a fully built message in the outbox (its Message-ID must be final)."""
        if state not in (OutboxState.QUEUED, OutboxState.DRAFT):
            raise ValueError(state)
        if not recipients:
            raise InvalidInputError("The message has no recipients.")
        message = parse_message(raw)
        message_id = parse_msgid(header_text(message, "Message-ID"))
        if not message_id:
            raise InvalidInputError("A message needs its Message-ID before it is queued.")
        now = int(time.time())
        record = index_message(raw, now=now)
        with transaction(self.conn):
            rowid = self.conn.execute(
                "INSERT INTO outbox (account_id, message_id, raw, index_record, envelope_from,"
                " recipients, subject, state, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                (
                    account_id,
                    message_id,
                    raw,
                    record.to_json(),
                    envelope_from,
                    json.dumps(list(recipients)),
                    header_text(message, "Subject"),
                    state,
                    now,
                ),
            ).lastrowid
        assert rowid is not None
        return self.get(rowid)

    def get(self, entry_id: int) -> OutboxEntry:
        """One entry by id."""
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE id = ?",  # noqa: S608
            (entry_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(f"There is no message {entry_id} in the outbox.")
        return _entry(row)

    def raw(self, entry_id: int) -> bytes:
        """The exact bytes that are (or were) sent."""
        row = self.conn.execute("SELECT raw FROM outbox WHERE id = ?", (entry_id,)).fetchone()
        if row is None:
            raise NotFoundError(f"There is no message {entry_id} in the outbox.")
        return bytes(row[0])

    def unfiled_sent(self, limit: int = -1) -> list[tuple[int, bytes, MessageRecord]]:
        """Sent messages not yet filed in their conversation: ``(id, raw, index)``."""
        rows = self.conn.execute(
            "SELECT id, raw, index_record FROM outbox WHERE state = 'sent' AND filed = 0"
            " ORDER BY id LIMIT ?",
            (limit,),
        )
        return [(r[0], bytes(r[1]), MessageRecord.from_json(r[2])) for r in rows]

    def mark_filed(self, entry_ids: Sequence[int]) -> None:
        """Note that these sent messages are in the conversation store now."""
        self.conn.executemany("UPDATE outbox SET filed = 1 WHERE id = ?", [(i,) for i in entry_ids])

    def entries(self, states: Sequence[OutboxState] | None = None) -> list[OutboxEntry]:
        """Entries in the given states (default: everything not yet sent), oldest first."""
        wanted = [str(s) for s in (states or WAITING)]
        marks = ",".join("?" * len(wanted))
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state IN ({marks}) ORDER BY id",  # noqa: S608
            wanted,
        )
        return [_entry(row) for row in rows]

    def due(self, now: float | None = None, account_id: str | None = None) -> list[OutboxEntry]:
        """Queued entries and temporary failures whose retry time has come (leased or not)."""
        moment = int(time.time() if now is None else now)
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE {_DUE}"  # noqa: S608
            " AND (? IS NULL OR account_id = ?) ORDER BY id",
            (moment, account_id, account_id),
        )
        return [_entry(row) for row in rows]

    def claim_due(
        self,
        owner: str,
        *,
        now: float | None = None,
        account_id: str | None = None,
        entry_ids: Sequence[int] | None = None,
        lease_seconds: float = LEASE_SECONDS,
    ) -> list[OutboxEntry]:
        """Lease the due rows nobody else holds to ``owner``; returns them, oldest first."""
        moment = time.time() if now is None else now
        wanted = None if entry_ids is None else json.dumps(list(entry_ids))
        with transaction(self.conn):
            rows = self.conn.execute(
                f"SELECT {_COLUMNS} FROM outbox WHERE {_DUE}"  # noqa: S608
                " AND (? IS NULL OR account_id = ?)"
                " AND (? IS NULL OR id IN (SELECT value FROM json_each(?)))"
                " AND (lease_owner IS NULL OR lease_owner = ? OR lease_expires < ?)"
                " ORDER BY id",
                (int(moment), account_id, account_id, wanted, wanted, owner, moment),
            ).fetchall()
            self.conn.executemany(
                "UPDATE outbox SET lease_owner = ?, lease_expires = ? WHERE id = ?",
                [(owner, moment + lease_seconds, row["id"]) for row in rows],
            )
        return [_entry(row) for row in rows]

    def held_by_others(
        self, owner: str, *, now: float | None = None, entry_ids: Sequence[int] | None = None
    ) -> list[int]:
        """Rows waiting to be sent (or being sent) under another process's live lease."""
        moment = time.time() if now is None else now
        wanted = None if entry_ids is None else json.dumps(list(entry_ids))
        rows = self.conn.execute(
            "SELECT id FROM outbox WHERE state IN ('queued', 'sending', 'failed-temporary')"
            " AND lease_owner IS NOT NULL AND lease_owner != ? AND lease_expires >= ?"
            " AND (? IS NULL OR id IN (SELECT value FROM json_each(?))) ORDER BY id",
            (owner, moment, wanted, wanted),
        )
        return [row[0] for row in rows]

    def release(self, owner: str) -> None:
        """Give up every lease ``owner`` still holds (the end of a run)."""
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE outbox SET lease_owner = NULL, lease_expires = 0"
                " WHERE lease_owner = ? AND state != 'sending'",
                (owner,),
            )

    def attempts(self, entry_id: int) -> list[Attempt]:
        """Every attempt to send an entry, oldest first."""
        rows = self.conn.execute(
            "SELECT started_at, finished_at, outcome, reply FROM outbox_attempts"
            " WHERE outbox_id = ? ORDER BY id",
            (entry_id,),
        )
        return [Attempt(r["started_at"], r["finished_at"], r["outcome"], r["reply"]) for r in rows]

    def begin_attempt(self, entry_id: int, owner: str) -> int:
        """Mark an entry ``sending`` and record the attempt, committed before any I/O.

        Only the holder of the row's lease may do this; the lease is renewed.
        """
        with transaction(self.conn):
            changed = self.conn.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1,"
                " lease_expires = ? WHERE id = ? AND lease_owner = ?"
                " AND state IN ('queued', 'failed-temporary')",
                (time.time() + LEASE_SECONDS, entry_id, owner),
            ).rowcount
            if not changed:
                raise InvalidInputError(f"Outbox message {entry_id} is not waiting to be sent.")
            attempt = self.conn.execute(
                "INSERT INTO outbox_attempts (outbox_id, started_at) VALUES (?, ?)",
                (entry_id, time.time()),
            ).lastrowid
        assert attempt is not None
        return attempt

    def _finish_attempt(self, attempt_id: int, outcome: str, reply: str) -> None:
        self.conn.execute(
            "UPDATE outbox_attempts SET finished_at = ?, outcome = ?, reply = ? WHERE id = ?",
            (time.time(), outcome, reply, attempt_id),
        )

    def record_sent(self, entry_id: int, attempt_id: int, reply: str, warning: str = "") -> None:
        """The server accepted the message (``warning``: recipients it refused)."""
        with transaction(self.conn):
            self._finish_attempt(attempt_id, "partial" if warning else "sent", reply)
            self.conn.execute(
                "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = ?,"
                " lease_owner = NULL, lease_expires = 0 WHERE id = ?",
                (int(time.time()), warning, entry_id),
            )

    def record_failure(
        self,
        entry_id: int,
        attempt_id: int | None,
        message: str,
        *,
        temporary: bool,
        reply: str = "",
        now: float | None = None,
    ) -> OutboxState:
        """Record a failed attempt; returns the new state (temporary ones may give up)."""
        moment = time.time() if now is None else now
        entry = self.get(entry_id)
        state = OutboxState.FAILED_TEMPORARY if temporary else OutboxState.FAILED_PERMANENT
        if temporary and entry.attempts >= MAX_ATTEMPTS:
            state = OutboxState.FAILED_PERMANENT
            message += f" Gave up after {entry.attempts} attempts."
        with transaction(self.conn):
            if attempt_id is not None:
                self._finish_attempt(attempt_id, state, reply or message)
            self.conn.execute(
                "UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ?,"
                " lease_owner = NULL, lease_expires = 0 WHERE id = ?",
                (str(state), message, int(moment) + backoff_seconds(entry.attempts), entry_id),
            )
        return state

    def recover(self, owner_alive: Callable[[str], bool], now: float | None = None) -> int:
        """Put rows whose sender is gone back in the queue; returns how many were ``sending``.

        A lease is dead when it expired or ``owner_alive`` says its process is gone. A
        row it left ``sending`` goes back to ``queued`` (sent again: at-least-once); its
        open attempt is marked interrupted. Rows of live owners are not touched.
        """
        moment = time.time() if now is None else now
        with transaction(self.conn):
            owners = [
                row[0]
                for row in self.conn.execute(
                    "SELECT DISTINCT lease_owner FROM outbox WHERE lease_owner IS NOT NULL"
                )
            ]
            dead = [o for o in owners if not owner_alive(o)]
            found = self.conn.execute(
                "SELECT id FROM outbox WHERE state = 'sending' AND (lease_owner IS NULL"
                " OR lease_expires < ? OR lease_owner IN (SELECT value FROM json_each(?)))",
                (moment, json.dumps(dead)),
            ).fetchall()
            interrupted = [row[0] for row in found]
            self.conn.executemany(
                "UPDATE outbox_attempts SET outcome = 'interrupted', finished_at = ?"
                " WHERE outbox_id = ? AND finished_at IS NULL",
                [(moment, entry_id) for entry_id in interrupted],
            )
            self.conn.executemany(
                "UPDATE outbox SET state = 'queued', lease_owner = NULL, lease_expires = 0,"
                " last_error = 'Sending was interrupted; it will be sent again.' WHERE id = ?",
                [(entry_id,) for entry_id in interrupted],
            )
            self.conn.execute(
                "UPDATE outbox SET lease_owner = NULL, lease_expires = 0"
                " WHERE lease_owner IN (SELECT value FROM json_each(?)) OR lease_expires < ?",
                (json.dumps(dead), moment),
            )
        return len(interrupted)

    def retry_now(self, entry_id: int) -> None:
        """Queue a failed message again, to go out at the next flush."""
        with transaction(self.conn):
            changed = self.conn.execute(
                "UPDATE outbox SET state = 'queued', next_attempt_at = 0 WHERE id = ?"
                " AND state IN ('failed-temporary', 'failed-permanent', 'draft')",
                (entry_id,),
            ).rowcount
        if not changed:
            self.get(entry_id)  # raises NotFoundError for an unknown id
            raise InvalidInputError(f"Outbox message {entry_id} is not a failed message.")

    def delete(self, entry_id: int) -> None:
        """Remove a message that is not being sent right now."""
        with transaction(self.conn):
            entry = self.get(entry_id)
            leased = self.conn.execute(
                "SELECT 1 FROM outbox WHERE id = ? AND lease_owner IS NOT NULL"
                " AND lease_expires >= ?",
                (entry_id, time.time()),
            ).fetchone()
            if entry.state == OutboxState.SENDING or leased:
                raise InvalidInputError("The message is being sent right now; try again later.")
            self.conn.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))
