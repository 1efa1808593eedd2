"""How one conversation looks in the list: subject, people, snippet, date, count."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from threadline.store.models import ConversationSummary
from threadline.ui.conversation_model import ConversationRole, friendly_date

PADDING = 8


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
        style = option.widget.style() if option.widget else None
        painter.save()
        if style is not None:
            style.drawPrimitive(
                QStyle.PrimitiveElement.PE_PanelItemViewItem, option, painter, option.widget
            )
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        palette = option.palette
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        dim_role = (
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.PlaceholderText
        )
        rect = option.rect.adjusted(PADDING, PADDING // 2 + 2, -PADDING, -PADDING // 2)
        metrics = QFontMetrics(option.font)
        line = metrics.height()

        date = friendly_date(row.latest_date)
        count = f"{row.message_count}" if row.message_count > 1 else ""
        right = f"{'↗ ' if row.has_sent else ''}{count}  {date}".strip()
        painter.setPen(palette.color(dim_role))
        painter.setFont(option.font)
        painter.drawText(QRect(rect.left(), rect.top(), rect.width(), line),
                         Qt.AlignmentFlag.AlignRight, right)  # fmt: skip
        right_width = metrics.horizontalAdvance(right) + PADDING

        people = QFont(option.font)
        people.setBold(bool(row.unread_count))
        painter.setFont(people)
        painter.setPen(palette.color(text_role))
        people_rect = QRect(rect.left(), rect.top(), rect.width() - right_width, line)
        painter.drawText(people_rect, Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(people).elidedText(row.participants or "(unknown)",
                                                         Qt.TextElideMode.ElideRight,
                                                         people_rect.width()))  # fmt: skip

        subject = QFont(option.font)
        subject.setBold(True)
        painter.setFont(subject)
        subject_rect = QRect(rect.left(), rect.top() + line, rect.width(), line)
        painter.drawText(subject_rect, Qt.AlignmentFlag.AlignLeft,
                         QFontMetrics(subject).elidedText(row.subject or "(no subject)",
                                                          Qt.TextElideMode.ElideRight,
                                                          subject_rect.width()))  # fmt: skip

        painter.setFont(option.font)
        painter.setPen(palette.color(dim_role))
        snippet_rect = QRect(rect.left(), rect.top() + 2 * line, rect.width(), line)
        painter.drawText(snippet_rect, Qt.AlignmentFlag.AlignLeft,
                         metrics.elidedText(row.snippet, Qt.TextElideMode.ElideRight,
                                            snippet_rect.width()))  # fmt: skip
        painter.restore()
