"""How one conversation looks in the list: people, subject, snippet, date, counts, folders.

Line one: the people (bold while unread), an "N new" badge, the message count and the
date; line two: the subject; line three: the snippet and the server folders the
conversation's messages live in ("Inbox · Sent").
"""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

from threadline.core.bidi import isolate_if_needed
from threadline.store.models import ConversationSummary
from threadline.ui.conversation_model import ConversationRole, FoldersRole, friendly_date
from threadline.ui.translation import formats, isolated

PADDING = 8
#: Inner horizontal padding of the unread badge.
BADGE_PADDING = 6
#: Width of the ring around the row that has the keyboard focus.
FOCUS_RING = 2
#: The badge and the folder tag use a slightly smaller font.
SMALL = 0.85


def small_font(font: QFont) -> QFont:
    """``font`` at :data:`SMALL` of its size (for the badge and the folder tag)."""
    small = QFont(font)
    if small.pointSizeF() > 0:
        small.setPointSizeF(small.pointSizeF() * SMALL)
    else:
        small.setPixelSize(max(8, round(small.pixelSize() * SMALL)))
    return small


def people_line(participants: str) -> str:
    """The conversation's people ("Maya, Omar"), each name that could reorder its
    neighbours (Arabic, Hebrew) isolated: two right-to-left names side by side would
    otherwise swap places around their comma."""
    # a LEFT-TO-RIGHT MARK after an isolated name keeps the comma after it on its side
    names = [isolate_if_needed(n) + ("\u200e" if isolate_if_needed(n) != n else "")
             for n in participants.split(", ")]  # fmt: skip
    if not participants:
        return QCoreApplication.translate("ConversationDelegate", "(unknown)")
    return isolated(", ".join(names))


def row_background(
    painter: QPainter, option: QStyleOptionViewItem
) -> tuple[bool, QPalette.ColorRole, QPalette.ColorRole]:
    """Draw a list row's background as the style does (selection, hover); returns whether
    it is selected and the colour roles of its text and of its dimmed text."""
    # QStyle is imported at the first row drawn: making its enums takes some 20 ms,
    # which the window's first paint does not wait for (an empty list never pays it)
    from PySide6.QtWidgets import QStyle

    style = option.widget.style() if option.widget else None
    if style is not None:
        style.drawPrimitive(
            QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
        )
    selected = bool(option.state & QStyle.StateFlag.State_Selected)
    on_selection = QPalette.ColorRole.HighlightedText
    text = on_selection if selected else QPalette.ColorRole.Text
    dim = on_selection if selected else QPalette.ColorRole.PlaceholderText
    return selected, text, dim


class ConversationDelegate(QStyledItemDelegate):
    """Two lines per conversation, in the system palette (light and dark alike)."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(320, 3 * line + 2 * PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        row: ConversationSummary | None = index.data(ConversationRole)
        if row is None:
            return
        painter.save()
        selected, text_role, dim_role = row_background(painter, option)
        palette = option.palette
        rect = option.rect.adjusted(PADDING, PADDING // 2 + 2, -PADDING, -PADDING // 2)
        metrics = QFontMetrics(option.font)
        line = metrics.height()

        date = friendly_date(row.latest_date)
        count = formats().toString(row.message_count) if row.message_count > 1 else ""
        right = f"{'↗ ' if row.has_sent else ''}{count}  {date}".strip()
        painter.setPen(palette.color(dim_role))
        painter.setFont(option.font)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignRight, right)  # fmt: skip
        right_width = metrics.horizontalAdvance(right) + PADDING
        if row.unread_count:
            right_width += self._badge(painter, option, self.tr("%n new", "", row.unread_count),
                                       rect.right() - right_width, rect.top(), line,
                                       selected) + PADDING  # fmt: skip

        people = QFont(option.font)
        people.setBold(bool(row.unread_count))
        painter.setFont(people)
        painter.setPen(palette.color(text_role))
        people_rect = QRect(rect.left(), rect.top(), rect.width() - right_width, line)
        painter.drawText(people_rect, Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(people).elidedText(people_line(row.participants),
                                                         Qt.TextElideMode.ElideRight,
                                                         people_rect.width()))  # fmt: skip

        subject = QFont(option.font)
        subject.setBold(True)
        painter.setFont(subject)
        subject_rect = QRect(rect.left(), rect.top() + line, rect.width(), line)
        painter.drawText(subject_rect, Qt.AlignmentFlag.AlignLeft,
                         isolated(isolate_if_needed(QFontMetrics(subject).elidedText(
                             row.subject or self.tr("(no subject)"), Qt.TextElideMode.ElideRight,
                             subject_rect.width()))))  # fmt: skip

        painter.setPen(palette.color(dim_role))
        snippet_rect = QRect(rect.left(), rect.top() + 2 * line, rect.width(), line)
        folders: list[str] = index.data(FoldersRole) or []
        if folders:
            small = small_font(option.font)
            painter.setFont(small)
            tag_metrics = QFontMetrics(small)
            tag = tag_metrics.elidedText(" · ".join(folders), Qt.TextElideMode.ElideMiddle,
                                         snippet_rect.width() // 2)  # fmt: skip
            painter.drawText(snippet_rect, Qt.AlignmentFlag.AlignRight
                             | Qt.AlignmentFlag.AlignVCenter, tag)  # fmt: skip
            snippet_rect.setRight(snippet_rect.right() - tag_metrics.horizontalAdvance(tag)
                                  - PADDING)  # fmt: skip
        painter.setFont(option.font)
        painter.drawText(snippet_rect, Qt.AlignmentFlag.AlignLeft,
                         isolated(isolate_if_needed(metrics.elidedText(
                             row.snippet, Qt.TextElideMode.ElideRight,
                             snippet_rect.width()))))  # fmt: skip
        from PySide6.QtWidgets import QStyle  # (loaded by row_background: see there)

        if option.state & QStyle.StateFlag.State_HasFocus:
            self._focus_ring(painter, option, selected)
        painter.restore()

    def _focus_ring(self, painter: QPainter, option: QStyleOptionViewItem, selected: bool) -> None:
        """Where the keyboard is: a ring around the current row (many styles draw none, and
        the selection alone does not say whether the list or the reader has the keys)."""
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Highlight
        pen = QPen(option.palette.color(role), FOCUS_RING)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        inset = FOCUS_RING / 2 + 1
        painter.drawRoundedRect(QRectF(option.rect).adjusted(inset, inset, -inset, -inset), 4, 4)

    def _badge(self, painter: QPainter, option: QStyleOptionViewItem, text: str, right: int,
               top: int, line: int, selected: bool) -> int:  # fmt: skip
        """Draw the unread badge ending at ``right``; returns its width."""
        small = small_font(option.font)
        metrics = QFontMetrics(small)
        width = metrics.horizontalAdvance(text) + 2 * BADGE_PADDING
        height = min(line, metrics.height() + 2)
        box = QRectF(right - width, top + (line - height) / 2, width, height)
        palette = option.palette
        fill, ink = QPalette.ColorRole.Highlight, QPalette.ColorRole.HighlightedText
        if selected:  # on the selection's own colour: the other way round
            fill, ink = ink, fill
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(palette.color(fill))
        painter.drawRoundedRect(box, height / 2, height / 2)
        painter.setPen(palette.color(ink))
        painter.setFont(small)
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
        painter.setFont(option.font)
        return width
