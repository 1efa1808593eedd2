"""Filing sent mail in the Sent folder: a real aiosmtpd (STARTTLS, AUTH) takes the
message, a real Dovecot (``ssl = required``) gets the exact same bytes in Sent, once,
even after a crash between APPEND and recording it, and later after a failure."""

from __future__ import annotations

import sqlite3
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.dovecot import Dovecot, flags_of
from helpers.keyrings import MemoryKeyring, memory_keyring
from helpers.provider import Provider, provider
from helpers.smtp_server import PASSWORD, SmtpServer, test_ca
from threadline.core.addresses import Address
from threadline.core.compose import Draft
from threadline.net import secrets
from threadline.services.sending import OutboxRunner, queue_draft
from threadline.services.syncing import AccountSync, session_factory
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.messages import MessageStore
from threadline.store.outbox import Outbox
from threadline.store.sent_copies import SentCopies

__all__ = ["memory_keyring", "provider", "test_ca"]


@pytest.fixture
def smtp(provider: Provider) -> SmtpServer:
    return provider.smtp


@pytest.fixture
def imap(provider: Provider) -> Dovecot:
    return provider.imap


@pytest.fixture
def trust(provider: Provider) -> ssl.SSLContext:
    return provider.ssl_context()


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = db.connect(tmp_path / "store.sqlite")
    yield connection
    connection.close()


def account_for(
    conn: sqlite3.Connection, smtp: SmtpServer, imap: Dovecot, **changes: object
) -> Account:
    account = smtp.account(
        imap_host="127.0.0.1", imap_port=imap.tls_port, imap_security="tls", **changes
    )
    secrets.set_password(account.id, PASSWORD)
    return AccountStore(conn).save(account)


def send(
    conn: sqlite3.Connection, account: Account, trust: ssl.SSLContext, subject: str = "Report"
) -> int:
    queued = queue_draft(
        conn, account,
        Draft(sender=account.sender, to=[Address("bob@example.net")],
              bcc=[Address("boss@example.net")], subject=subject, body="Numbers attached."),
    )  # fmt: skip
    OutboxRunner(conn, ssl_context=trust).run()
    return queued.outbox_id


def test_a_sent_message_is_filed_in_sent_with_the_exact_bytes_once(
    conn: sqlite3.Connection, smtp: SmtpServer, imap: Dovecot, trust: ssl.SSLContext,
    memory_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    account = account_for(conn, smtp, imap)

    entry = send(conn, account, trust)

    raw = Outbox(conn).raw(entry)
    assert smtp.received[0].data.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")
    assert "boss@example.net" in smtp.received[0].rcpt_tos
    with imap.admin() as client:
        client.select_folder("Sent")
        uids = client.search("ALL")
        copy = client.fetch(uids, ["BODY.PEEK[]"])[uids[0]][b"BODY[]"]
    assert len(uids) == 1 and copy == raw
    assert b"boss@example.net" not in copy  # the Bcc stays off the copy, as it was sent
    assert flags_of(imap, "Sent") == {uids[0]: {"\\Seen"}}
    assert SentCopies(conn).state(entry) == ("filed", "", uids[0])
    with session_factory(None, ssl_context=trust)(account) as session:
        assert AccountSync(conn, account, session).run().new == 0  # already here: one message
    assert MessageStore(conn).message_count() == 1


def test_no_copy_where_the_provider_files_sent_mail_itself(
    conn: sqlite3.Connection, smtp: SmtpServer, imap: Dovecot, trust: ssl.SSLContext,
    memory_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    account = account_for(conn, smtp, imap, save_sent=False)

    entry = send(conn, account, trust)

    assert len(smtp.received) == 1
    assert flags_of(imap, "Sent") == {}
    assert SentCopies(conn).state(entry)[0] == "none"


def test_a_crash_after_append_does_not_file_a_second_copy(
    conn: sqlite3.Connection, smtp: SmtpServer, imap: Dovecot, trust: ssl.SSLContext,
    memory_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    account = account_for(conn, smtp, imap)
    entry = send(conn, account, trust)
    conn.execute(  # as if the process died after APPEND, before recording it
        "UPDATE outbox SET sent_copy = 'pending', sent_copy_uid = NULL,"
        " lease_owner = '999999999:dead', lease_expires = 1e12 WHERE id = ?",
        (entry,),
    )

    OutboxRunner(conn, ssl_context=trust).run()

    assert len(flags_of(imap, "Sent")) == 1
    assert SentCopies(conn).state(entry)[0] == "filed"


def test_filing_waits_and_retries_when_the_imap_server_is_down(
    conn: sqlite3.Connection, smtp: SmtpServer, imap: Dovecot, trust: ssl.SSLContext,
    memory_keyring: MemoryKeyring,
) -> None:  # fmt: skip
    account = account_for(conn, smtp, imap)
    AccountStore(conn).save(account.__class__(**{**account.__dict__, "imap_port": 1}))
    queued = queue_draft(
        conn, account, Draft(sender=account.sender, to=[Address("bob@example.net")], subject="x")
    )
    now = 1_900_000_000.0

    report = OutboxRunner(conn, ssl_context=trust, clock=lambda: now).run()

    assert report.sent == [queued.outbox_id]
    assert "refused the connection" in report.copies_waiting[queued.outbox_id]
    state, error, _uid = SentCopies(conn).state(queued.outbox_id)
    assert state == "pending" and "refused the connection" in error
    AccountStore(conn).save(account)  # the server is back
    later = OutboxRunner(conn, ssl_context=trust, clock=lambda: now + 30)
    assert later.next_due_in() == pytest.approx(30, abs=10)  # 1 minute backoff, jittered
    later.run()
    assert SentCopies(conn).state(queued.outbox_id)[0] == "pending"  # not due yet

    OutboxRunner(conn, ssl_context=trust, clock=lambda: now + 120).run()

    assert SentCopies(conn).state(queued.outbox_id)[0] == "filed"
    assert len(flags_of(imap, "Sent")) == 1
