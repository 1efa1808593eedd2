"""Filing sent mail in the server's Sent folder, the outbox's last step (sent -> filed).

The copy is the exact bytes the SMTP server accepted, so the server's copy and the
stored message are one message (same bytes), and other mail apps show what was really
sent. A Bcc is therefore not in the copy's headers (it never is in the sent bytes);
Threadline's own outbox keeps the full envelope. Every copy is looked for by its
Message-ID before it is appended, so a crash between APPEND and recording it never
leaves two copies. Accounts whose provider files SMTP-sent mail itself (Gmail) have
"save a copy in Sent" off and owe no copy.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from threadline.errors import ThreadlineError
from threadline.i18n import translate
from threadline.net.imap.errors import ImapError
from threadline.net.imap.session import ImapSession
from threadline.services.syncing import SessionFactory, folder_roles
from threadline.store.accounts import Account, AccountStore
from threadline.store.folders import SENT, Folder, FolderStore
from threadline.store.sent_copies import SentCopies, SentCopy


@dataclass
class FilingReport:
    """What a filing run did, per outbox entry."""

    filed: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)


def sent_folder(session: ImapSession, folders: FolderStore, account: Account) -> Folder | None:
    """The account's Sent folder: known from a sync, else found by SPECIAL-USE or name."""
    known = folders.by_role(account.id, SENT)
    if known is not None:
        return known
    name = folder_roles(session.list_folders(), gmail=False).get(SENT)
    return folders.ensure(account.id, name, SENT) if name else None


def file_sent_copies(
    conn: sqlite3.Connection,
    open_session: SessionFactory,
    *,
    owner: str,
    alive: Callable[[str], bool] = lambda _owner: True,
    clock: Callable[[], float] = time.time,
    account_id: str | None = None,
) -> FilingReport:
    """APPEND every due Sent copy (one connection per account); failures wait for a retry."""
    copies = SentCopies(conn)
    report = FilingReport()
    claimed = copies.claim(owner, now=clock(), alive=alive, account_id=account_id)
    try:
        accounts = AccountStore(conn)
        for account_key in dict.fromkeys(c.account_id for c in claimed):
            group = [c for c in claimed if c.account_id == account_key]
            _file_account(conn, accounts.get(account_key), group, open_session, report, clock)
    finally:
        copies.release(owner)
    return report


def _file_account(
    conn: sqlite3.Connection,
    account: Account,
    group: list[SentCopy],
    open_session: SessionFactory,
    report: FilingReport,
    clock: Callable[[], float],
) -> None:
    copies = SentCopies(conn)
    if not account.has_imap or not account.save_sent:  # the setting changed since
        for copy in group:
            copies.filed(copy.id, None)
        return
    remaining = list(group)
    try:
        with open_session(account) as session:
            folders = FolderStore(conn)
            folder = sent_folder(session, folders, account)
            if folder is None:
                raise ImapError(
                    translate(
                        "filing",
                        "{host} has no Sent folder. Turn off 'Save a copy in Sent' for this "
                        "account, or create the folder with another mail app.",
                    ).format(host=account.imap_host)
                )
            selected = session.select(folder.name)
            while remaining:
                copy = remaining[0]
                raw = copies.raw(copy.id)
                uid = _file_one(session, folder.name, copy, raw)
                copies.filed(copy.id, uid)
                if uid is not None and selected.uidvalidity == folder.uidvalidity:
                    _locate(conn, folders, folder, uid, raw)
                del raw  # a large message is not kept while the next one is read
                report.filed.append(copy.id)
                remaining.pop(0)
    except ThreadlineError as error:
        for copy in remaining:
            copies.failed(copy.id, str(error), now=clock())
            report.failed[copy.id] = str(error)


def _file_one(session: ImapSession, folder: str, copy: SentCopy, raw: bytes) -> int | None:
    """The copy's UID in the Sent folder: found there already (a crash after APPEND), or
    appended now, marked read and dated when it was sent."""
    found = session.search_message_id(copy.message_id)
    if found:
        return found[-1]
    when = datetime.fromtimestamp(copy.sent_at, UTC) if copy.sent_at else None
    return session.append(folder, raw, seen=True, when=when)


def _locate(
    conn: sqlite3.Connection, folders: FolderStore, folder: Folder, uid: int, raw: bytes
) -> None:
    row = conn.execute(
        "SELECT id FROM messages WHERE sha256 = ?", (hashlib.sha256(raw).digest(),)
    ).fetchone()
    if row is not None:
        folders.add_location(folder, uid, int(row[0]), seen=True)
