"""The status bar's Undo note: shown with its text, Undo asks once, it goes by itself."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from threadline.ui.undo_note import UndoNote


def test_offer_shows_the_text_and_undo_asks(qtbot: QtBot) -> None:
    note = UndoNote()
    qtbot.addWidget(note)
    assert note.isHidden()
    note.offer("Conversation moved to Trash. <b>x</b>")
    assert not note.isHidden()
    assert note.text.text() == "Conversation moved to Trash. <b>x</b>"
    assert note.text.textFormat().name == "PlainText"  # a subject from mail is never markup
    assert note.button.accessibleName() == "Undo: Conversation moved to Trash. <b>x</b>"
    with qtbot.waitSignal(note.undo_requested, timeout=1000):
        note.button.click()
    note.withdraw()
    assert note.isHidden() and not note.timer.isActive()


def test_the_note_goes_by_itself(qtbot: QtBot) -> None:
    note = UndoNote(shown_ms=50)
    qtbot.addWidget(note)
    note.show()
    note.offer("Message moved to Trash.")
    assert not note.isHidden()
    qtbot.waitUntil(note.isHidden, timeout=5000)
