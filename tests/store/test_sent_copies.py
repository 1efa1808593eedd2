"""Sent copies owed to a Sent folder: who owes one, leases between processes, backoff."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.outbox import BACKOFF, Outbox
from threadline.store.sent_copies import SentCopies

RAW = b"From: a@x.org\r\nTo: b@y.org\r\nSubject: s\r\nMessage-ID: <s1@x.org>\r\n\r\nbody\r\n"


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = db.connect(tmp_path / "store.sqlite")
    yield connection
    connection.close()


def sent(conn: sqlite3.Connection, *, imap: bool = True, save_sent: bool = True) -> int:
    account = AccountStore(conn).save(
        Account(
            id=f"a-{imap}-{save_sent}", address="a@x.org", smtp_host="127.0.0.1", smtp_port=25,
            security="none", auth_method="none", imap_host="127.0.0.1" if imap else "",
            imap_security="none", save_sent=save_sent,
        )
    )  # fmt: skip
    outbox = Outbox(conn)
    entry = outbox.enqueue(account.id, RAW, "a@x.org", ["b@y.org"])
    (claimed,) = outbox.claim_due("me", now=1000)
    attempt = outbox.begin_attempt(claimed.id, "me", 1000)
    outbox.record_sent(entry.id, attempt, "250 ok", now=1000)
    return entry.id


@pytest.mark.parametrize(
    ("imap", "save_sent", "owed"),
    [(True, True, "pending"), (True, False, "none"), (False, True, "none")],
)
def test_a_copy_is_owed_only_with_imap_and_save_sent(
    conn: sqlite3.Connection, imap: bool, save_sent: bool, owed: str
) -> None:
    entry = sent(conn, imap=imap, save_sent=save_sent)
    assert SentCopies(conn).state(entry)[0] == owed


def test_a_live_lease_keeps_others_out_and_a_dead_one_does_not(conn: sqlite3.Connection) -> None:
    entry = sent(conn)
    copies = SentCopies(conn)
    assert [c.id for c in copies.claim("one", now=2000)] == [entry]
    assert copies.claim("two", now=2001) == []
    dead = copies.claim("two", now=2001, alive=lambda owner: owner != "one")
    assert [copies.raw(c.id) for c in dead] == [RAW]
    copies.release("two")
    assert [c.message_id for c in copies.claim("three", now=2002)] == ["s1@x.org"]


def test_a_failure_waits_for_the_backoff_and_filing_ends_it(conn: sqlite3.Connection) -> None:
    entry = sent(conn)
    copies = SentCopies(conn)
    copies.claim("me", now=2000)
    copies.failed(entry, "down", now=2000)
    assert copies.claim("me", now=2000 + BACKOFF[0] * 0.5) == []
    assert copies.next_due() is not None and copies.next_due() >= 2000 + BACKOFF[0] * 0.9
    assert copies.pending_count() == 1
    assert len(copies.claim("me", now=2000 + BACKOFF[0] * 1.2)) == 1
    copies.filed(entry, 42)
    assert copies.state(entry) == ("filed", "", 42)
    assert copies.pending_count() == 0 and copies.next_due() is None
