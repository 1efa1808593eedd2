"""The Outbox's count on the status bar, read from a real store."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.outbox import Outbox
from threadline.ui.outbox_count import OutboxCount


def test_the_count_shows_what_waits_and_what_was_refused(qtbot: QtBot, tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "store.sqlite")
    AccountStore(conn).save(Account(id="a", address="ann@example.org", smtp_host="127.0.0.1",
                                    smtp_port=25, security="none", auth_method="none"))  # fmt: skip
    count = OutboxCount()
    qtbot.addWidget(count)
    count.show()
    assert count.refresh(conn) == 0 and count.isHidden()
    outbox = Outbox(conn)
    first = outbox.enqueue("a", make_raw("one@example.org"), "ann@example.org", ["b@x.org"])
    outbox.enqueue("a", make_raw("two@example.org"), "ann@example.org", ["b@x.org"])
    assert count.refresh(conn) == 2
    assert not count.isHidden() and count.text() == "Outbox: 2"
    outbox.claim_due("test", entry_ids=[first.id])
    attempt = outbox.begin_attempt(first.id, "test")
    outbox.record_failure(first.id, attempt, "No such user.", temporary=False)
    count.refresh(conn)
    assert count.text() == "Outbox: 2 (1 not sent)" and count.accessibleName() == count.text()
    outbox.delete(first.id)
    assert count.refresh(conn) == 1 and count.text() == "Outbox: 1"
    conn.close()
