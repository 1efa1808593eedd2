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

import hashlib
import json
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import IO, TYPE_CHECKING

from threadline.core.ids import parse_msgid
from threadline.errors import InvalidInputError, NotFoundError
from threadline.i18n import Context, translate
from threadline.store.db import transaction

outbox_store = Context("outbox_store")

# The mail parser (the stdlib's email package) is imported where mail is read: counting
# and listing what waits needs none of it (the app's first window shows the count).
if TYPE_CHECKING:
    from threadline.store.indexing import MessageRecord

#: Minutes to wait before each retry of a temporary failure (then the last, repeated).
BACKOFF = (1 * 60, 2 * 60, 5 * 60, 10 * 60, 30 * 60, 60 * 60)
#: Each wait is stretched or shrunk by up to this share, so retries of many messages
#: (or many users after an outage) do not arrive at the server all at once.
JITTER = 0.1
#: A temporary failure is given up this long after the first attempt (then it is
#: failed-permanent, with the reason).
GIVE_UP_AFTER = 5 * 24 * 60 * 60
#: A scheduled message sent this much after its time "went late" (the app was not running).
LATE_AFTER = 5 * 60

#: How long a claim on a row lasts; the holder renews it with every attempt.
LEASE_SECONDS = 600

#: Bytes copied at a time when a large message goes into or out of the store.
CHUNK = 1024 * 1024


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
    due_at: int = 0
    scheduled_for: int | None = None
    #: Of ``attempts``, those the user asked for (they do not lengthen the wait).
    retries_asked: int = 0

    @property
    def automatic_attempts(self) -> int:
        """The attempts Threadline made on its own: what the wait between retries grows by."""
        return self.attempts - self.retries_asked

    @property
    def sent_late(self) -> bool:
        """Sent more than :data:`LATE_AFTER` after the time it was scheduled for (Threadline
        was not running then)."""
        if self.sent_at is None or self.scheduled_for is None:
            return False
        return self.sent_at - self.scheduled_for > LATE_AFTER

    def waits_until(self, now: float) -> int | None:
        """When a queued message held back (undo delay, send later) goes; else ``None``."""
        if self.state is OutboxState.QUEUED and self.due_at > now:
            return self.due_at
        return None


@dataclass(frozen=True)
class Attempt:
    """One try to send, and what came of it."""

    started_at: float
    finished_at: float | None
    outcome: str | None
    reply: str


def backoff_seconds(attempts: int, jitter: float = 0.0) -> int:
    """The wait before the next try after ``attempts`` failed ones.

    ``jitter`` in [-1, 1] moves it by up to :data:`JITTER` of itself.
    """
    base = BACKOFF[min(max(attempts, 1), len(BACKOFF)) - 1]
    return round(base * (1 + JITTER * max(-1.0, min(1.0, jitter))))


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
        due_at=row["due_at"],
        scheduled_for=row["scheduled_for"],
        retries_asked=row["retries_asked"],
    )


#: Rows that may be sent now (a query fragment; the first parameter is the time).
_DUE = (
    "((state = 'queued' AND due_at <= :now)"
    " OR (state = 'failed-temporary' AND next_attempt_at <= :now))"
)

#: 1 when a failed message is sent again because the user asked (an SQL expression).
_ASKED = "(state IN ('failed-temporary', 'failed-permanent'))"

_COLUMNS = (
    "id, account_id, message_id, envelope_from, recipients, subject, state, attempts,"
    " next_attempt_at, last_error, created_at, sent_at, due_at, scheduled_for, retries_asked"
)


class Outbox:
    """The outbox tables of the store."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def enqueue(
        self,
        account_id: str,
        raw: bytes | IO[bytes],
        envelope_from: str,
        recipients: Sequence[str],
        *,
        state: OutboxState = OutboxState.QUEUED,
        due_at: float = 0,
        scheduled_for: float | None = None,
        record: MessageRecord | None = None,
    ) -> OutboxEntry:
        """Put a fully built message in the outbox (its Message-ID must be final).

        ``raw`` is the message, or a file positioned at its start (a large message is
        copied into the store in chunks, never read whole); a file needs its ``record``
        (the index, with the sha256 and size of the file's bytes).
        ``due_at`` holds it back until then (the undo delay, or ``scheduled_for``: the
        time the user chose with "send later").
        """
        if state not in (OutboxState.QUEUED, OutboxState.DRAFT):
            raise ValueError(state)
        if not recipients:
            raise InvalidInputError(
                translate(
                    "outbox_store",
                    "The message has no recipients.",
                )
            )
        now = int(time.time())
        if isinstance(raw, bytes):
            from threadline.core.parse import header_text, parse_message
            from threadline.store.indexing import index_message

            message = parse_message(raw)
            message_id = parse_msgid(header_text(message, "Message-ID"))
            subject = header_text(message, "Subject")
            record = index_message(raw, now=now)
        elif record is None:
            raise ValueError("a message given as a file needs its index record")
        else:
            message_id = record.message_id if record.has_message_id else None
            subject = record.subject
        if not message_id:
            raise InvalidInputError(
                translate(
                    "outbox_store",
                    "A message needs its Message-ID before it is queued.",
                )
            )
        with transaction(self.conn):
            rowid = self.conn.execute(
                "INSERT INTO outbox (account_id, message_id, index_record, envelope_from,"
                " recipients, subject, state, created_at, due_at, scheduled_for)"
                " VALUES (?,?,?,?,?,?,?,?,?,?)",
                (
                    account_id,
                    message_id,
                    record.to_json(),
                    envelope_from,
                    json.dumps(list(recipients)),
                    subject,
                    state,
                    now,
                    int(due_at),
                    None if scheduled_for is None else int(scheduled_for),
                ),
            ).lastrowid
            assert rowid is not None
            if isinstance(raw, bytes):
                self.conn.execute(
                    "INSERT INTO outbox_bytes (outbox_id, raw) VALUES (?, ?)", (rowid, raw)
                )
            else:  # room first (the blob is its row's last column: nothing is filled in
                # memory), then the file's bytes a chunk at a time
                self.conn.execute(
                    "INSERT INTO outbox_bytes (outbox_id, raw) VALUES (?, zeroblob(?))",
                    (rowid, record.size),
                )
                self._write_blob(rowid, raw, record.size)
        return self.get(rowid)

    def _write_blob(self, entry_id: int, source: IO[bytes], size: int) -> None:
        """Copy ``size`` bytes of ``source`` into the row's ``raw``, a chunk at a time."""
        written = 0
        with self.conn.blobopen("outbox_bytes", "raw", entry_id) as blob:
            while written < size and (chunk := source.read(min(CHUNK, size - written))):
                blob.write(chunk)
                written += len(chunk)
        if written != size:
            raise ValueError(f"the message file ended after {written} of {size} bytes")

    def raw_size(self, entry_id: int) -> int:
        """How many bytes the message has."""
        table, rowid = self._bytes_of(entry_id)
        row = self.conn.execute(
            f"SELECT length(raw) FROM {table} WHERE rowid = ?",  # noqa: S608  (one of two)
            (rowid,),
        ).fetchone()
        return int(row[0])

    def raw_chunks(self, entry_id: int, chunk: int = CHUNK) -> Iterator[bytes]:
        """The message's bytes in pieces (a large message is never read whole)."""
        table, rowid = self._bytes_of(entry_id)
        with self.conn.blobopen(table, "raw", rowid, readonly=True) as blob:
            while piece := blob.read(chunk):
                yield piece

    def get(self, entry_id: int) -> OutboxEntry:
        """One entry by id."""
        row = self.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE id = ?",  # noqa: S608
            (entry_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(
                translate(
                    "outbox_store",
                    "There is no message {id} in the outbox.",
                ).format(id=entry_id)
            )
        return _entry(row)

    def raw(self, entry_id: int) -> bytes:
        """The exact bytes that are (or were) sent: from the outbox, or, once a sent
        message is in its conversation (and its Sent copy needs them no more), from the
        message store, where they are kept (once)."""
        table, rowid = self._bytes_of(entry_id)
        row = self.conn.execute(
            f"SELECT raw FROM {table} WHERE rowid = ?",  # noqa: S608  (one of two tables)
            (rowid,),
        ).fetchone()
        return bytes(row[0])

    def _bytes_of(self, entry_id: int) -> tuple[str, int]:
        """Where the bytes of an entry are: ``("outbox_bytes", id)`` or
        ``("raw_messages", id)``."""
        row = self.conn.execute(
            "SELECT length(b.raw), o.filed, o.index_record FROM outbox o"
            " JOIN outbox_bytes b ON b.outbox_id = o.id WHERE o.id = ?",
            (entry_id,),
        ).fetchone()
        if row is None:
            raise NotFoundError(
                translate(
                    "outbox_store",
                    "There is no message {id} in the outbox.",
                ).format(id=entry_id)
            )
        if row[0] or not row[1]:
            return "outbox_bytes", entry_id
        # released (see release_sent_bytes): the message store has the same bytes
        from threadline.store.indexing import MessageRecord

        sha256 = MessageRecord.from_json(row[2]).sha256
        found = self.conn.execute("SELECT id FROM messages WHERE sha256 = ?", (sha256,)).fetchone()
        if found is None:
            raise NotFoundError(
                translate(
                    "outbox_store",
                    "The bytes of outbox message {id} are no longer kept.",
                ).format(id=entry_id)
            )
        return "raw_messages", int(found[0])

    def release_sent_bytes(self) -> int:
        """Drop the outbox's copy of sent messages that are in their conversation (the
        message store keeps the same bytes) and whose Sent copy is filed or not owed;
        returns how many. :meth:`raw` still reads them, from the store."""
        with transaction(self.conn):
            return self.conn.execute(
                "UPDATE outbox_bytes SET raw = x'' WHERE length(raw) > 0 AND outbox_id IN"
                " (SELECT id FROM outbox WHERE state = 'sent' AND filed = 1"
                " AND sent_copy != 'pending')"
            ).rowcount

    def unfiled_sent(self, limit: int = -1) -> list[tuple[int, MessageRecord]]:
        """Sent messages not yet filed in their conversation: ``(id, index)`` (the bytes
        one at a time with :meth:`raw`: a batch of large messages is never read at once)."""
        rows = self.conn.execute(
            "SELECT id, index_record FROM outbox WHERE state = 'sent' AND filed = 0"
            " ORDER BY id LIMIT ?",
            (limit,),
        )
        from threadline.store.indexing import MessageRecord

        return [(r[0], MessageRecord.from_json(r[1])) for r in rows]

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

    def sent_scheduled_since(self, since: float) -> list[OutboxEntry]:
        """Scheduled messages sent after ``since`` (the Outbox shows them for a day)."""
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE state = 'sent'"  # noqa: S608
            " AND scheduled_for IS NOT NULL AND sent_at >= ? ORDER BY sent_at",
            (int(since),),
        )
        return [_entry(row) for row in rows]

    def due(self, now: float | None = None, account_id: str | None = None) -> list[OutboxEntry]:
        """Queued entries and temporary failures whose retry time has come (leased or not)."""
        moment = int(time.time() if now is None else now)
        rows = self.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE {_DUE}"  # noqa: S608
            " AND (:account IS NULL OR account_id = :account) ORDER BY id",
            {"now": moment, "account": account_id},
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
                " AND (:account IS NULL OR account_id = :account)"
                " AND (:wanted IS NULL OR id IN (SELECT value FROM json_each(:wanted)))"
                " AND (lease_owner IS NULL OR lease_owner = :owner OR lease_expires < :now)"
                " ORDER BY id",
                {"now": moment, "account": account_id, "wanted": wanted, "owner": owner},
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

    def begin_attempt(self, entry_id: int, owner: str, now: float | None = None) -> int:
        """Mark an entry ``sending`` and record the attempt, committed before any I/O.

        Only the holder of the row's lease may do this; the lease is renewed. A message
        that was held back (undo delay, send later) gets its Date now, at its first
        attempt: RFC 5322 §3.6.1, the time it is sent, not the time it was written.
        """
        moment = time.time() if now is None else now
        with transaction(self.conn):
            changed = self.conn.execute(
                "UPDATE outbox SET state = 'sending', attempts = attempts + 1,"
                " lease_expires = ? WHERE id = ? AND lease_owner = ?"
                " AND state IN ('queued', 'failed-temporary')",
                (moment + LEASE_SECONDS, entry_id, owner),
            ).rowcount
            if changed:
                self._date_first_attempt(entry_id, moment)
            if not changed:
                raise InvalidInputError(
                    translate(
                        "outbox_store",
                        "Outbox message {id} is not waiting to be sent.",
                    ).format(id=entry_id)
                )
            attempt = self.conn.execute(
                "INSERT INTO outbox_attempts (outbox_id, started_at) VALUES (?, ?)",
                (entry_id, moment),  # the runner's clock, like every other time it records
            ).lastrowid
        assert attempt is not None
        return attempt

    def _date_first_attempt(self, entry_id: int, moment: float) -> None:
        row = self.conn.execute(
            "SELECT length(b.raw), o.index_record FROM outbox o"
            " JOIN outbox_bytes b ON b.outbox_id = o.id"
            " WHERE o.id = ? AND o.attempts = 1 AND o.due_at > 0",
            (entry_id,),
        ).fetchone()
        if row is None:  # sent at once (dated when built), or a retry (dated already)
            return
        from threadline.store.indexing import MessageRecord, index_message

        if row[0] > CHUNK:  # large: only the header block is read and rewritten
            self._redate_large(entry_id, moment, MessageRecord.from_json(row[1]))
            return
        from threadline.core.compose import with_date  # (the composer's code: when used)

        raw = with_date(self.raw(entry_id), moment)
        record = index_message(raw, now=int(moment))
        self.conn.execute(
            "UPDATE outbox SET index_record = ? WHERE id = ?", (record.to_json(), entry_id)
        )
        self.conn.execute("UPDATE outbox_bytes SET raw = ? WHERE outbox_id = ?", (raw, entry_id))

    def _redate_large(self, entry_id: int, moment: float, record: MessageRecord) -> None:
        """:func:`with_date` for a large message, copying it through a temporary file."""
        from threadline.core.compose import with_date

        with tempfile.TemporaryFile() as copy:
            digest = hashlib.sha256()
            head, dated = b"", False
            for piece in self.raw_chunks(entry_id):
                chunk = piece
                if not dated:  # gather the header block, then write it dated
                    head += piece
                    end = head.find(b"\r\n\r\n")
                    if end < 0 and len(head) < 4 * CHUNK:
                        continue
                    end = len(head) if end < 0 else end
                    chunk, dated = with_date(head[:end], moment) + head[end:], True
                digest.update(chunk)
                copy.write(chunk)
            if not dated:
                chunk = with_date(head, moment)
                digest.update(chunk)
                copy.write(chunk)
            size = copy.tell()
            copy.seek(0)
            redated = replace(record, sha256=digest.digest(), size=size, date_utc=int(moment))
            self.conn.execute(
                "UPDATE outbox SET index_record = ? WHERE id = ?", (redated.to_json(), entry_id)
            )
            self.conn.execute(
                "UPDATE outbox_bytes SET raw = zeroblob(?) WHERE outbox_id = ?", (size, entry_id)
            )
            self._write_blob(entry_id, copy, size)

    def _finish_attempt(self, attempt_id: int, outcome: str, reply: str) -> None:
        self.conn.execute(
            "UPDATE outbox_attempts SET finished_at = ?, outcome = ?, reply = ? WHERE id = ?",
            (time.time(), outcome, reply, attempt_id),
        )

    def record_sent(
        self,
        entry_id: int,
        attempt_id: int,
        reply: str,
        warning: str = "",
        now: float | None = None,
    ) -> None:
        """The server accepted the message (``warning``: recipients it refused)."""
        moment = time.time() if now is None else now
        scheduled_for = self.conn.execute(
            "SELECT scheduled_for FROM outbox WHERE id = ?", (entry_id,)
        ).fetchone()[0]
        if scheduled_for is not None and moment - scheduled_for > LATE_AFTER:
            due = time.strftime("%Y-%m-%d %H:%M", time.localtime(scheduled_for))  # any language
            late = translate(
                "outbox_store",
                "Sent late: it was scheduled for {time}, when Threadline was not running.",
            ).format(time=due)
            warning = f"{late} {warning}".strip()
        with transaction(self.conn):
            self._finish_attempt(attempt_id, "partial" if warning else "sent", reply)
            self.conn.execute(
                "UPDATE outbox SET state = 'sent', sent_at = ?, last_error = ?,"
                " lease_owner = NULL, lease_expires = 0,"
                # a copy for the server's Sent folder, when the account keeps one there
                " sent_copy = CASE WHEN (SELECT imap_host != '' AND save_sent FROM accounts"
                "   WHERE accounts.id = outbox.account_id) THEN 'pending' ELSE 'none' END"
                " WHERE id = ?",
                (int(moment), warning, entry_id),
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
        first = self.conn.execute(
            "SELECT min(started_at) FROM outbox_attempts WHERE outbox_id = ?", (entry_id,)
        ).fetchone()[0]
        if temporary and first is not None and moment - first >= GIVE_UP_AFTER:
            state = OutboxState.FAILED_PERMANENT
            days = round((moment - first) / 86400)
            gave_up = outbox_store.tr(
                "Gave up after {attempts} attempts over %n day(s).", "", days
            ).format(attempts=entry.attempts)
            message = f"{message} {gave_up}"
        with transaction(self.conn):
            if attempt_id is not None:
                self._finish_attempt(attempt_id, state, reply or message)
            self.conn.execute(
                "UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ?,"
                " lease_owner = NULL, lease_expires = 0 WHERE id = ?",
                (
                    str(state),
                    message,
                    int(moment) + self.backoff(entry.automatic_attempts),
                    entry_id,
                ),
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

    def backoff(self, attempts: int) -> int:
        """The wait after ``attempts`` failures, with jitter (:func:`backoff_seconds`)."""
        return backoff_seconds(attempts, random.uniform(-1.0, 1.0))

    def cancel(self, entry_id: int) -> bool:
        """Take back a message that has not started to go (undo send); False if too late."""
        with transaction(self.conn):
            return bool(
                self.conn.execute(
                    "DELETE FROM outbox WHERE id = ? AND state = 'queued'"
                    " AND (lease_owner IS NULL OR lease_expires < ?)",
                    (entry_id, time.time()),
                ).rowcount
            )

    def take_back(self, entry_id: int) -> tuple[OutboxEntry, bytes] | None:
        """Remove a message that is not being sent, to change it (Outbox → Open).

        Returns the entry and its bytes, or ``None`` when it is on its way right now (or
        gone). A queued, scheduled or failed message can be taken back.
        """
        with transaction(self.conn):
            entry, raw = self.get(entry_id), self.raw(entry_id)
            removed = self.conn.execute(
                "DELETE FROM outbox WHERE id = ? AND state != 'sending' AND state != 'sent'"
                " AND (lease_owner IS NULL OR lease_expires < ?)",
                (entry_id, time.time()),
            ).rowcount
        return (entry, raw) if removed else None

    def send_now(self, entry_id: int) -> None:
        """Let a held-back or failed message go at the next run ("Send now")."""
        with transaction(self.conn):
            changed = self.conn.execute(
                "UPDATE outbox SET state = 'queued', due_at = 0, next_attempt_at = 0,"  # noqa: S608
                f" retries_asked = retries_asked + {_ASKED}"
                " WHERE id = ? AND state IN ('queued', 'failed-temporary', 'failed-permanent',"
                " 'draft')",
                (entry_id,),
            ).rowcount
        if not changed:
            entry = self.get(entry_id)  # raises NotFoundError for an unknown id
            raise InvalidInputError(
                translate(
                    "outbox_store",
                    "Outbox message {id} is already {state}.",
                ).format(id=entry.id, state=entry.state)
            )

    def retry_waiting_now(self) -> int:
        """Temporary failures become due at once (the network came back); how many."""
        with transaction(self.conn):
            return self.conn.execute(
                "UPDATE outbox SET next_attempt_at = 0 WHERE state = 'failed-temporary'"
            ).rowcount

    def next_wake(self, now: float | None = None) -> float | None:
        """Seconds until a held-back message or a retry is due (``None``: nothing waits)."""
        moment = time.time() if now is None else now
        row = self.conn.execute(
            "SELECT min(CASE state WHEN 'queued' THEN due_at ELSE next_attempt_at END)"
            " FROM outbox WHERE state IN ('queued', 'failed-temporary')"
        ).fetchone()
        if row is None or row[0] is None:
            return None
        return max(0.0, float(row[0]) - moment)

    def retry_now(self, entry_id: int) -> None:
        """Queue a failed message again, to go out at the next flush."""
        with transaction(self.conn):
            changed = self.conn.execute(
                "UPDATE outbox SET state = 'queued', next_attempt_at = 0,"  # noqa: S608
                f" retries_asked = retries_asked + {_ASKED} WHERE id = ?"
                " AND state IN ('failed-temporary', 'failed-permanent', 'draft')",
                (entry_id,),
            ).rowcount
        if not changed:
            self.get(entry_id)  # raises NotFoundError for an unknown id
            raise InvalidInputError(
                translate(
                    "outbox_store",
                    "Outbox message {id} is not a failed message.",
                ).format(id=entry_id)
            )

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
                raise InvalidInputError(
                    translate(
                        "outbox_store",
                        "The message is being sent right now; try again later.",
                    )
                )
            self.conn.execute("DELETE FROM outbox WHERE id = ?", (entry_id,))
