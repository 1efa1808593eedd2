"""Text from mail, servers and errors is shown as typed, never read as markup."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from threadline.ui.plain import plain_label, plain_message_box, plain_tooltip

HOSTILE = "<img src='/etc/passwd'> <b>bold</b> &amp; <a href='https://evil.example'>x</a>"


def test_a_plain_label_shows_markup_as_text(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    label = plain_label(HOSTILE, parent)
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert label.text() == HOSTILE and label.parent() is parent
    label.setText("<i>later text</i>")  # stays plain whatever is set later
    assert label.textFormat() == Qt.TextFormat.PlainText
    assert plain_label().text() == ""


@pytest.mark.parametrize("text", [HOSTILE, "a < b && c > d", "line one\nline  two", "'\""])
def test_a_tooltip_reads_back_as_exactly_the_text(text: str) -> None:
    tooltip = plain_tooltip(text)
    assert QtGui.mightBeRichText(tooltip)  # so Qt renders it, and the escaped text is literal
    assert "<img" not in tooltip and "<b>" not in tooltip
    document = QTextDocument()
    document.setHtml(tooltip)
    assert document.toPlainText() == text
    assert "<img" not in document.toHtml()  # nothing of the text became an element


def test_an_empty_tooltip_is_no_tooltip() -> None:
    assert plain_tooltip("") == ""


def test_a_message_box_shows_its_text_plainly(qtbot: QtBot) -> None:
    box = plain_message_box(None, QMessageBox.Icon.Warning, "Cannot send", HOSTILE)
    qtbot.addWidget(box)
    assert box.textFormat() == Qt.TextFormat.PlainText
    assert (box.text(), box.windowTitle(), box.icon()) == (
        HOSTILE, "Cannot send", QMessageBox.Icon.Warning
    )  # fmt: skip
