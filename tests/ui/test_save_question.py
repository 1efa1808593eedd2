"""Closing a composer with unsaved text asks Save / Discard / Cancel, by keyboard too."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from threadline.ui.save_question import Answer, ask_to_save


@pytest.mark.parametrize(
    ("key", "answer"),
    [(Qt.Key.Key_Return, Answer.SAVE), (Qt.Key.Key_S, Answer.SAVE),
     (Qt.Key.Key_D, Answer.DISCARD), (Qt.Key.Key_Escape, Answer.CANCEL)],
)  # fmt: skip
def test_the_keyboard_answers(qtbot: QtBot, key: Qt.Key, answer: Answer) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    answers: list[Answer] = []
    box = ask_to_save(parent, changes=False, on_answer=answers.append)
    assert box.isVisible() and box.windowModality() is Qt.WindowModality.WindowModal
    assert box.text() == "Save this message as a draft before closing?"
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, key)
    assert answers == [answer]


def test_a_saved_draft_is_asked_about_its_changes(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    box = ask_to_save(parent, changes=True, on_answer=lambda _answer: None)
    names = [b.text() for b in box.buttons()]
    assert set(names) == {"&Save changes", "&Discard changes", "Cancel"}
    assert box.defaultButton() is next(b for b in box.buttons() if b.text() == "&Save changes")
    assert box.escapeButton() is box.button(QMessageBox.StandardButton.Cancel)
