"""``threadline --demo``: sample mail, a local server, and a reply that lands in its thread."""

from __future__ import annotations

import smtplib
from datetime import UTC, datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from threadline.core.reply import ReplyMode
from threadline.demo import create_demo_profile, sample_messages
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.importer import import_bytes
from threadline.store.indexing import index_message
from threadline.store.messages import MessageStore
from threadline.ui.main_window import MainWindow

NOW = datetime(2026, 11, 30, 15, 0, tzinfo=UTC)


def test_demo_reply_is_sent_to_the_local_server_and_joins_its_conversation(
    qtbot: QtBot, tmp_path: Path
) -> None:
    profile, server, _account = create_demo_profile(tmp_path / "demo")
    try:
        window = MainWindow(profile)
        qtbot.addWidget(window)
        window.show()
        assert window.model.rowCount() == 4
        assert not window.welcome.isVisible()  # the demo account is ready
        row = next(
            r for r in range(4) if window.model.conversation_at(r).subject.startswith("Launch")
        )  # type: ignore[union-attr]
        window.list.setCurrentIndex(window.model.index(row, 0))
        composer = window.reply(ReplyMode.ALL)
        assert composer is not None
        composer.body.insertPlainText("Works for me.\n")
        window.settings.setValue("sending/undo_seconds", 0)
        composer.undo_seconds = 0
        with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000) as signal:
            composer.send()
        assert len(signal.args[0].sent) == 1
        assert server.sink.count == 1
        qtbot.waitUntil(lambda: "Works for me." in window.reader.toPlainText(), timeout=10_000)
        assert window.current is not None and window.current.message_count == 4
        assert window.current.has_sent
    finally:
        server.stop()


def test_the_sample_mail_makes_four_conversations_the_newest_a_few_hours_old(
    tmp_path: Path,
) -> None:
    messages = sample_messages(NOW)
    store = MessageStore(db.connect(tmp_path / "store.sqlite3"))
    report = import_bytes(store, messages)
    assert (report.imported, report.duplicates) == (7, 0)
    subjects = [(c.subject, c.message_count) for c in store.conversations()]
    assert subjects == [
        ("Lunch on Friday?", 1),
        ("[Ticket #4711] Printer shows error E-52", 1),
        ("Launch plan for the spring release", 3),
        ("[dev] Proposal: drop Python 3.10 support", 2),
    ]
    newest = store.conversations()[0].latest_date
    assert newest == int(NOW.timestamp()) - 5 * 3600
    replies = [index_message(raw) for raw in messages if b"In-Reply-To" in raw]
    assert len(replies) == 3 and all(r.subject.startswith("Re: ") for r in replies)
    for record in map(index_message, messages):  # ids on the sender's domain, no DNS
        assert record.message_id.rpartition("@")[2] == record.from_addr.rpartition("@")[2]


def test_the_demo_profile_sends_to_a_loopback_server_that_keeps_nothing(tmp_path: Path) -> None:
    profile, server, account = create_demo_profile(tmp_path / "demo")
    try:
        assert (account.smtp_host, account.smtp_port) == ("127.0.0.1", server.port)
        assert (account.security, account.auth_method) == ("none", "none")
        assert account.address == "you@demo.threadline.test"
        conn = db.connect(profile.store_path)
        assert AccountStore(conn).all() == [account]
        assert MessageStore(conn).conversation_count() == 4
        conn.close()
        with smtplib.SMTP("127.0.0.1", server.port, local_hostname="t.example", timeout=10) as s:
            refused = s.sendmail(
                account.address, ["maya@northwind.example"], b"Subject: t\r\n\r\nx"
            )
            assert refused == {}
        assert server.sink.count == 1
    finally:
        server.stop()
