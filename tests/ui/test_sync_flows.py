"""Sync in the main window, on a real Dovecot over TLS: mail arrives at start and by
IDLE, read state goes both ways, a server that is down is said quietly, and quitting
with the watchers running is clean. (AppSync alone is in test_app_sync.py.)"""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from helpers.dovecot import Dovecot, append, flags_of
from helpers.mail import make_raw
from helpers.smtp_server import free_port
from threadline.core.reply import ReplyMode
from threadline.paths import Profile
from threadline.services.watching import InboxWatcher
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.models import ConversationSummary
from threadline.ui.app_sync import AppSync
from threadline.ui.main_window import MainWindow

#: The longest the event loop may be unresponsive (as in test_responsiveness.py).
MAX_GAP_S = 0.15


class LoopWatch:
    """Records how regularly a fast QTimer fires: long gaps mean a blocked GUI thread."""

    def __init__(self) -> None:
        self.stamps: list[float] = []
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))
        self.timer.start()

    def longest_gap(self) -> float:
        self.timer.stop()
        return max(b - a for a, b in zip(self.stamps, self.stamps[1:], strict=False))


def open_window(qtbot: QtBot, profile: Profile) -> MainWindow:
    window = MainWindow(profile)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    return window


def conversation(window: MainWindow, subject: str) -> ConversationSummary:
    for row in window.model.rows:
        if row.subject == subject:
            return row
    raise AssertionError(f"no conversation {subject!r} in {[r.subject for r in window.model.rows]}")


def has(window: MainWindow, subject: str) -> bool:
    return any(row.subject == subject for row in window.model.rows)


def select(window: MainWindow, subject: str) -> None:
    conversation(window, subject)
    row = next(n for n, r in enumerate(window.model.rows) if r.subject == subject)
    window.list.setCurrentIndex(window.model.index(row, 0))


def watcher(qtbot: QtBot, window: MainWindow) -> InboxWatcher:
    """The account's IDLE watcher, once it is idling (mail APPENDed now is news)."""
    qtbot.waitUntil(lambda: "imap" in window.sync.worker.states, timeout=10_000)
    found = window.sync.worker.states["imap"].watcher
    assert found is not None
    qtbot.waitUntil(found.idling.is_set, timeout=10_000)
    return found


def message_boxes() -> list[QMessageBox]:
    return [w for w in QApplication.topLevelWidgets()
            if isinstance(w, QMessageBox) and w.isVisible()]  # fmt: skip


def long_body(n: int) -> str:
    return "\r\n".join(f"Line {i} of message {n}: figures, plans and questions." for i in range(30))


def test_at_start_the_app_syncs_and_the_inbox_conversation_appears(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    append(dovecot, "INBOX", make_raw("hello@example.org", subject="Welcome aboard"))
    window = open_window(qtbot, imap_profile)
    qtbot.waitUntil(lambda: has(window, "Welcome aboard"), timeout=10_000)
    qtbot.waitUntil(lambda: window.sync_status.text().startswith("Synced at"), timeout=10_000)
    assert window.sync_status.isVisible()
    summary = conversation(window, "Welcome aboard")
    assert summary.unread_count == 1
    assert window.model.folder_names(summary.thread_id) == ["Inbox"]
    assert window.reader.toPlainText() == ""  # no "No conversations yet" beside the list


def test_idle_brings_new_mail_and_a_reply_joins_the_open_conversation_in_place(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    ids = [f"budget{n}@example.org" for n in range(4)]
    for n, msgid in enumerate(ids):
        append(dovecot, "INBOX", make_raw(msgid, subject="Re: Budget" if n else "Budget",
                                          references=ids[:n], in_reply_to=ids[n - 1] if n else None,
                                          date=f"Mon, 23 Nov 2026 0{n}:00:00 +0000",
                                          body=long_body(n)), flags=(b"\\Seen",))  # fmt: skip
    window = open_window(qtbot, imap_profile)
    qtbot.waitUntil(lambda: has(window, "Budget"), timeout=10_000)
    watcher(qtbot, window)

    append(dovecot, "INBOX", make_raw("news@example.org", subject="Breaking news"))
    qtbot.waitUntil(lambda: has(window, "Breaking news"), timeout=10_000)  # by IDLE

    select(window, "Budget")
    window.reader.expand_all()
    bar = window.reader.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 400)
    bar.setValue(bar.maximum() // 2)
    kept = bar.value()
    composer = window.reply(ReplyMode.SENDER)  # a reply being written meanwhile
    assert composer is not None
    composer.body.setPlainText("Half-written thoughts")
    composer.body.moveCursor(QTextCursor.MoveOperation.End)
    cursor = composer.body.textCursor().position()
    append(dovecot, "INBOX", make_raw("budget4@example.org", subject="Re: Budget",
                                      references=ids, in_reply_to=ids[-1],
                                      date="Mon, 23 Nov 2026 05:00:00 +0000",
                                      body="Agreed on the numbers."))  # fmt: skip
    qtbot.waitUntil(lambda: "Agreed on the numbers." in window.reader.toPlainText(), timeout=10_000)
    assert bar.value() == kept
    assert len(window.reader.cards) == 5
    assert composer.isVisible() and composer.body.toPlainText() == "Half-written thoughts"
    assert composer.body.textCursor().position() == cursor
    assert composer.subject.text() == "Re: Budget"
    assert window.current is not None and window.current.message_count == 5
    assert window.model.conversation_at(window.list.currentIndex().row()) == window.current


def test_opening_marks_read_on_the_server_and_reading_elsewhere_shows_here(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    fresh = append(dovecot, "INBOX", make_raw("fresh@example.org", subject="Fresh news"))
    report = append(dovecot, "INBOX", make_raw("report@example.org", subject="Quarterly report"))
    window = open_window(qtbot, imap_profile)
    qtbot.waitUntil(lambda: has(window, "Fresh news") and has(window, "Quarterly report"),
                    timeout=10_000)  # fmt: skip
    watcher(qtbot, window)
    assert conversation(window, "Fresh news").unread_count == 1

    select(window, "Fresh news")
    assert conversation(window, "Fresh news").unread_count == 0  # at once, here
    qtbot.waitUntil(lambda: "\\Seen" in flags_of(dovecot, "INBOX")[fresh], timeout=10_000)
    assert "\\Seen" not in flags_of(dovecot, "INBOX")[report]

    with dovecot.admin() as client:  # read on the phone
        client.select_folder("INBOX")
        client.add_flags([report], [b"\\Seen"])
    qtbot.waitUntil(lambda: conversation(window, "Quarterly report").unread_count == 0,
                    timeout=10_000)  # fmt: skip
    assert window.current is not None and window.current.subject == "Fresh news"  # still open


def test_a_server_that_is_down_is_said_quietly_and_blocks_nothing(
    qtbot: QtBot, imap_profile: Profile, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = db.connect(imap_profile.store_path)
    store = AccountStore(conn)
    [account] = store.all()
    store.save(account.__class__(**{**account.__dict__, "imap_port": free_port()}))  # nothing there
    conn.close()
    monkeypatch.setattr(AppSync, "backoff", (0.3, 0.6))
    before = set(message_boxes())  # (left open by earlier tests)
    watch = LoopWatch()
    window = open_window(qtbot, imap_profile)
    syncs: list[int] = []
    window.sync.synced.connect(lambda reports: syncs.append(len(reports)))
    qtbot.waitUntil(lambda: len(syncs) >= 3, timeout=10_000)  # it keeps retrying
    qtbot.waitUntil(lambda: window.sync_status.text().startswith("Offline — retrying at "))
    assert "refused the connection" in window.sync_status.label.toolTip()
    assert set(message_boxes()) == before  # no dialog
    assert watch.longest_gap() < MAX_GAP_S
    assert len(watch.stamps) > 20


def test_the_app_quits_cleanly_with_watchers_running(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    window = open_window(qtbot, imap_profile)
    running = watcher(qtbot, window)
    qtbot.waitUntil(lambda: window.sync_status.text().startswith("Synced at"), timeout=10_000)
    started = time.perf_counter()
    window.close()
    assert time.perf_counter() - started < 2.0
    assert not window.sync.worker_thread.isRunning()
    assert not running.thread.is_alive()
    assert window.sync.worker.run_thread is None


def test_the_conversation_shown_at_start_is_not_marked_read_until_it_was_on_screen(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    append(dovecot, "INBOX", make_raw("first@example.org", subject="Shown first"))
    window = open_window(qtbot, imap_profile)
    qtbot.waitUntil(lambda: has(window, "Shown first"), timeout=10_000)
    window.close()  # a second start: the conversation is in the store now
    monkeypatch.setattr(MainWindow, "auto_read_ms", 200)

    again = open_window(qtbot, imap_profile)

    assert again.current is not None and again.current.subject == "Shown first"
    assert again.current.unread_count == 1  # shown, not chosen: still unread
    assert flags_of(dovecot, "INBOX") == {1: set()}
    qtbot.waitUntil(lambda: flags_of(dovecot, "INBOX") == {1: {"\\Seen"}}, timeout=10_000)
    assert conversation(again, "Shown first").unread_count == 0
