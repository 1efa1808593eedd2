"""View ▸ Trash: every deletion listed, latest first; Restore brings conversations back
into the list long after Undo has gone."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from helpers.mail import make_raw
from helpers.windows import open_window
from threadline.paths import Profile
from threadline.services.deleting import delete_conversation
from threadline.store import db
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore
from threadline.store.trash import Trash
from threadline.ui.trash_dialog import TrashDialog


def store_with(path: Path, subjects: list[str]) -> MessageStore:
    store = MessageStore(db.connect(path))
    import_bytes(store, [
        make_raw(f"m{n}@x.org", subject=subject, date=f"Mon, {10 + n} Nov 2026 09:00:00 +0000")
        for n, subject in enumerate(subjects)
    ])  # fmt: skip
    return store


def thread_of(store: MessageStore, message_id: str) -> int:
    thread = store.thread_of_message(message_id)
    assert thread is not None
    return thread


def test_the_trash_lists_deletions_latest_first_and_restores_the_chosen_one(
    qtbot: QtBot, tmp_path: Path
) -> None:
    store = store_with(tmp_path / "s.sqlite3", ["Budget", "Picnic", "Keys"])
    for n, when in ((0, 1_800_000_000), (1, 1_800_000_100)):
        delete_conversation(store.conn, thread_of(store, f"m{n}@x.org"), now=when)
    dialog = TrashDialog(store.conn)
    qtbot.addWidget(dialog)
    rows = [dialog.table.topLevelItem(n) for n in range(dialog.table.topLevelItemCount())]
    assert [(r.text(0), r.text(1)) for r in rows if r is not None] == [("Picnic", "1"),
                                                                     ("Budget", "1")]  # fmt: skip
    assert dialog.empty.isHidden() and dialog.restore_button.isEnabled()
    with qtbot.waitSignal(dialog.restored) as restored:
        dialog.table.setCurrentItem(rows[1])
        assert dialog.restore_selected() == 1
    assert restored.args[0].thread_ids == (thread_of(store, "m0@x.org"),)
    assert [c.subject for c in store.conversations(limit=10)] == ["Keys", "Budget"]
    assert [d.subject for d in Trash(store.conn).deletions()] == ["Picnic"]
    assert dialog.table.topLevelItemCount() == 1
    assert "1 message" in dialog.note.text()


def test_an_empty_trash_says_so(qtbot: QtBot, tmp_path: Path) -> None:
    store = store_with(tmp_path / "s.sqlite3", ["Budget"])
    dialog = TrashDialog(store.conn)
    qtbot.addWidget(dialog)
    assert dialog.table.isHidden() and not dialog.empty.isHidden()
    assert not dialog.restore_button.isEnabled()
    assert dialog.restore_selected() == 0  # nothing chosen: nothing happens


def test_restoring_from_the_trash_puts_the_conversation_back_in_the_window(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    window = open_window(qtbot, mail_profile)
    subjects = [row.subject for row in window.model.rows]
    window.list.setCurrentIndex(window.model.index(subjects.index("Lunch?"), 0))
    window.delete_action.trigger()
    assert "Lunch?" not in [row.subject for row in window.model.rows]
    assert window.last_deletion is not None  # Undo is offered...
    dialog = window.open_trash()
    qtbot.addWidget(dialog)
    dialog.restore_selected()
    assert "Lunch?" in [row.subject for row in window.model.rows]
    assert window.current is not None and window.current.subject == "Lunch?"
    assert window.last_deletion is None  # ...and no more: there is nothing left to undo
    assert window.undo_note.isHidden()
