"""Delete and Undo in the main window (issue 14), driven by keys and menus: the list
selects the next conversation and the reader follows; the status bar offers Undo, and
Ctrl+Z does the same; on an IMAP account the sync moves the message to the server's
Trash and Undo moves it back. The Outbox's count on the status bar."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from helpers.dovecot import Dovecot, append, ids_in
from helpers.mail import make_raw
from helpers.windows import open_window
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.messages import MessageStore
from threadline.store.outbox import Outbox
from threadline.ui.main_window import MainWindow


def subjects(window: MainWindow) -> list[str]:
    return [row.subject for row in window.model.rows]


def select(window: MainWindow, subject: str) -> None:
    row = subjects(window).index(subject)
    window.list.setCurrentIndex(window.model.index(row, 0))


@pytest.fixture
def three_profile(mail_profile: Profile) -> Profile:
    """The mail profile with a third conversation, the oldest."""
    conn = db.connect(mail_profile.store_path)
    MessageStore(conn).add_message(make_raw("tickets@example.org", subject="Tickets",
                                            date="Sat, 21 Nov 2026 09:00:00 +0000"))  # fmt: skip
    conn.close()
    return mail_profile


def test_delete_key_moves_the_conversation_to_trash_and_the_next_one_is_shown(
    qtbot: QtBot, three_profile: Profile
) -> None:
    window = open_window(qtbot, three_profile)
    assert subjects(window) == ["Launch plan", "Lunch?", "Tickets"]
    select(window, "Lunch?")
    window.list.setFocus()
    assert window.delete_action in window.list.actions()  # also in the right-click menu

    QTest.keyClick(window.list, Qt.Key.Key_Delete)

    assert subjects(window) == ["Launch plan", "Tickets"]
    assert window.current is not None and window.current.subject == "Tickets"
    assert window.list.currentIndex().row() == 1
    assert window.header.text() == "Tickets"
    assert [card.message.subject for card in window.reader.cards] == ["Tickets"]
    assert window.undo_note.isVisible()
    assert window.undo_note.text.text() == "Conversation moved to Trash."
    store = MessageStore(db.connect(three_profile.store_path))
    assert [c.subject for c in store.conversations()] == ["Launch plan", "Tickets"]
    assert store.search("Ramen") == []

    window.undo_note.button.click()  # the status bar's Undo

    assert subjects(window) == ["Launch plan", "Lunch?", "Tickets"]
    assert window.current is not None and window.current.subject == "Lunch?"
    assert not window.undo_note.isVisible()
    assert window.statusBar().currentMessage() == "1 message restored."
    assert [c.subject for c in store.search("Ramen")] == ["Lunch?"]


def test_the_last_conversation_deleted_selects_the_one_above_then_nothing_is_left(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    window = open_window(qtbot, mail_profile)
    select(window, "Lunch?")
    window.delete_action.trigger()  # Message ▸ Delete
    assert subjects(window) == ["Launch plan"]
    assert window.current is not None and window.current.subject == "Launch plan"
    window.reader.setFocus()
    QTest.keyClick(window.reader, Qt.Key.Key_Delete)  # Delete in the reader too
    assert subjects(window) == [] and window.current is None
    assert window.header.text() == ""
    assert not window.delete_action.isEnabled()  # nothing to delete now

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # Ctrl+Z

    assert subjects(window) == ["Launch plan"]  # the last deletion only
    assert window.current is not None and window.current.subject == "Launch plan"
    assert window.delete_action.isEnabled()
    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Nothing to undo."
    assert subjects(window) == ["Launch plan"]  # Lunch? stays in the Trash


def test_delete_in_the_search_box_edits_the_text_and_deletes_nothing(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    window = open_window(qtbot, mail_profile)
    select(window, "Lunch?")
    window.search.setFocus()
    window.search.setText("ramen")
    window.search.setCursorPosition(0)
    QTest.keyClick(window.search, Qt.Key.Key_Delete)
    assert window.search.text() == "amen"
    assert "Lunch?" in [c.subject for c in MessageStore(window.store.conn).conversations()]
    assert window.delete_action.text() == "&Delete"
    menus = {a.text(): a.menu() for a in window.menuBar().actions()}
    assert window.delete_action in menus["&Message"].actions()  # type: ignore[union-attr]
    assert window.undo_delete_action in menus["&Edit"].actions()  # type: ignore[union-attr]


def test_the_outbox_count_follows_the_outbox(qtbot: QtBot, mail_profile: Profile) -> None:
    window = open_window(qtbot, mail_profile)
    assert not window.outbox_count.isVisible()
    conn = db.connect(mail_profile.store_path)
    account = AccountStore(conn).all()[0]
    raw = make_raw("held@example.org", subject="Later", sender=account.address)
    entry = Outbox(conn).enqueue(account.id, raw, account.address, ["bob@example.net"],
                                 due_at=window.clock() + 3600)  # fmt: skip

    # the outbox runner sees another connection's change, runs, and the count follows
    qtbot.waitUntil(lambda: window.outbox_count.isVisible(), timeout=10_000)
    assert window.outbox_count.text() == "Outbox: 1"
    Outbox(conn).delete(entry.id)
    qtbot.waitUntil(lambda: not window.outbox_count.isVisible(), timeout=10_000)
    conn.close()


def test_a_deleted_imap_message_moves_to_the_servers_trash_and_undo_moves_it_back(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    append(dovecot, "INBOX", make_raw("keep@example.org", subject="Keep me"))
    append(dovecot, "INBOX", make_raw("junk@example.org", subject="Junk offer",
                                      date="Wed, 25 Nov 2026 10:00:00 +0000"))  # fmt: skip
    window = open_window(qtbot, imap_profile)
    qtbot.waitUntil(lambda: len(subjects(window)) == 2, timeout=10_000)
    select(window, "Junk offer")

    deletion = window.delete_conversation()

    assert deletion is not None and deletion.to_move == 1
    assert "next sync" in window.undo_note.text.text()
    assert subjects(window) == ["Keep me"]
    qtbot.waitUntil(lambda: ids_in(dovecot, "Trash") == ["junk@example.org"], timeout=10_000)
    assert ids_in(dovecot, "INBOX") == ["keep@example.org"]

    QTest.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    assert sorted(subjects(window)) == ["Junk offer", "Keep me"]
    qtbot.waitUntil(lambda: ids_in(dovecot, "Trash") == [], timeout=10_000)
    assert ids_in(dovecot, "INBOX") == ["junk@example.org", "keep@example.org"]
    qtbot.waitUntil(lambda: not window.sync.worker.states["imap"].running, timeout=10_000)
    assert sorted(subjects(window)) == ["Junk offer", "Keep me"]  # and stays after the sync
