"""Sending through a real SMTP server: the three modes and every fault."""

from __future__ import annotations

import email
import logging
import sqlite3
import threading
from email import policy
from pathlib import Path

import pytest

from helpers.keyrings import MemoryKeyring
from helpers.smtp_server import PASSWORD, CertificateAuthority, SilentServer, SmtpServer
from threadline.core.addresses import Address
from threadline.core.compose import Draft
from threadline.core.reply import reply_draft
from threadline.net import secrets
from threadline.services.sending import FlushReport, flush, queue_draft
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.messages import MessageStore
from threadline.store.outbox import Outbox

BOB = Address("bob@example.net", "Bob")


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    return db.connect(tmp_path / "store.sqlite3")


def setup_account(conn: sqlite3.Connection, account: Account, password: str = PASSWORD) -> Account:
    AccountStore(conn).save(account)
    if account.auth_method == "password":
        secrets.set_password(account.id, password)
    return account


def draft(account: Account, subject: str = "Hello", to: list[Address] | None = None) -> Draft:
    return Draft(sender=account.sender, to=to or [BOB], subject=subject, body="Hi Bob")


def run_flush(conn: sqlite3.Connection, ca: CertificateAuthority, **kwargs: object) -> FlushReport:
    return flush(conn, ssl_context=ca.client_context(), timeout=5, **kwargs)  # type: ignore[arg-type]


@pytest.mark.parametrize("smtp_server", ["starttls", "tls", "plain"], indirect=True)
def test_each_mode_delivers_the_exact_bytes_and_files_the_message_in_its_conversation(
    smtp_server: SmtpServer,
    conn: sqlite3.Connection,
    test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring,
) -> None:
    account = setup_account(conn, smtp_server.account())
    first = queue_draft(conn, account, draft(account, "Quarterly numbers"))
    report = run_flush(conn, test_ca)
    assert report.sent == [first.outbox_id] and report.exit_code == 0
    [received] = smtp_server.received
    assert received.data == first.raw
    assert received.mail_from == "ann@example.org"
    assert received.rcpt_tos == ["bob@example.net"]
    # a reply goes out with the threading headers of its parent
    reply = queue_draft(conn, account, reply_draft(first.raw, account.sender))
    assert run_flush(conn, test_ca).sent == [reply.outbox_id]
    got = email.message_from_bytes(smtp_server.received[1].data, policy=policy.default)
    assert got["In-Reply-To"] == f"<{first.message_id}>"
    assert got["References"] == f"<{first.message_id}>"
    assert got["Subject"] == "Re: Quarterly numbers"
    store = MessageStore(conn)
    [conversation] = store.conversations()
    assert conversation.message_count == 2 and conversation.has_sent
    assert Outbox(conn).get(first.outbox_id).state == "sent"


def test_bcc_reaches_the_envelope_only(
    smtp_server: SmtpServer,
    conn: sqlite3.Connection,
    test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring,
) -> None:
    account = setup_account(conn, smtp_server.account())
    message = draft(account)
    message.bcc = [Address("hidden@example.com")]
    queue_draft(conn, account, message)
    run_flush(conn, test_ca)
    [received] = smtp_server.received
    assert received.rcpt_tos == ["bob@example.net", "hidden@example.com"]
    assert b"hidden@example.com" not in received.data


def test_a_batch_goes_over_one_connection(
    smtp_server: SmtpServer,
    conn: sqlite3.Connection,
    test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring,
) -> None:
    account = setup_account(conn, smtp_server.account())
    ids = [queue_draft(conn, account, draft(account, f"n{i}")).outbox_id for i in range(5)]
    logins: list[int] = []
    original = secrets.get_password

    def counting(account_id: str) -> str | None:
        logins.append(1)
        return original(account_id)

    secrets.get_password = counting  # type: ignore[assignment]
    try:
        report = run_flush(conn, test_ca)
    finally:
        secrets.get_password = original  # type: ignore[assignment]
    assert report.sent == ids
    assert len(logins) == 1  # one connection, one login
    assert len(smtp_server.received) == 5


def test_wrong_password_fails_permanently_with_a_clear_error(
    smtp_server: SmtpServer,
    conn: sqlite3.Connection,
    test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring,
) -> None:
    account = setup_account(conn, smtp_server.account(), password="wrong")
    queued = queue_draft(conn, account, draft(account))
    report = run_flush(conn, test_ca)
    assert report.exit_code == 1
    entry = Outbox(conn).get(queued.outbox_id)
    assert entry.state == "failed-permanent"
    assert "refused the user name or password (535" in entry.last_error
    assert "wrong" not in entry.last_error
    assert smtp_server.received == []


def test_missing_password_says_where_to_enter_it(
    smtp_server: SmtpServer,
    conn: sqlite3.Connection,
    test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring,
) -> None:
    account = smtp_server.account()
    AccountStore(conn).save(account)
    queued = queue_draft(conn, account, draft(account))
    run_flush(conn, test_ca)
    assert "No password is stored" in Outbox(conn).get(queued.outbox_id).last_error


def test_server_without_starttls_is_never_sent_to_in_plain_text(
    test_ca: CertificateAuthority, conn: sqlite3.Connection, memory_keyring: MemoryKeyring
) -> None:
    with SmtpServer("starttls", test_ca, offer_starttls=False) as server:
        account = setup_account(conn, server.account())
        queued = queue_draft(conn, account, draft(account))
        report = run_flush(conn, test_ca)
        assert server.received == []
    entry = Outbox(conn).get(queued.outbox_id)
    assert entry.state == "failed-permanent" and report.exit_code == 1
    assert "does not offer STARTTLS" in entry.last_error


@pytest.mark.parametrize("smtp_server", ["starttls", "tls"], indirect=True)
def test_certificate_from_an_unknown_ca_is_refused_and_its_fingerprint_shown(
    smtp_server: SmtpServer, conn: sqlite3.Connection, memory_keyring: MemoryKeyring
) -> None:
    account = setup_account(conn, smtp_server.account())
    queued = queue_draft(conn, account, draft(account))
    stranger = CertificateAuthority()  # the client trusts some other CA only
    flush(conn, ssl_context=stranger.client_context(), timeout=5)
    entry = Outbox(conn).get(queued.outbox_id)
    assert entry.state == "failed-permanent"
    assert "is not trusted" in entry.last_error
    assert "SHA-256 fingerprint is " in entry.last_error
    assert "Nothing was sent" in entry.last_error
    assert smtp_server.received == []


def test_connection_dropped_during_data_is_retried_with_the_same_message_id(
    smtp_server: SmtpServer,
    conn: sqlite3.Connection,
    test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring,
) -> None:
    account = setup_account(conn, smtp_server.account())
    first = queue_draft(conn, account, draft(account, "one"))
    second = queue_draft(conn, account, draft(account, "two"))
    smtp_server.faults.drop_during_data = 1
    report = run_flush(conn, test_ca)
    assert first.outbox_id in report.failed_temporary
    assert report.sent == [second.outbox_id]  # reconnected for the next message
    entry = Outbox(conn).get(first.outbox_id)
    assert entry.state == "failed-temporary" and "closed the connection" in entry.last_error
    retry = run_flush(conn, test_ca, now=entry.next_attempt_at)
    assert retry.sent == [first.outbox_id]
    assert smtp_server.received[-1].data == first.raw  # same bytes, same Message-ID
    assert [a.outcome for a in Outbox(conn).attempts(first.outbox_id)] == [
        "failed-temporary",
        "sent",
    ]


@pytest.mark.parametrize("code", ["421", "451"])
def test_temporary_refusal_then_success_on_retry(
    smtp_server: SmtpServer,
    conn: sqlite3.Connection,
    test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring,
    code: str,
) -> None:
    account = setup_account(conn, smtp_server.account())
    queued = queue_draft(conn, account, draft(account))
    if code == "451":
        smtp_server.faults.temporary_failures = 1
    else:
        smtp_server.faults.data_reply = "421 4.7.0 Too busy, come back later"
    report = run_flush(conn, test_ca)
    assert report.exit_code == 75
    entry = Outbox(conn).get(queued.outbox_id)
    assert entry.state == "failed-temporary" and code in entry.last_error
    assert entry.next_attempt_at >= entry.created_at + 54  # a minute, less 10% jitter
    assert run_flush(conn, test_ca).sent == []  # not due yet
    smtp_server.faults.data_reply = None
    assert run_flush(conn, test_ca, now=entry.next_attempt_at).sent == [queued.outbox_id]
    attempts = Outbox(conn).attempts(queued.outbox_id)
    assert [a.outcome for a in attempts] == ["failed-temporary", "sent"]
    assert code in attempts[0].reply


def test_permanent_refusal_waits_for_the_user(
    smtp_server: SmtpServer,
    conn: sqlite3.Connection,
    test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring,
) -> None:
    account = setup_account(conn, smtp_server.account())
    queued = queue_draft(conn, account, draft(account))
    smtp_server.faults.data_reply = "550 5.7.1 Message rejected as spam"
    report = run_flush(conn, test_ca)
    assert report.exit_code == 1
    entry = Outbox(conn).get(queued.outbox_id)
    assert entry.state == "failed-permanent"
    assert "550 5.7.1 Message rejected as spam" in entry.last_error
    assert Outbox(conn).raw(queued.outbox_id) == queued.raw  # nothing lost
    smtp_server.faults.data_reply = None
    Outbox(conn).retry_now(queued.outbox_id)
    assert run_flush(conn, test_ca).sent == [queued.outbox_id]


def test_one_of_three_recipients_refused(
    smtp_server: SmtpServer,
    conn: sqlite3.Connection,
    test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring,
) -> None:
    account = setup_account(conn, smtp_server.account())
    smtp_server.faults.refuse_recipients["nobody@example.net"] = "550 5.1.1 No such user"
    to = [BOB, Address("nobody@example.net"), Address("carol@example.com")]
    queued = queue_draft(conn, account, draft(account, to=to))
    report = run_flush(conn, test_ca)
    assert report.sent == [queued.outbox_id]
    assert report.warnings[queued.outbox_id] == (
        "Not delivered to nobody@example.net (550 5.1.1 No such user)"
    )
    [received] = smtp_server.received
    assert received.rcpt_tos == ["bob@example.net", "carol@example.com"]
    entry = Outbox(conn).get(queued.outbox_id)
    assert entry.state == "sent" and "nobody@example.net" in entry.last_error


def test_a_server_that_never_answers_times_out(
    conn: sqlite3.Connection, test_ca: CertificateAuthority, memory_keyring: MemoryKeyring
) -> None:
    with SilentServer() as silent:
        account = setup_account(
            conn,
            Account(
                id="silent",
                address="ann@example.org",
                smtp_host="127.0.0.1",
                smtp_port=silent.port,
                security="none",
                auth_method="none",
            ),
        )
        queued = queue_draft(conn, account, draft(account))
        report = flush(conn, timeout=0.5)
    assert report.exit_code == 75
    entry = Outbox(conn).get(queued.outbox_id)
    assert entry.state == "failed-temporary" and "did not answer in time" in entry.last_error


def test_nothing_listening_is_a_temporary_connection_error(
    conn: sqlite3.Connection, memory_keyring: MemoryKeyring
) -> None:
    with SilentServer() as unused:
        port = unused.port
    account = setup_account(
        conn,
        Account(
            id="gone",
            address="ann@example.org",
            smtp_host="127.0.0.1",
            smtp_port=port,
            security="none",
            auth_method="none",
        ),
    )
    queued = queue_draft(conn, account, draft(account))
    flush(conn, timeout=2)
    assert "refused the connection" in Outbox(conn).get(queued.outbox_id).last_error


def test_password_never_reaches_files_logs_or_errors(
    smtp_server: SmtpServer,
    conn: sqlite3.Connection,
    test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring,
    caplog: pytest.LogCaptureFixture,
    tmp_path: Path,
) -> None:
    caplog.set_level(logging.DEBUG)
    account = setup_account(conn, smtp_server.account())
    queue_draft(conn, account, draft(account))
    run_flush(conn, test_ca)
    wrong = setup_account(conn, smtp_server.account(id="other"), password="s3cr3t-Wrong-pw")
    queue_draft(conn, wrong, draft(wrong))
    report = run_flush(conn, test_ca)
    assert report.failed_permanent
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for secret in (PASSWORD, "s3cr3t-Wrong-pw"):
        for path in tmp_path.rglob("*"):
            if path.is_file():
                assert secret.encode() not in path.read_bytes(), path
        assert secret not in caplog.text
        assert all(secret not in message for message in report.failed_permanent.values())


def test_slow_server_blocks_only_the_sender_until_released(
    smtp_server: SmtpServer,
    conn: sqlite3.Connection,
    test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring,
) -> None:
    account = setup_account(conn, smtp_server.account())
    queue_draft(conn, account, draft(account))
    smtp_server.faults.hold = threading.Event()
    result: list[FlushReport] = []
    worker = threading.Thread(
        target=lambda: result.append(
            flush(db.connect(Path(conn.execute("PRAGMA database_list").fetchone()[2])),
                  ssl_context=test_ca.client_context(), timeout=30)
        )
    )  # fmt: skip
    worker.start()
    assert smtp_server.faults.holding.wait(timeout=30)
    assert Outbox(conn).entries(["sending"])  # visible as "sending" while the server holds
    smtp_server.faults.hold.set()
    worker.join(timeout=30)
    assert result and result[0].exit_code == 0


def test_a_message_in_chunks_is_streamed_with_dots_doubled_across_chunks(
    test_ca: CertificateAuthority,
) -> None:
    """Issue 12, point 9: large messages go out chunk by chunk, never joined in memory."""
    from threadline.net.smtp.settings import SmtpSettings
    from threadline.net.smtp.transport import SmtpSession

    message = (b"From: a@x.org\r\nSubject: dots\r\nMessage-ID: <d@x.org>\r\n\r\n"
               b"line\r\n.starts with a dot\r\n..two\r\nmiddle . dot\r\n.\r\nend\r\n")  # fmt: skip
    with SmtpServer("plain", test_ca) as server:
        settings = SmtpSettings(host="127.0.0.1", port=server.port, security="none",
                                auth_method="none")  # fmt: skip
        with SmtpSession(settings, timeout=10) as session:
            for size in (1, 2, 3, 7, len(message)):
                chunks = [message[i : i + size] for i in range(0, len(message), size)]
                session.send("a@x.org", ["b@y.org"], lambda c=chunks: iter(c))
                session.reset()
            session.send("a@x.org", ["b@y.org"], [message[:-2]])  # no final line end
    assert [r.data for r in server.received[:5]] == [message] * 5
    assert server.received[5].data == message
