"""Sending, as the GUI and the CLI both use it: queue a message, flush the outbox.

``queue_draft`` builds a draft into its final bytes and puts it in the outbox (the
Message-ID and Date are fixed from then on). ``flush`` sends what is due, one
connection per account, and records every attempt. A message the server accepts is
added to the conversation store at once, in the same transaction that marks it sent.
No Qt here: progress goes to a plain callback, which a GUI worker may forward.
"""

from __future__ import annotations

import logging
import sqlite3
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field

from threadline.core.compose import Draft, build_message, envelope_recipients, message_bytes
from threadline.core.ids import parse_msgid
from threadline.smtp import credentials
from threadline.smtp.errors import SendError
from threadline.smtp.transport import (
    DEFAULT_TIMEOUT,
    Authenticator,
    PasswordAuthenticator,
    SmtpSession,
)
from threadline.store.accounts import Account, AccountStore
from threadline.store.db import transaction
from threadline.store.messages import MessageStore
from threadline.store.outbox import Outbox, OutboxEntry

log = logging.getLogger("threadline.sending")


@dataclass(frozen=True)
class QueuedMessage:
    """A message now in the outbox."""

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

    @property
    def exit_code(self) -> int:
        """0 all sent, 1 a permanent failure, 75 (EX_TEMPFAIL) something waits for a retry."""
        if self.failed_permanent:
            return 1
        if self.failed_temporary:
            return 75
        return 0


@dataclass(frozen=True)
class FlushProgress:
    """Reported before each message: how many are done out of how many."""

    done: int
    total: int
    entry: OutboxEntry
    stage: str  # "connecting" or "sending"


ProgressCallback = Callable[[FlushProgress], None]
AuthenticatorFactory = Callable[[Account], Authenticator | None]


def default_authenticator(account: Account) -> Authenticator | None:
    """Password from the keyring for password accounts; OAuth2 plugs in its own."""
    if account.auth_method == "password":
        return PasswordAuthenticator(
            username=account.username,
            password=lambda: credentials.get_password(account.id),
            account_label=account.address,
        )
    if account.auth_method == "oauth2":
        raise SendError(
            f"{account.address} signs in with OAuth2, which this version cannot do yet. "
            "Use an app password instead."
        )
    return None


def queue_draft(
    conn: sqlite3.Connection, account: Account, draft: Draft, *, state: str = "queued"
) -> QueuedMessage:
    """Build ``draft`` with its final headers and put it in the outbox."""
    message = build_message(draft)
    raw = message_bytes(message)
    entry = Outbox(conn).enqueue(
        account.id, raw, account.sender.ascii_address, envelope_recipients(draft), state=state
    )
    message_id = parse_msgid(str(message["Message-ID"]))
    assert message_id is not None
    return QueuedMessage(entry.id, message_id, raw)


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
) -> FlushReport:
    """Send every due message (or just ``entry_ids``), one connection per account."""
    outbox = Outbox(conn)
    outbox.recover_interrupted()
    due = outbox.due(now, account_id)
    if entry_ids is not None:
        due = [e for e in due if e.id in set(entry_ids)]
    report = FlushReport()
    accounts = AccountStore(conn)
    done = 0
    for owner in dict.fromkeys(e.account_id for e in due):
        batch = [e for e in due if e.account_id == owner]
        account = accounts.get(owner)
        done = _send_batch(
            conn, account, batch, report, done, len(due),
            ssl_context=ssl_context, authenticator_for=authenticator_for,
            timeout=timeout, progress=progress,
        )  # fmt: skip
    return report


def _send_batch(
    conn: sqlite3.Connection,
    account: Account,
    batch: list[OutboxEntry],
    report: FlushReport,
    done: int,
    total: int,
    *,
    ssl_context: ssl.SSLContext | None,
    authenticator_for: AuthenticatorFactory,
    timeout: float,
    progress: ProgressCallback | None,
) -> int:
    """Send one account's messages over one connection (reconnecting after a drop)."""
    outbox = Outbox(conn)
    session: SmtpSession | None = None
    try:
        for position, entry in enumerate(batch):
            if progress:
                stage = "connecting" if session is None else "sending"
                progress(FlushProgress(done, total, entry, stage))
            try:
                if session is None:
                    session = SmtpSession(
                        account,
                        authenticator=authenticator_for(account),
                        ssl_context=ssl_context,
                        timeout=timeout,
                    )
                    session.open()
                elif position:
                    session.reset()
            except SendError as error:
                session = None
                _fail(outbox, report, batch[position:], error)
                return done + len(batch) - position
            attempt = outbox.begin_attempt(entry.id)
            try:
                delivery = session.send(
                    entry.envelope_from, list(entry.recipients), outbox.raw(entry.id)
                )
            except SendError as error:
                _record_failure(outbox, report, entry.id, attempt, error)
                if error.temporary:  # the connection may be gone: start afresh
                    session.close()
                    session = None
            else:
                warning = ""
                if delivery.refused:
                    warning = "Not delivered to " + "; ".join(
                        f"{rcpt} ({reply})" for rcpt, reply in delivery.refused.items()
                    )
                    report.warnings[entry.id] = warning
                with transaction(conn):
                    outbox.record_sent(entry.id, attempt, delivery.reply, warning)
                    MessageStore(conn).add_message(outbox.raw(entry.id), is_sent=True)
                report.sent.append(entry.id)
                log.info("sent outbox message %s (%s)", entry.id, entry.message_id)
            done += 1
    finally:
        if session is not None:
            session.close()
    return done


def _record_failure(
    outbox: Outbox, report: FlushReport, entry_id: int, attempt: int | None, error: SendError
) -> None:
    state = outbox.record_failure(
        entry_id, attempt, str(error), temporary=error.temporary, reply=error.reply
    )
    target = report.failed_temporary if state == "failed-temporary" else report.failed_permanent
    target[entry_id] = outbox.get(entry_id).last_error
    log.warning("outbox message %s: %s", entry_id, error)


def _fail(
    outbox: Outbox, report: FlushReport, entries: list[OutboxEntry], error: SendError
) -> None:
    """A connection-level failure: every remaining message of the batch gets it."""
    for entry in entries:
        attempt = outbox.begin_attempt(entry.id)
        _record_failure(outbox, report, entry.id, attempt, error)


def next_retry_in(conn: sqlite3.Connection) -> float | None:
    """Seconds until the earliest temporary failure is due (``None``: nothing waits)."""
    row = conn.execute(
        "SELECT min(next_attempt_at) FROM outbox WHERE state = 'failed-temporary'"
    ).fetchone()
    if row is None or row[0] is None:
        return None
    return max(0.0, float(row[0]) - time.time())
