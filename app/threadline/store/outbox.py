"""The durable outbox: every message waiting to go out, and every attempt to send it.

States: ``draft`` -> ``queued`` -> ``sending`` -> ``sent``, or ``failed-temporary``
(retried after a backoff) / ``failed-permanent`` (waits for the user). A message is
written here with its final Message-ID and Date before the first byte goes to a
server, and ``sending`` is committed before the server is contacted: after a crash,
:meth:`Outbox.recover_interrupted` puts such messages back in the queue. Delivery is
therefore at-least-once: a message the server accepted just before the crash, but
whose acceptance was not yet recorded, is sent again with the same Message-ID, which
receiving clients recognise as the same message.
"""

from __future__ import annotations

import json
import sqlite3
import time
from collections.abc import Sequence
from dataclasses import dataclass

from threadline.core.ids import parse_msgid
from threadline.core.parse import header_text, parse_message
from threadline.errors import InvalidInputError, NotFoundError
from threadline.store.db import transaction
from threadline.store.indexing import MessageRecord, index_message

#: Seconds to wait before each retry of a temporary failure (then the last, repeated).
BACKOFF = (60, 5 * 60, 15 * 60, 60 * 60, 3 * 60 * 60, 6 * 60 * 60)
#: After this many attempts a temporary failure is given up (about two days).
MAX_ATTEMPTS = 12

STATES = ("draft", "queued", "sending", "sent", "failed-temporary", "failed-permanent")


@dataclass(frozen=True)
class OutboxEntry:
    """One message in the outbox."""

    id: int
    account_id: str
    message_id: str
    envelope_from: str
    recipients: tuple[str, ...]
    subject: str
    state: str
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
        state=row["state"],
        attempts=row["attempts"],
        next_attempt_at=row["next_attempt_at"],
        last_error=row["last_error"],
        created_at=row["created_at"],
        sent_at=row["sent_at"],
    )


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
        state: str = "queued",
    ) -> OutboxEntry:
        """Put a fully built message in the outbox (its Message-ID must be final)."""
        if state not in ("queued", "draft"):
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

    def entries(self, states: Sequence[str] | None = None) -> list[OutboxEntry]:
        """Entries in the given states (default: everything not yet sent), oldest first."""
        wanted = list(
            states or ("draft", "queued", "sending", "failed-temporary", "failed-permanent")
        )
        marks = ",".join("?" * len(wanted))
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state IN ({marks}) ORDER BY id",  # noqa: S608
            wanted,
        )
        return [_entry(row) for row in rows]

    def due(self, now: float | None = None, account_id: str | None = None) -> list[OutboxEntry]:
        """Queued entries and temporary failures whose retry time has come."""
        moment = int(time.time() if now is None else now)
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE (state = 'queued'"  # noqa: S608
            " OR (state = 'failed-temporary' AND next_attempt_at <= ?))"
            " AND (? IS NULL OR account_id = ?) ORDER BY id",
            (moment, account_id, account_id),
        )
        return [_entry(row) for row in rows]

    def attempts(self, entry_id: int) -> list[Attempt]:
        """Every attempt to send an entry, oldest first."""
        rows = self.conn.execute(
            "SELECT started_at, finished_at, outcome, reply FROM outbox_attempts"
            " WHERE outbox_id = ? ORDER BY id",
            (entry_id,),
        )
        return [Attempt(r["started_at"], r["finished_at"], r["outcome"], r["reply"]) for r in rows]

    def begin_attempt(self, entry_id: int) -> int:
        """Mark an entry ``sending`` and record the attempt, committed before any I/O."""
        with transaction(self.conn):
            changed = self.conn.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1 WHERE id = ?"
                " AND state IN ('queued', 'failed-temporary')",
                (entry_id,),
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
                "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = ? WHERE id = ?",
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
    ) -> str:
        """Record a failed attempt; returns the new state (temporary ones may give up)."""
        moment = time.time() if now is None else now
        entry = self.get(entry_id)
        state = "failed-temporary" if temporary else "failed-permanent"
        if temporary and entry.attempts >= MAX_ATTEMPTS:
            state = "failed-permanent"
            message += f" Gave up after {entry.attempts} attempts."
        with transaction(self.conn):
            if attempt_id is not None:
                self._finish_attempt(attempt_id, state, reply or message)
            self.conn.execute(
                "UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ? WHERE id = ?",
                (state, message, int(moment) + backoff_seconds(entry.attempts), entry_id),
            )
        return state

    def recover_interrupted(self) -> int:
        """Put messages left ``sending`` by a crash back in the queue; returns how many."""
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE outbox_attempts SET outcome = 'interrupted', finished_at = ?"
                " WHERE finished_at IS NULL",
                (time.time(),),
            )
            return self.conn.execute(
                "UPDATE outbox SET state = 'queued',"
                " last_error = 'Sending was interrupted; it will be sent again.'"
                " WHERE state = 'sending'"
            ).rowcount

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
            if entry.state == "sending":
                raise InvalidInputError("The message is being sent right now; try again later.")
            self.conn.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))
