"""Errors shown in dialogs: the words for expected ones, a trace only for unexpected ones.

(``test_ui_errors``, not ``test_errors``: threadline has four errors modules.)
"""

from __future__ import annotations

import logging

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from threadline.errors import InvalidInputError
from threadline.net.smtp.errors import PermanentRefusal
from threadline.ui.errors import show_error


@pytest.fixture
def parent(qtbot: QtBot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    widget.show()
    return widget


def test_an_expected_error_shows_its_own_words_and_no_trace(
    parent: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    error = PermanentRefusal("smtp.example.org refused the message (554 <b>No</b>).")
    box = show_error(parent, "Cannot send", error)
    assert box.isVisible() and box.parent() is parent  # open(), never a blocking exec()
    assert box.text() == "smtp.example.org refused the message (554 <b>No</b>)."
    assert box.textFormat() == Qt.TextFormat.PlainText  # the server's words, as sent
    assert box.detailedText() == ""
    assert (box.windowTitle(), box.accessibleName()) == ("Cannot send", "Cannot send")
    assert box.icon() == QMessageBox.Icon.Warning
    assert caplog.records == []
    box.close()


def test_an_unexpected_error_says_so_with_its_trace_and_is_logged(
    parent: QWidget, caplog: pytest.LogCaptureFixture
) -> None:
    try:
        {}["missing"]
    except KeyError as error:
        caught = error
    with caplog.at_level(logging.ERROR, logger="threadline.ui"):
        box = show_error(parent, "Cannot import", caught)
    assert box.text() == "Something went wrong: KeyError: 'missing'"
    assert "Traceback" in box.detailedText() and '{}["missing"]' in box.detailedText()
    [record] = caplog.records
    assert record.message == "unexpected error" and record.exc_info is not None
    box.close()


def test_input_errors_are_expected_errors(parent: QWidget) -> None:
    box = show_error(parent, "Cannot send yet", InvalidInputError("To: 'x' is not an address"))
    assert box.text() == "To: 'x' is not an address" and box.detailedText() == ""
    box.close()
