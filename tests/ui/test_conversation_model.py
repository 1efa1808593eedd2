"""The conversation list's model: pages fetched on demand, search results, plain tooltips."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QTextDocument
from pytestqt.qtbot import QtBot

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.folders import Folder, FolderStore, NewMessage
from threadline.store.importer import import_bytes
from threadline.store.indexing import index_message
from threadline.store.messages import MessageStore
from threadline.ui.conversation_model import (
    PAGE_SIZE,
    ConversationModel,
    ConversationRole,
    FoldersRole,
    folder_label,
    friendly_date,
)


def local(*moment: int) -> int:
    """Epoch seconds of a local date and time (year, month, day, hour, minute)."""
    return int(time.mktime((*moment, 0, 0, 0, -1)))


NOW = local(2026, 11, 30, 15, 0)  # a Monday


@pytest.mark.parametrize(
    ("moment", "shown"),
    [
        (local(2026, 11, 30, 9, 5), "09:05"),  # today
        (local(2026, 11, 30, 0, 0), "00:00"),
        (local(2026, 11, 29, 23, 59), "Sun"),  # this week
        (local(2026, 11, 25, 8, 0), "Wed"),
        (local(2026, 11, 24, 8, 0), "24 Nov"),  # six days and more: the date
        (local(2026, 1, 3, 8, 0), "3 Jan"),
        (local(2025, 12, 31, 8, 0), "31 Dec 2025"),  # another year
        (local(2026, 12, 2, 8, 0), "2 Dec"),  # a date to come (a wrong clock)
    ],
)
def test_friendly_date(moment: int, shown: str) -> None:
    assert friendly_date(moment, NOW) == shown


@pytest.fixture
def store(tmp_path: Path) -> MessageStore:
    store = MessageStore(db.connect(tmp_path / "s.sqlite3"))
    store.add_message(make_raw("plan@x", subject="Launch <b>plan</b>", sender="Maya <m@x.org>",
                               date="Mon, 23 Nov 2026 09:00:00 +0000"), is_unread=True)  # fmt: skip
    store.add_message(make_raw("plan2@x", references=["plan@x"], sender="Omar <o@x.org>",
                               date="Mon, 23 Nov 2026 10:00:00 +0000"), is_unread=True)  # fmt: skip
    store.add_message(make_raw("empty@x", subject="", date="Sun, 22 Nov 2026 09:00:00 +0000"))
    return store


def test_rows_say_what_a_conversation_is_in_every_role(store: MessageStore) -> None:
    model = ConversationModel(store)
    model.reload()
    assert model.rowCount() == 2
    plan, empty = model.index(0, 0), model.index(1, 0)
    assert plan.data(Qt.ItemDataRole.DisplayRole) == "Launch <b>plan</b>"
    assert empty.data(Qt.ItemDataRole.DisplayRole) == "(no subject)"
    accessible = plan.data(Qt.ItemDataRole.AccessibleTextRole)
    assert accessible.startswith("Launch <b>plan</b>, from Maya, Omar, 2 messages, 2 unread, ")
    assert ", 1 message, " in empty.data(Qt.ItemDataRole.AccessibleTextRole)
    assert "unread" not in empty.data(Qt.ItemDataRole.AccessibleTextRole)
    tooltip = QTextDocument()
    tooltip.setHtml(plan.data(Qt.ItemDataRole.ToolTipRole))
    assert tooltip.toPlainText() == "Launch <b>plan</b>\nMaya, Omar\n2 messages, 2 unread"
    assert plan.data(ConversationRole) == model.conversation_at(0)
    assert plan.data(Qt.ItemDataRole.DecorationRole) is None
    assert model.data(model.index(5, 0)) is None and model.data(QModelIndex()) is None


def test_search_results_replace_the_list_until_cleared(store: MessageStore) -> None:
    model = ConversationModel(store)
    model.reload()
    model.show_search(store.search("launch"))
    assert [model.conversation_at(r).subject for r in range(model.rowCount())] == [  # type: ignore[union-attr]
        "Launch <b>plan</b>"
    ]
    assert not model.canFetchMore(QModelIndex())
    model.show_search([])
    assert model.rowCount() == 0
    model.show_search(None)
    assert model.rowCount() == 2


def test_refreshing_a_row_after_marking_it_read_tells_the_view(
    qtbot: QtBot, store: MessageStore
) -> None:
    model = ConversationModel(store)
    model.reload()
    summary = model.conversation_at(0)
    assert summary is not None and summary.unread_count == 2
    assert model.row_of(summary.thread_id) == 0 and model.row_of(9999) is None
    store.mark_read(summary.thread_id)
    with qtbot.waitSignal(model.dataChanged) as changed:
        fresh = model.refresh_row(0)
    assert fresh is not None and fresh.unread_count == 0
    assert changed.args[0].row() == changed.args[1].row() == 0
    assert model.conversation_at(0) == fresh
    assert model.refresh_row(7) is None and model.conversation_at(-1) is None


def test_conversation_model_passes_qt_model_tester(
    qtbot: QtBot, qtmodeltester: object, tmp_path: Path
) -> None:
    store = MessageStore(db.connect(tmp_path / "s.sqlite3"))
    import_bytes(store, [make_raw(f"m{i}@x", subject=f"Subject {i}") for i in range(450)])
    model = ConversationModel(store)
    model.reload()
    assert model.rowCount() == PAGE_SIZE == 200  # the first page only
    qtmodeltester.check(model)  # type: ignore[attr-defined]
    while model.canFetchMore(model.index(-1, 0)):
        model.fetchMore(model.index(-1, 0))
    assert model.rowCount() == 450


def test_reload_can_fetch_as_many_rows_as_were_shown(tmp_path: Path) -> None:
    store = MessageStore(db.connect(tmp_path / "s.sqlite3"))
    import_bytes(store, [make_raw(f"m{i}@x", subject=f"Subject {i}") for i in range(450)])
    model = ConversationModel(store)
    model.reload()
    assert model.rowCount() == PAGE_SIZE
    model.reload(at_least=PAGE_SIZE + 1)
    assert model.rowCount() == 2 * PAGE_SIZE  # whole pages
    model.reload(at_least=10_000)
    assert model.rowCount() == 450


def test_search_results_are_read_again_only_when_asked(store: MessageStore) -> None:
    model = ConversationModel(store)
    model.show_search(store.search("launch"))
    store.mark_read(model.rows[0].thread_id)
    model.reload()
    assert model.rows[0].unread_count == 2  # as the search found it
    model.reload(reread=True)
    assert model.rows[0].unread_count == 0 and len(model.rows) == 1


def file_in(folders: FolderStore, folder: Folder, uid: int, raw: bytes) -> None:
    """Store ``raw`` as the message at ``uid`` of a server folder (as a sync does)."""
    message = NewMessage(uid=uid, seen=True, record=index_message(raw), raw=raw)
    folders.store_new(folder, [message], uidnext=uid + 1)


def test_a_conversations_folders_are_read_when_shown_once_per_reload(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "s.sqlite3")
    account = Account(id="a", address="ann@example.org", smtp_host="127.0.0.1", smtp_port=25,
                      security="none", username="ann", imap_host="127.0.0.1")  # fmt: skip
    AccountStore(conn).save(account)
    folders = FolderStore(conn)
    inbox, sent = folders.ensure("a", "INBOX", "inbox"), folders.ensure("a", "Sent", "sent")
    file_in(
        folders,
        inbox,
        1,
        make_raw("q@x", subject="Question", date="Mon, 23 Nov 2026 09:00:00 +0000"),
    )
    file_in(folders, sent, 1, make_raw("a@x", subject="Re: Question", references=["q@x"],
                                       sender="Ann <ann@example.org>",
                                       date="Mon, 23 Nov 2026 10:00:00 +0000"))  # fmt: skip
    store = MessageStore(conn)
    store.add_message(
        make_raw("local@x", subject="Imported", date="Sun, 22 Nov 2026 09:00:00 +0000")
    )
    model = ConversationModel(store)
    model.reload()
    question, imported = model.index(0, 0), model.index(1, 0)
    assert model.folder_cache == {}  # nothing read before a row is shown
    assert question.data(FoldersRole) == ["Inbox", "Sent"]
    assert imported.data(FoldersRole) == []
    assert question.data(Qt.ItemDataRole.AccessibleTextRole).endswith(", in Inbox and Sent")
    tooltip = QTextDocument()
    tooltip.setHtml(question.data(Qt.ItemDataRole.ToolTipRole))
    assert tooltip.toPlainText().endswith("\nIn Inbox · Sent")
    assert "In " not in imported.data(Qt.ItemDataRole.ToolTipRole)

    archive = folders.ensure("a", "Archive")
    file_in(folders, archive, 1, make_raw("local@x", subject="Imported",
                                          date="Sun, 22 Nov 2026 09:00:00 +0000"))  # fmt: skip
    assert imported.data(FoldersRole) == []  # cached until the list reloads
    model.reload()
    assert model.index(1, 0).data(FoldersRole) == ["Archive"]


def test_folder_labels() -> None:
    assert [folder_label(n) for n in ("INBOX", "Inbox", "Sent", "INBOX.Sent")] == [
        "Inbox", "Inbox", "Sent", "INBOX.Sent"
    ]  # fmt: skip
