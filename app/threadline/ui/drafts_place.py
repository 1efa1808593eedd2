"""Drafts in the main window: each unsent draft with its subject, recipients and time,
to open (double-click, Enter, Open) or delete (Delete key, Delete…, asked first).

The folder is read off the GUI thread; deleting goes through the drafts writer, so it
never overtakes a save of the same draft.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QAction, QFont, QFontMetrics, QKeySequence, QPainter
from PySide6.QtWidgets import (
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from threadline.ui.confirm import confirm
from threadline.ui.conversation_delegate import row_background
from threadline.ui.conversation_model import friendly_date
from threadline.ui.plain import plain_label
from threadline.ui.worker import Progress, run_in_background

if TYPE_CHECKING:  # the drafts module (and the composer's mail code) loads on first use
    from threadline.drafts import DraftWriter, SavedDraft

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

#: The second line of a row: recipients, the conversation, attachments, when saved.
DetailsRole = Qt.ItemDataRole.UserRole + 1
DraftIdRole = Qt.ItemDataRole.UserRole + 2
PADDING = 8
#: The empty list's note, in English (shown through DraftsPlace.tr).
EMPTY = "No drafts. A message you close with Save draft waits here until you send it."


class _DraftWords(QObject):
    """The plural phrases of a draft's details."""

    def more(self, first: str, second: str, others: int) -> str:
        text = self.tr("To {first}, {second} and %n more", "", others)
        return text.format(first=first, second=second)

    def attachments(self, count: int) -> str:
        return self.tr("%n attachment(s)", "", count)


def subject_of(saved: SavedDraft) -> str:
    """The subject a draft is listed by."""
    return " ".join(saved.draft.subject.split()) or translate("Drafts", "(no subject)")


def details_of(saved: SavedDraft, now: float | None = None) -> str:
    """``To Bob, Cy and 2 more · in “Plan” · 2 attachments · 14:05``."""
    draft = saved.draft
    people = [a.name or a.address for a in [*draft.to, *draft.cc, *draft.bcc]]
    words = _DraftWords()
    if not people:
        parts = [translate("Drafts", "No recipients yet")]
    elif len(people) <= 2:
        parts = [translate("Drafts", "To {people}").format(people=", ".join(people))]
    else:
        parts = [words.more(people[0], people[1], len(people) - 2)]
    if saved.reply_thread_id is not None:
        subject = saved.reply_subject or translate("Drafts", "(no subject)")
        parts.append(translate("Drafts", "in “{subject}”").format(subject=subject))
    files = len(draft.attachments) + len(draft.attached_messages)
    if files:
        parts.append(words.attachments(files))
    if saved.saved_at:
        parts.append(friendly_date(int(saved.saved_at), now))
    return " · ".join(" ".join(part.split()) for part in parts)


class DraftDelegate(QStyledItemDelegate):
    """Two lines per draft: the subject in bold, the details in the dim text colour."""

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(320, 2 * QFontMetrics(option.font).height() + 2 * PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        painter.save()
        _selected, text, dim = row_background(painter, option)
        palette = option.palette
        rect = option.rect.adjusted(PADDING, PADDING, -PADDING, -PADDING)
        line = QFontMetrics(option.font).height()
        bold = QFont(option.font)
        bold.setBold(True)
        for row, (font, role, value) in enumerate(
            ((bold, text, index.data()), (option.font, dim, index.data(DetailsRole)))
        ):
            painter.setFont(font)
            painter.setPen(palette.color(role))
            box = QRect(rect.left(), rect.top() + row * line, rect.width(), line)
            shown = QFontMetrics(font).elidedText(str(value or ""), Qt.TextElideMode.ElideRight,
                                                  box.width())  # fmt: skip
            painter.drawText(box, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                             shown)  # fmt: skip
        painter.restore()


class DraftsPlace(QWidget):
    """The drafts of a profile, newest first."""

    open_requested = Signal(object)  # SavedDraft, read whole: open it in a composer
    deleted = Signal(str)  # a draft id: a window that has it open closes
    count_changed = Signal(int)
    _written = Signal()  # from the drafts writer's thread

    def __init__(self, folder: Path) -> None:
        super().__init__()
        self.folder = folder
        self._writer: DraftWriter | None = None
        self.drafts: list[SavedDraft] = []
        self.confirmation: QMessageBox | None = None
        self._loading = False
        self._again = False
        self._pruned = False
        self._written.connect(self.refresh)

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Drafts"))
        self.list.setItemDelegate(DraftDelegate(self.list))
        self.list.setUniformItemSizes(True)
        self.list.itemActivated.connect(lambda _item: self.open_selected())
        self.list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.list.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        open_action = QAction(self.tr("Open"), self.list)
        open_action.triggered.connect(self.open_selected)
        delete_action = QAction(self.tr("Delete…"), self.list)
        delete_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        delete_action.triggered.connect(self.delete_selected)
        self.list.addActions([open_action, delete_action])
        self.empty = plain_label(
            self.tr("No drafts. A message you close with Save draft waits here until you send it.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty.setStyleSheet("color: #6b7280; padding: 12px;")
        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.open_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        self._fill()

    @property
    def writer(self) -> DraftWriter:
        """The profile's drafts writer (made on first use)."""
        if self._writer is None:
            from threadline.drafts import writer_for

            self._writer = writer_for(self.folder)
        return self._writer

    def refresh(self) -> None:
        """Read the drafts again in the background (after a composer saved one)."""
        if self._loading:
            self._again = True
            return
        self._loading = True
        if not self._pruned:  # once: parts kept for an Undo in an earlier session
            self._pruned = True
            self.writer.prune()
        folder = self.folder

        def work(_progress: Progress) -> list[SavedDraft]:
            from threadline.drafts import load_drafts

            return load_drafts(folder, messages=False)

        run_in_background(work, self._loaded, lambda _error: self._loaded([]), owner=self)

    def _loaded(self, drafts: list[SavedDraft]) -> None:
        if not isValid(self):  # the window closed while the folder was read
            return
        self._loading = False
        self.drafts = sorted(drafts, key=lambda saved: saved.saved_at, reverse=True)
        self._fill()
        self.count_changed.emit(len(self.drafts))
        if self._again:
            self._again = False
            self.refresh()

    def _fill(self) -> None:
        current = self.selected()
        self.list.clear()
        for saved in self.drafts:
            item = QListWidgetItem(subject_of(saved))
            item.setData(DetailsRole, details_of(saved))
            item.setData(DraftIdRole, saved.draft_id)
            item.setToolTip(f"{subject_of(saved)}\n{details_of(saved)}")
            self.list.addItem(item)
            if current is not None and saved.draft_id == current.draft_id:
                self.list.setCurrentItem(item)
        if self.list.currentRow() < 0 and self.drafts:
            self.list.setCurrentRow(0)
        self.list.setVisible(bool(self.drafts))
        self.empty.setVisible(not self.drafts)
        self._update_buttons()

    def _update_buttons(self) -> None:
        for button in (self.open_button, self.delete_button):
            button.setEnabled(self.selected() is not None)

    def selected(self) -> SavedDraft | None:
        """The draft under the cursor."""
        item = self.list.currentItem()
        chosen = item.data(DraftIdRole) if item is not None else None
        return next((saved for saved in self.drafts if saved.draft_id == chosen), None)

    def open_selected(self) -> None:
        """Read the chosen draft whole (in the background) and ask for a composer."""
        saved = self.selected()
        if saved is None:
            return
        folder, draft_id = self.folder, saved.draft_id

        def work(_progress: Progress) -> SavedDraft | None:
            from threadline.drafts import load_draft

            return load_draft(folder, draft_id)

        def done(whole: SavedDraft | None) -> None:
            if not isValid(self):
                return
            if whole is None:  # deleted or sent meanwhile (another window)
                self.refresh()
            else:
                self.open_requested.emit(whole)

        run_in_background(work, done, lambda _error: self.refresh(), owner=self)

    def delete_selected(self) -> None:
        """Delete the chosen draft, asked first (Cancel is the default)."""
        saved = self.selected()
        if saved is None:
            return
        self.confirmation = confirm(
            self, self.tr("Delete draft"),
            self.tr("Delete the draft “{subject}”? This cannot be undone.").format(
                subject=subject_of(saved)),
            self.tr("&Delete draft"), lambda: self._delete(saved.draft_id),
        )  # fmt: skip

    def _delete(self, draft_id: str) -> None:
        self.deleted.emit(draft_id)  # first: an open window must not save it again
        self.writer.delete(draft_id, done=lambda _error: self._emit_written())

    def _emit_written(self) -> None:
        try:
            self._written.emit()
        except RuntimeError:  # the window is gone
            pass
