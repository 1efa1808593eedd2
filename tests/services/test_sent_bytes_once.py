"""The bytes of a sent message are kept once (issue 12, point 11): in the message store
once it is filed in its conversation, in the outbox only while its Sent copy waits."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.smtp_server import CertificateAuthority, SmtpServer, test_ca
from threadline.core.addresses import Address
from threadline.core.compose import Draft
from threadline.services.sending import file_sent_messages, flush, queue_draft
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.outbox import Outbox
from threadline.store.sent_copies import SentCopies

__all__ = ["test_ca"]


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = db.connect(tmp_path / "store.sqlite3")
    yield connection
    connection.close()


def outbox_bytes(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT coalesce(sum(length(raw)), 0) FROM outbox_bytes").fetchone()[0])


def test_a_sent_message_is_kept_once_and_still_read_from_the_outbox(
    conn: sqlite3.Connection, test_ca: CertificateAuthority
) -> None:
    with SmtpServer("plain", test_ca) as server:
        account = AccountStore(conn).save(server.account())
        queued = [
            queue_draft(conn, account, Draft(sender=account.sender, to=[Address("b@y.org")],
                                             subject=f"s{n}", body="x" * 5000))
            for n in range(3)
        ]  # fmt: skip
        assert outbox_bytes(conn) > 15000  # waiting: the outbox has them
        report = flush(conn, timeout=10)
        assert report.sent == [q.outbox_id for q in queued]
        received = [r.data for r in server.received]
    assert outbox_bytes(conn) == 0  # sent and filed: only the message store has them
    stored = conn.execute("SELECT sum(length(raw)) FROM raw_messages").fetchone()[0]
    assert stored == sum(len(r) for r in received)
    outbox = Outbox(conn)
    for entry, data in zip(queued, received, strict=True):
        assert outbox.raw(entry.outbox_id) == data  # read from the store by its sha256
        assert b"".join(outbox.raw_chunks(entry.outbox_id)) == data
        assert outbox.raw_size(entry.outbox_id) == len(data)


def test_the_bytes_stay_in_the_outbox_while_the_sent_copy_waits(
    conn: sqlite3.Connection,
) -> None:
    account = AccountStore(conn).save(
        Account(id="a", address="a@x.org", smtp_host="127.0.0.1", smtp_port=25,
                security="none", auth_method="none", imap_host="127.0.0.1",
                imap_security="none", save_sent=True)
    )  # fmt: skip
    outbox = Outbox(conn)
    queued = queue_draft(conn, account, Draft(sender=account.sender, to=[Address("b@y.org")],
                                              subject="s", body="x"))  # fmt: skip
    outbox.claim_due("me", now=1000)
    attempt = outbox.begin_attempt(queued.outbox_id, "me", 1000)
    outbox.record_sent(queued.outbox_id, attempt, "250 ok", now=1000)
    file_sent_messages(conn)
    [copy] = SentCopies(conn).claim("filer", now=2000)
    assert SentCopies(conn).raw(copy.id) == queued.raw  # the Sent copy still gets its exact bytes
    SentCopies(conn).filed(copy.id, 7)
    outbox.release_sent_bytes()
    assert outbox_bytes(conn) == 0
    assert outbox.raw(queued.outbox_id) == queued.raw
