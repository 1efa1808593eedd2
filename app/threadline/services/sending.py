"""Sending, as the GUI and the CLI both use it: queue a message, run the outbox.

``queue_draft`` builds a draft into its final bytes and puts it in the outbox (the
Message-ID and Date are fixed from then on). An :class:`OutboxRunner` is the one thing
that moves outbox rows: it recovers what a crashed process left (once, when it starts),
claims the due messages with a lease so no other Threadline process sends them too,
sends them one connection per account, and records every attempt. A message the server
accepts is filed in its conversation. ``flush`` is one run of a fresh runner. No Qt
here: progress goes to a plain callback, which a GUI worker may forward.
"""

from __future__ import annotations

import hashlib
import logging
import os
import secrets
import sqlite3
import ssl
import tempfile
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path

from threadline.core.attachments import Writable
from threadline.core.compose import (
    Draft,
    build_message,
    envelope_recipients,
    message_bytes,
    write_message,
)
from threadline.core.ids import parse_msgid
from threadline.i18n import translate
from threadline.net import secrets as credentials
from threadline.net.errors import SendError
from threadline.net.smtp.settings import SmtpSettings
from threadline.net.smtp.transport import (
    DEFAULT_TIMEOUT,
    Authenticator,
    Delivery,
    PasswordAuthenticator,
    SmtpSession,
)
from threadline.services.filing import file_sent_copies
from threadline.services.syncing import SessionFactory, session_factory
from threadline.store.accounts import Account, AccountStore
from threadline.store.db import transaction
from threadline.store.indexing import index_message
from threadline.store.messages import MessageStore
from threadline.store.outbox import CHUNK, Outbox, OutboxEntry, OutboxState
from threadline.store.sent_copies import SentCopies

log = logging.getLogger("threadline.services.sending")


@dataclass(frozen=True)
class QueuedMessage:
    """A message now in the outbox (``raw``: its bytes, or empty when it was written from
    files in chunks: read it with ``Outbox.raw_chunks``)."""

    outbox_id: int
    message_id: str  # bare
    raw: bytes


@dataclass
class FlushReport:
    """What a flush did, per outbox entry."""

    sent: list[int] = field(default_factory=list)
    failed_temporary: dict[int, str] = field(default_factory=dict)
    failed_permanent: dict[int, str] = field(default_factory=dict)
    warnings: dict[int, str] = field(default_factory=dict)
    #: Messages another Threadline process is sending (or has claimed) right now.
    busy: list[int] = field(default_factory=list)
    #: Messages a crashed process left half-sent, queued again when this run started.
    recovered: int = 0
    #: Sent messages whose copy for the server's Sent folder is not filed yet (it will
    #: be retried), with the reason. Sending itself succeeded.
    copies_waiting: dict[int, str] = field(default_factory=dict)

    @property
    def exit_code(self) -> int:
        """0 all sent, 1 a permanent failure, 75 (EX_TEMPFAIL) something waits or is busy."""
        if self.failed_permanent:
            return 1
        if self.failed_temporary or self.busy:
            return 75
        return 0


@dataclass(frozen=True)
class FlushProgress:
    """Reported before each message: how many are done out of how many."""

    done: int
    total: int
    entry: OutboxEntry
    stage: str  # "connecting" or "sending"


def busy() -> str:
    """What a message claimed by another process (the app, another script) is told."""
    return translate(
        "sending", "It is being sent by another Threadline (the app or another command) right now."
    )


ProgressCallback = Callable[[FlushProgress], None]
AuthenticatorFactory = Callable[[Account], Authenticator | None]


def smtp_settings(account: Account) -> SmtpSettings:
    """What the SMTP transport needs of a stored account (``net`` never imports the store)."""
    return SmtpSettings(
        host=account.smtp_host,
        port=account.smtp_port,
        security=account.security,
        auth_method=account.auth_method,
    )


def authenticator_factory(config_dir: Path | None) -> AuthenticatorFactory:
    """How accounts log in: the password from the keyring, or OAuth2 with the providers
    configured system-wide, in ``config_dir`` (the profile's) and $THREADLINE_OAUTH_CONFIG.
    """

    def authenticator_for(account: Account) -> Authenticator | None:
        if account.auth_method == "password":
            return PasswordAuthenticator(
                username=account.username,
                password=lambda: credentials.get_password(account.id),
                account_label=account.address,
            )
        if account.auth_method == "oauth2":
            from threadline.net.oauth.providers import provider
            from threadline.net.oauth.tokens import TokenSource
            from threadline.net.smtp.oauth_auth import OAuth2Authenticator

            chosen = provider(account.oauth_provider or "", config_dir)
            return OAuth2Authenticator(
                TokenSource(account.id, chosen, account.address),
                account.username or account.address,
                chosen.mechanism,
            )
        return None

    return authenticator_for


#: Without a profile: OAuth2 providers only from the system-wide configuration and
#: $THREADLINE_OAUTH_CONFIG. Code that has the profile passes
#: ``authenticator_factory(profile.config_dir)``, so the user's oauth.json counts too.
default_authenticator = authenticator_factory(None)


def queue_draft(
    conn: sqlite3.Connection,
    account: Account,
    draft: Draft,
    *,
    state: OutboxState = OutboxState.QUEUED,
    due_at: float = 0,
    scheduled_for: float | None = None,
) -> QueuedMessage:
    """Build ``draft`` with its final headers and put it in the outbox.

    A message with files attached is written through a spooled temporary file and copied
    into the store in chunks: neither the files nor their base64 are ever whole in memory.
    """
    message = build_message(draft)
    outbox = Outbox(conn)
    recipients = envelope_recipients(draft)
    message_id = parse_msgid(str(message["Message-ID"]))
    assert message_id is not None
    if not message.files:
        raw = message_bytes(message)
        entry = outbox.enqueue(
            account.id, raw, account.sender.ascii_address, recipients,
            state=state, due_at=due_at, scheduled_for=scheduled_for,
        )  # fmt: skip
        return QueuedMessage(entry.id, message_id, raw)
    with tempfile.SpooledTemporaryFile(max_size=SPOOL_IN_MEMORY) as spool:
        written = _Hashing(spool)
        skeleton = write_message(message, written)  # markers where the files go: small
        record = replace(index_message(skeleton), sha256=written.digest(), size=written.size)
        spool.seek(0)
        entry = outbox.enqueue(
            account.id, spool, account.sender.ascii_address, recipients,
            state=state, due_at=due_at, scheduled_for=scheduled_for, record=record,
        )  # fmt: skip
    return QueuedMessage(entry.id, message_id, b"")


#: A message written from files is kept in memory up to this size, then in a temporary
#: file (private to the user, deleted when closed).
SPOOL_IN_MEMORY = 1024 * 1024


class _Hashing:
    """Writes to a file and keeps the sha256 and size of what went through."""

    def __init__(self, out: Writable) -> None:
        self.out = out
        self.hash = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> None:
        self.hash.update(data)
        self.size += len(data)
        self.out.write(data)

    def digest(self) -> bytes:
        return self.hash.digest()


@dataclass(frozen=True)
class ServerOffer:
    """What an SMTP server says in EHLO that matters before a message is queued."""

    smtputf8: bool  # addresses with non-ASCII local parts (RFC 6531)
    size_limit: int | None  # SIZE (RFC 1870), None when it names none


def ask_server(
    account: Account, *, ssl_context: ssl.SSLContext | None = None, timeout: float = 10.0
) -> ServerOffer | None:
    """What the account's SMTP server offers, asked over a connection of its own (EHLO
    after STARTTLS, no log-in); ``None`` when it cannot be asked now (the sending itself
    will say why)."""
    session = SmtpSession(
        smtp_settings(account), authenticator=None, ssl_context=ssl_context, timeout=timeout
    )
    try:
        session.open()
    except SendError:
        return None
    try:
        return ServerOffer(smtputf8=session.offers("smtputf8"), size_limit=session.size_limit())
    finally:
        session.close()


def new_owner() -> str:
    """A lease owner name for this process: its id and a random part (``pid:token``)."""
    return f"{os.getpid()}:{secrets.token_hex(6)}"


def owner_alive(owner: str) -> bool:
    """Whether the process named in a lease still runs (same computer, POSIX).

    Elsewhere (and for names this version did not write) only the lease's expiry tells.
    """
    pid_text, _colon, _token = owner.partition(":")
    if os.name != "posix" or not pid_text.isdigit():
        return True
    try:
        os.kill(int(pid_text), 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


class OutboxRunner:
    """The one code that moves outbox rows: recover once, then claim, send and record.

    One per process (the desktop app keeps one; ``threadline send`` and ``outbox flush``
    run one to completion). Rows are claimed with a lease in SQLite, so runners in other
    processes never send the same message; what another live process holds is reported
    as :attr:`FlushReport.busy`.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        *,
        owner: str | None = None,
        ssl_context: ssl.SSLContext | None = None,
        authenticator_for: AuthenticatorFactory = default_authenticator,
        timeout: float = DEFAULT_TIMEOUT,
        alive: Callable[[str], bool] = owner_alive,
        clock: Callable[[], float] = time.time,
        imap_sessions: SessionFactory | None = None,
    ) -> None:
        self.conn = conn
        self.clock = clock
        self.owner = owner or new_owner()
        self.ssl_context = ssl_context
        self.authenticator_for = authenticator_for
        self.timeout = timeout
        self.alive = alive
        self.recovered: int | None = None
        #: Opens IMAP sessions for filing Sent copies (the profile's OAuth config counts).
        self.imap_sessions = imap_sessions or session_factory(
            None, ssl_context=ssl_context, timeout=timeout
        )

    def recover(self) -> int:
        """Re-queue what crashed processes left half-sent; file what they sent (once)."""
        if self.recovered is None:
            self.recovered = Outbox(self.conn).recover(self.alive)
            file_sent_messages(self.conn)  # sent, but not yet in its conversation
            Outbox(self.conn).release_sent_bytes()  # kept twice by an older version
        return self.recovered

    def run(
        self,
        *,
        account_id: str | None = None,
        entry_ids: list[int] | None = None,
        progress: ProgressCallback | None = None,
    ) -> FlushReport:
        """Send every due message (or just ``entry_ids``), one connection per account."""
        report = FlushReport(recovered=self.recover())
        now = self.clock()
        outbox = Outbox(self.conn)
        try:
            due = outbox.claim_due(self.owner, now=now, account_id=account_id, entry_ids=entry_ids)
            report.busy = outbox.held_by_others(self.owner, now=now, entry_ids=entry_ids)
            accounts = AccountStore(self.conn)
            done = 0
            for owner in dict.fromkeys(e.account_id for e in due):
                batch = [e for e in due if e.account_id == owner]
                done = _send_batch(
                    self.conn, accounts.get(owner), batch, report, done, len(due),
                    runner=self, progress=progress,
                )  # fmt: skip
        finally:
            outbox.release(self.owner)
        self.file_copies(report, account_id=account_id)
        return report

    def file_copies(self, report: FlushReport, *, account_id: str | None = None) -> None:
        """File the due copies of sent mail in the servers' Sent folders (the last step)."""
        due = SentCopies(self.conn).next_due()
        if due is None or due > self.clock():
            return
        filing = file_sent_copies(
            self.conn, self.imap_sessions, owner=self.owner, alive=self.alive,
            clock=self.clock, account_id=account_id,
        )  # fmt: skip
        report.copies_waiting.update(filing.failed)
        Outbox(self.conn).release_sent_bytes()  # copies filed: their bytes are kept once

    def next_due_in(self) -> float | None:
        """Seconds until a held-back message, a retry or a Sent copy is due (``None``:
        nothing waits)."""
        now = self.clock()
        waits = [Outbox(self.conn).next_wake(now)]
        copy_due = SentCopies(self.conn).next_due()
        if copy_due is not None:
            waits.append(max(0.0, copy_due - now))
        known = [w for w in waits if w is not None]
        return min(known) if known else None


def flush(
    conn: sqlite3.Connection,
    *,
    account_id: str | None = None,
    entry_ids: list[int] | None = None,
    ssl_context: ssl.SSLContext | None = None,
    authenticator_for: AuthenticatorFactory = default_authenticator,
    timeout: float = DEFAULT_TIMEOUT,
    progress: ProgressCallback | None = None,
    now: float | None = None,
    imap_sessions: SessionFactory | None = None,
) -> FlushReport:
    """One run of a new :class:`OutboxRunner` (for callers that send once and exit).

    ``now`` runs it as if at that time (tests of retries and schedules).
    """
    runner = OutboxRunner(
        conn, ssl_context=ssl_context, authenticator_for=authenticator_for, timeout=timeout,
        clock=time.time if now is None else (lambda: now), imap_sessions=imap_sessions,
    )  # fmt: skip
    return runner.run(account_id=account_id, entry_ids=entry_ids, progress=progress)


@dataclass(frozen=True)
class _Prepared:
    """A message ready to go: its attempt is recorded, its bytes are loaded (a large
    message's are read in chunks while they go out)."""

    entry: OutboxEntry
    attempt: int
    raw: bytes | Iterable[bytes]


@dataclass(frozen=True)
class _Accepted:
    """A message the server accepted, whose bookkeeping is still to be written."""

    prepared: _Prepared
    delivery: Delivery


#: Sent messages are filed into their conversations this many at a time during a batch
#: (and at the end of every flush, so a single send shows up at once).
FILE_BATCH = 100


def file_sent_messages(conn: sqlite3.Connection, limit: int = -1) -> int:
    """File sent-but-not-yet-filed messages in their conversations; returns how many.

    Also the recovery step after a crash between "the server took it" and filing.
    """
    outbox = Outbox(conn)
    with transaction(conn):
        pending = outbox.unfiled_sent(limit)
        store = MessageStore(conn)
        for entry_id, record in pending:  # one message's bytes in memory at a time
            # deduplicated by bytes; a large message is copied a piece at a time
            store.insert(record, outbox.raw_chunks(entry_id), is_sent=True)
        outbox.mark_filed([entry_id for entry_id, _record in pending])
    if pending:
        outbox.release_sent_bytes()  # the store has them now: kept once (unless a copy waits)
    return len(pending)


class _Bookkeeper:
    """Writes the outbox records on a helper thread while the network round trips run.

    The database work for message *n* (recording message *n-1* as sent, then marking
    *n* as being sent) overlaps with ``RSET``, ``MAIL`` and ``RCPT`` of message *n*, and
    is finished before *n*'s ``DATA``: whatever the server has confirmed is recorded
    before the next message goes out. Filing sent messages into their conversations
    (the heavier write: threads, full-text index) happens every :data:`FILE_BATCH`
    messages and at the end. The connection is used by one thread at a time: the
    sender waits for the job before touching it. (A separate filing thread with its own
    connection was measured slower: it contends for the GIL and the write lock.)
    """

    def __init__(self, conn: sqlite3.Connection, runner: OutboxRunner) -> None:
        self.conn = conn
        self.owner = runner.owner
        self.clock = runner.clock
        self.outbox = Outbox(conn)
        self.executor = ThreadPoolExecutor(1, thread_name_prefix="threadline-outbox")
        self.pending: Future[_Prepared] | None = None
        self.unfiled = 0

    def prepare(self, entry: OutboxEntry, accepted: _Accepted | None) -> Future[_Prepared]:
        """Start recording ``accepted`` and preparing ``entry`` in the background."""
        self.wait()
        self.pending = self.executor.submit(self._prepare, entry, accepted)
        return self.pending

    def _prepare(self, entry: OutboxEntry, accepted: _Accepted | None) -> _Prepared:
        with transaction(self.conn):
            if accepted is not None:
                self._record(accepted)
            attempt = self.outbox.begin_attempt(entry.id, self.owner, self.clock())
            # after begin_attempt: a held-back message is dated now
            raw: bytes | Iterable[bytes] = (
                self.outbox.raw(entry.id)
                if self.outbox.raw_size(entry.id) <= CHUNK
                else _Chunks(self.outbox, entry.id)
            )
        return _Prepared(entry, attempt, raw)

    def _record(self, accepted: _Accepted) -> None:
        prepared, delivery = accepted.prepared, accepted.delivery
        warning = _refusal_warning(delivery)
        self.outbox.record_sent(
            prepared.entry.id, prepared.attempt, delivery.reply, warning, self.clock()
        )
        self.unfiled += 1
        if self.unfiled >= FILE_BATCH:
            file_sent_messages(self.conn)
            self.unfiled = 0

    def record_now(self, accepted: _Accepted | None) -> None:
        """Write ``accepted`` on this thread (end of a batch, or before handling a failure)."""
        self.wait()
        if accepted is not None:
            self._record(accepted)

    def wait(self) -> None:
        """Let the background job finish (its errors are raised here)."""
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.result()

    def close(self) -> None:
        """Finish, file what was sent, and stop the helper thread."""
        try:
            self.wait()
        finally:
            self.executor.shutdown(wait=True)
        file_sent_messages(self.conn)


class _Chunks:
    """A large message's bytes, read from the store in chunks each time it is iterated
    (on the sending thread, once the bookkeeping job is done: one thread at a time)."""

    def __init__(self, outbox: Outbox, entry_id: int) -> None:
        self.outbox, self.entry_id = outbox, entry_id

    def __iter__(self) -> Iterator[bytes]:
        return self.outbox.raw_chunks(self.entry_id)


def _payload_of(job: Future[_Prepared]) -> Callable[[], bytes | Iterable[bytes]]:
    return lambda: job.result().raw


def _refusal_warning(delivery: Delivery) -> str:
    if not delivery.refused:
        return ""
    refused = "; ".join(f"{rcpt} ({reply})" for rcpt, reply in delivery.refused.items())
    return translate("sending", "Not delivered to {refused}").format(refused=refused)


def _send_batch(
    conn: sqlite3.Connection,
    account: Account,
    batch: list[OutboxEntry],
    report: FlushReport,
    done: int,
    total: int,
    *,
    runner: OutboxRunner,
    progress: ProgressCallback | None,
) -> int:
    """Send one account's messages over one connection (reconnecting after a drop)."""
    outbox = Outbox(conn)
    books = _Bookkeeper(conn, runner)
    session: SmtpSession | None = None
    accepted: _Accepted | None = None
    try:
        for position, entry in enumerate(batch):
            if progress:
                stage = "connecting" if session is None else "sending"
                progress(FlushProgress(done, total, entry, stage))
            try:
                if session is None:
                    session = SmtpSession(
                        smtp_settings(account),
                        authenticator=runner.authenticator_for(account),
                        ssl_context=runner.ssl_context,
                        timeout=runner.timeout,
                    )
                    session.open()
                elif position:
                    session.reset()
            except SendError as error:
                session = None
                books.record_now(accepted)
                accepted = None
                _fail(outbox, report, batch[position:], error, runner)
                return done + len(batch) - position
            job = books.prepare(entry, accepted)
            accepted = None
            try:
                delivery = session.send(
                    entry.envelope_from, list(entry.recipients), _payload_of(job)
                )
            except SendError as error:
                prepared = job.result()
                books.wait()
                _record_failure(outbox, report, entry.id, prepared.attempt, error, runner.clock())
                if error.temporary:  # the connection may be gone: start afresh
                    session.close()
                    session = None
            else:
                accepted = _Accepted(job.result(), delivery)
                report.sent.append(entry.id)
                if delivery.refused:
                    report.warnings[entry.id] = _refusal_warning(delivery)
                log.info("sent outbox message %s (%s)", entry.id, entry.message_id)
            done += 1
        books.record_now(accepted)
    finally:
        books.close()
        if session is not None:
            session.close()
    return done


def _record_failure(
    outbox: Outbox,
    report: FlushReport,
    entry_id: int,
    attempt: int | None,
    error: SendError,
    now: float,
) -> None:
    state = outbox.record_failure(
        entry_id, attempt, str(error), temporary=error.temporary, reply=error.reply, now=now
    )
    temporary = state is OutboxState.FAILED_TEMPORARY
    target = report.failed_temporary if temporary else report.failed_permanent
    target[entry_id] = outbox.get(entry_id).last_error
    log.warning("outbox message %s: %s", entry_id, error)


def _fail(
    outbox: Outbox,
    report: FlushReport,
    entries: list[OutboxEntry],
    error: SendError,
    runner: OutboxRunner,
) -> None:
    """A connection-level failure: every remaining message of the batch gets it."""
    for entry in entries:
        attempt = outbox.begin_attempt(entry.id, runner.owner, runner.clock())
        _record_failure(outbox, report, entry.id, attempt, error, runner.clock())
