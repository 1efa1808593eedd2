"""How a conversation is drawn: three lines in the row's rectangle, nothing outside it."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage, QPainter
from PySide6.QtWidgets import QApplication, QStyle, QStyleOptionViewItem
from pytestqt.qtbot import QtBot

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.messages import MessageStore
from threadline.ui.conversation_delegate import PADDING, ConversationDelegate, people_line
from threadline.ui.conversation_model import ConversationModel

WHITE = QColor("white").rgb()


@pytest.fixture
def model(tmp_path: Path, qtbot: QtBot) -> ConversationModel:
    store = MessageStore(db.connect(tmp_path / "s.sqlite3"))
    long = make_raw("a@x", subject="A subject far too long to fit " * 8,
                    sender="Someone With A Very Long Name " * 4 + "<s@x.org>",
                    body="A snippet that goes on and on " * 10)  # fmt: skip
    store.add_message(long, is_unread=True)
    model = ConversationModel(store)
    model.reload()
    return model


def option_for(rect: QRect, selected: bool = False, focused: bool = False) -> QStyleOptionViewItem:
    option = QStyleOptionViewItem()
    option.rect = rect
    option.font = QApplication.font()
    option.palette = QApplication.palette()
    if selected:
        option.state |= QStyle.StateFlag.State_Selected
    if focused:
        option.state |= QStyle.StateFlag.State_HasFocus
    return option


def painted(
    model: ConversationModel, rect: QRect, background: str = "white", **options: bool
) -> QImage:
    image = QImage(600, 200, QImage.Format.Format_RGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    try:
        ConversationDelegate().paint(painter, option_for(rect, **options), model.index(0, 0))
    finally:
        painter.end()
    return image


def drawn(image: QImage, area: QRect) -> int:
    return sum(
        image.pixel(x, y) != WHITE
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


def test_three_lines_of_text_and_padding(qtbot: QtBot) -> None:
    option = option_for(QRect(0, 0, 300, 10))
    line = QFontMetrics(option.font).height()
    assert ConversationDelegate().sizeHint(option, QModelIndex()) == QSize(
        320, 3 * line + 2 * PADDING
    )  # fmt: skip


def test_long_text_is_elided_inside_the_rows_rectangle(model: ConversationModel) -> None:
    hint = ConversationDelegate().sizeHint(option_for(QRect()), model.index(0, 0))
    row = QRect(10, 20, 300, hint.height())
    image = painted(model, row)
    assert drawn(image, row) > 100  # people, subject, snippet and date were drawn
    outside = [
        QRect(0, 0, 600, 20),
        QRect(310, 0, 290, 200),
        QRect(0, row.bottom() + 1, 600, 200 - row.bottom() - 1),
        QRect(0, 0, 10, 200),
    ]
    assert [drawn(image, area) for area in outside] == [0, 0, 0, 0]  # fmt: skip


def test_a_selected_row_is_drawn_in_the_highlight_text_colour(model: ConversationModel) -> None:
    row = QRect(0, 0, 300, 80)
    highlighted = QApplication.palette().highlightedText().color().rgb()
    text = QApplication.palette().text().color().rgb()
    image = painted(model, row, background="green", selected=True)
    selected = {image.pixel(x, y) for x in range(300) for y in range(80)}
    assert highlighted in selected and text not in selected


def test_an_index_without_a_conversation_draws_nothing(model: ConversationModel) -> None:
    image = QImage(100, 50, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    ConversationDelegate().paint(painter, option_for(QRect(0, 0, 100, 50)), model.index(9, 0))
    painter.end()
    assert drawn(image, QRect(0, 0, 100, 50)) == 0


def colour_count(image: QImage, area: QRect, colour: QColor) -> int:
    return sum(
        image.pixel(x, y) == colour.rgb()
        for x in range(area.left(), area.right() + 1)
        for y in range(area.top(), area.bottom() + 1)
    )


def test_unread_conversations_get_a_badge_beside_the_date(
    model: ConversationModel, tmp_path: Path
) -> None:
    palette = QApplication.palette()
    line = QFontMetrics(QApplication.font()).height()
    row = QRect(0, 0, 400, 3 * line + 2 * PADDING)
    first_line = QRect(200, 0, 200, line + PADDING)
    rest = QRect(0, line + PADDING, 400, 2 * line)
    image = painted(model, row)
    assert colour_count(image, first_line, palette.highlight().color()) > 40
    assert colour_count(image, rest, palette.highlight().color()) == 0
    selected = painted(model, row, background="green", selected=True)
    assert colour_count(selected, first_line, palette.highlightedText().color()) > 40

    store = MessageStore(db.connect(tmp_path / "read.sqlite3"))
    store.add_message(make_raw("r@x", subject="Read"))
    read = ConversationModel(store)
    read.reload()
    assert colour_count(painted(read, row), first_line, palette.highlight().color()) == 0


def test_the_folders_are_named_at_the_end_of_the_snippet_line(model: ConversationModel) -> None:
    line = QFontMetrics(QApplication.font()).height()
    row = QRect(0, 0, 400, 3 * line + 2 * PADDING)
    tag_area = QRect(300, PADDING // 2 + 2 + 2 * line, 100 - PADDING, line)
    summary = model.conversation_at(0)
    assert summary is not None
    model.folder_cache[summary.thread_id] = []
    without = painted(model, row)
    model.folder_cache[summary.thread_id] = ["Inbox", "Sent"]
    tagged = painted(model, row)
    assert drawn(tagged, row) > 100
    assert [tagged.pixel(x, y) for x in range(300, 400 - PADDING) for y in range(
        tag_area.top(), tag_area.bottom() + 1)] != [without.pixel(x, y) for x in range(
        300, 400 - PADDING) for y in range(tag_area.top(), tag_area.bottom() + 1)]  # fmt: skip
    outside = [QRect(400, 0, 200, 200), QRect(0, row.bottom() + 1, 600, 200 - row.bottom() - 1)]
    assert [drawn(tagged, area) for area in outside] == [0, 0]


def test_the_row_with_the_keyboard_focus_has_a_visible_ring(model: ConversationModel) -> None:
    rect = QRect(10, 10, 500, 80)
    edge = QRect(rect.left() + 1, rect.top() + 20, 3, 40)  # the left edge, beside the text
    assert drawn(painted(model, rect), edge) == 0
    assert drawn(painted(model, rect, focused=True), edge) > 40
    # on a selected row (the selection's colour behind it) the ring takes the text colour
    ring = painted(model, rect, background="navy", selected=True, focused=True)
    plain = painted(model, rect, background="navy", selected=True)
    at = (rect.left() + 2, rect.top() + 40)
    assert ring.pixel(*at) != plain.pixel(*at)


def test_right_to_left_names_keep_their_order_in_the_people_line(qtbot: QtBot) -> None:
    assert people_line("Maya, Omar") == "Maya, Omar"  # left-to-right names as they are
    assert people_line("سارة, Bob") == "\u2068سارة\u2069\u200e, Bob"
    assert people_line("") == "(unknown)"
    font = QApplication.font()
    first = QFontMetrics(font).horizontalAdvance("سارة")

    def left_part(text: str) -> list[int]:
        image = QImage(300, 40, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(font)
        painter.setPen(QColor("black"))
        painter.drawText(QRect(0, 0, 300, 40), Qt.AlignmentFlag.AlignLeft, text)
        painter.end()
        return [image.pixel(x, y) for x in range(first) for y in range(40)]

    # the first name is drawn first (at the left), not the second one: two right-to-left
    # names around a comma would otherwise be one right-to-left run, in reverse order
    assert left_part(people_line("سارة, يوسف")) == left_part("سارة")
    assert left_part("سارة, يوسف") != left_part("سارة")


def test_a_right_to_left_subject_and_snippet_are_drawn_isolated(
    tmp_path: Path, qtbot: QtBot
) -> None:
    store = MessageStore(db.connect(tmp_path / "s.sqlite3"))
    store.add_message(make_raw("r@x", subject="موعد الاجتماع!", sender="سارة <s@x.eg>",
                               body="مرحبا يا صديقي 2024."))  # fmt: skip
    model = ConversationModel(store)
    model.reload()
    image = painted(model, QRect(0, 0, 400, 80))
    line = QFontMetrics(QApplication.font()).height()
    # each line starts at the left edge (a left-to-right list), ink near the padding
    for top in (PADDING // 2 + 2, PADDING // 2 + 2 + line, PADDING // 2 + 2 + 2 * line):
        columns = [x for x in range(400) for y in range(top, top + line)
                   if image.pixel(x, y) != WHITE]  # fmt: skip
        assert columns and min(columns) < PADDING + 6
