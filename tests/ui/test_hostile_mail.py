"""Hostile mail in the window: nothing loaded, nothing interpreted, nothing forged.

The corpus is tests/corpus/hostile; the traps (canary file, FIFO, counting HTTP server)
come from helpers.hostile. The same corpus goes through real processes in
tests/ui/test_hostile_processes.py.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from helpers.hostile import Traps, traps
from threadline.core.reply import ReplyMode
from threadline.paths import Profile
from threadline.store import db
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore
from threadline.ui.main_window import MainWindow
from threadline.ui.thread_view import MessageCard


@pytest.fixture
def trap(tmp_path: Path) -> Iterator[Traps]:
    with traps(tmp_path, fifo=False) as made:
        yield made


@pytest.fixture
def hostile_window(qtbot: QtBot, mail_profile: Profile, trap: Traps) -> MainWindow:
    conn = db.connect(mail_profile.store_path)
    report = import_bytes(MessageStore(conn), trap.messages())
    conn.close()
    assert report.imported == 5
    window = MainWindow(mail_profile)
    qtbot.addWidget(window)
    window.show()
    return window


def open_subject(window: MainWindow, words: str) -> None:
    for row in range(window.model.rowCount()):
        summary = window.model.conversation_at(row)
        if summary is not None and words in summary.subject:
            window.list.setCurrentIndex(window.model.index(row, 0))
            return
    raise AssertionError(f"no conversation with {words!r}")


def paint_everything(window: MainWindow) -> None:
    """Lay out and paint every card, so every resource a document wants is asked for."""
    window.reader.expand_all()
    for card in window.reader.cards:
        card.body.document().size()
        card.grab()
    window.grab()


def test_every_conversation_renders_without_touching_files_or_the_network(
    qtbot: QtBot, hostile_window: MainWindow, trap: Traps
) -> None:
    window = hostile_window
    for row in range(window.model.rowCount()):
        window.list.setCurrentIndex(window.model.index(row, 0))
        paint_everything(window)
    open_subject(window, "Your statement")
    paint_everything(window)
    pixel = f"http://127.0.0.1:{trap.port}/pixel.gif"
    qtbot.waitUntil(lambda: pixel in window.reader.blocked)
    assert trap.touched() == []


def test_a_message_cannot_hide_or_forge_the_others_of_its_conversation(
    qtbot: QtBot, hostile_window: MainWindow
) -> None:
    window = hostile_window
    open_subject(window, "Your statement")
    cards: list[MessageCard] = window.reader.cards
    assert [c.sender_label.text() for c in cards] == [
        "Bank <news@bank.example>",
        "Mallory <mallory@evil.example>",
        "Ann <ann@example.org>",
    ]
    statement, breakout, after = (c.body.toPlainText() for c in cards)
    assert "Your statement is ready." in statement
    assert "STILL VISIBLE after the break-out." in after  # the unclosed comment hid nothing
    assert "HIDDEN BY COMMENT" not in breakout  # ... but its own tail, as a browser does
    assert "FORGED CARD" in breakout  # the forgery stays inside Mallory's card
    for text in (statement, after):
        assert "FORGED CARD" not in text and "Chief Executive" not in text
    for forbidden in ("SVG SCRIPT", "IFRAME", "OBJECT", "FORM FIELD", "HOSTILE title"):
        assert forbidden not in breakout + statement
    # Threadline draws the header of every card itself, outside the message's document
    for card in cards:
        assert card.sender_label.textFormat() == Qt.TextFormat.PlainText
        assert card.sender_label.parent() is card and card.body.parent() is not None


def markup_shown(widget: QWidget) -> list[str]:
    """Texts of ``widget`` that carry the corpus's markup and would be read as markup."""
    found = []
    if isinstance(widget, QLabel) and "HOSTILE" in widget.text():
        plain = widget.textFormat() == Qt.TextFormat.PlainText
        if not plain and "<img" in widget.text():
            found.append(f"label {widget.accessibleName()!r}: {widget.text()!r}")
    tip = widget.toolTip()
    if "HOSTILE" in tip and "<img" in tip:
        found.append(f"tooltip of {type(widget).__name__}: {tip!r}")
    return found


def test_no_label_or_tooltip_interprets_text_from_mail(
    qtbot: QtBot, hostile_window: MainWindow, trap: Traps
) -> None:
    window = hostile_window
    for words in ("subject", "Your statement", "Attachments with"):
        open_subject(window, words)
        for mode in (ReplyMode.SENDER, ReplyMode.ALL):
            assert window.reply(mode) is not None
        assert window.forward() is not None
    shown_hostile = [
        w for w in QApplication.allWidgets()
        if isinstance(w, QLabel) and "HOSTILE" in w.text()
    ]  # fmt: skip
    assert len(shown_hostile) >= 4  # the header, card labels and the composers' banners
    problems = [p for w in QApplication.allWidgets() for p in markup_shown(w)]
    for row in range(window.model.rowCount()):
        tip = window.model.data(window.model.index(row, 0), Qt.ItemDataRole.ToolTipRole)
        if "HOSTILE" in tip and "<img" in tip:
            problems.append(f"conversation tooltip: {tip!r}")
    assert problems == []
    open_subject(window, "subject")
    assert window.header.text().startswith('<img src="')  # shown literally, as received
    assert trap.touched() == []


def test_the_real_target_of_a_link_shows_on_hover(qtbot: QtBot, hostile_window: MainWindow) -> None:
    window = hostile_window
    open_subject(window, "Your statement")
    card = window.reader.cards[0]
    card.body.highlighted.emit(QUrl("https://evil.example/login"))
    assert window.statusBar().currentMessage() == "Link to https://evil.example/login"


def test_a_link_whose_text_names_another_host_asks_first(
    qtbot: QtBot, hostile_window: MainWindow
) -> None:
    window = hostile_window
    opened: list[str] = []
    window.reader.opener = lambda url: opened.append(url.toString()) or True
    open_subject(window, "Your statement")
    card = window.reader.cards[0]
    card.body.anchorClicked.emit(QUrl("https://bank.example/help"))  # text "Help centre"
    assert opened == ["https://bank.example/help"]
    card.body.anchorClicked.emit(QUrl("https://evil.example/login"))  # text names the bank
    box = window.reader.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert "https://bank.example/login" in box.text() and "evil.example" in box.text()
    assert opened == ["https://bank.example/help"]  # nothing opened yet
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert opened == ["https://bank.example/help"]
    card.body.anchorClicked.emit(QUrl("https://evil.example/login"))
    box = window.reader.confirmation
    assert box is not None
    [go] = [b for b in box.buttons() if b.text() == "Open evil.example"]
    go.click()
    assert opened == ["https://bank.example/help", "https://evil.example/login"]


def test_links_with_other_schemes_never_open(qtbot: QtBot, hostile_window: MainWindow) -> None:
    window = hostile_window
    opened: list[str] = []
    window.reader.opener = lambda url: opened.append(url.toString()) or True
    open_subject(window, "Your statement")
    for address in ("javascript:alert(1)", "file:///etc/passwd", "data:text/html,x"):
        window.reader.cards[1].body.anchorClicked.emit(QUrl(address))
    assert opened == []


def test_clicking_a_link_in_a_card_opens_it(qtbot: QtBot, hostile_window: MainWindow) -> None:
    window = hostile_window
    opened: list[str] = []
    window.reader.opener = lambda url: opened.append(url.toString()) or True
    open_subject(window, "Your statement")
    window.resize(1200, 900)
    window.reader.cards[0].expand()  # an older message: one line until opened
    body = window.reader.cards[0].body
    qtbot.waitUntil(lambda: body.isVisible() and body.width() != 640)
    cursor = body.document().find("Help centre")
    rect = body.cursorRect(cursor)
    where = QPoint(rect.x() - 5, rect.center().y())
    assert body.anchorAt(where) == "https://bank.example/help", (rect, body.size())
    qtbot.mouseClick(body.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert opened == ["https://bank.example/help"]
