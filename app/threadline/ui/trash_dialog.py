"""View ▸ Trash: what was deleted, latest first, each deletion restorable.

Undo in the status line gives back the last deletion for a few seconds; the Trash
keeps every deletion, so a conversation deleted last week comes back from here. A
restore is the same use case as Undo (:func:`threadline.services.deleting.undo_deletion`):
copies the sync already moved to the server's Trash move back at the next sync.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtCore import QDateTime, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from threadline.errors import NotFoundError
from threadline.services.deleting import undo_deletion
from threadline.store.trash import Deletion, Trash
from threadline.ui.plain import plain_label
from threadline.ui.translation import formats
from threadline.ui.window_fit import fit_to_screen

#: Deletions listed at most (the latest).
SHOWN = 500


class TrashDialog(QDialog):
    """The Trash: deletions with their subject, size and time; Restore gives one back."""

    #: A deletion came back: ``Restored`` (the main window shows its conversation).
    restored = Signal(object)

    def __init__(self, conn: sqlite3.Connection, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conn = conn
        self.setWindowTitle(self.tr("Trash"))
        self.table = QTreeWidget()
        self.table.setAccessibleName(self.tr("Deleted conversations"))
        self.table.setRootIsDecorated(False)
        self.table.setHeaderLabels([self.tr("Subject"), self.tr("Messages"), self.tr("Deleted")])
        self.table.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.itemActivated.connect(lambda _item, _column: self.restore_selected())
        self.empty = plain_label(self.tr("The Trash is empty."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note = plain_label()  # what a restore did
        self.note.setWordWrap(True)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Put the selected conversations back"))
        self.restore_button.clicked.connect(self.restore_selected)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.note, 1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(640, 400))
        self.refresh()

    def refresh(self) -> None:
        """Read the Trash again."""
        self.table.clear()
        for deletion in Trash(self.conn).deletions(limit=SHOWN):
            self.table.addTopLevelItem(self._item(deletion))
        for column in (1, 2):
            self.table.resizeColumnToContents(column)
        has_any = self.table.topLevelItemCount() > 0
        self.table.setVisible(has_any)
        self.empty.setVisible(not has_any)
        first = self.table.topLevelItem(0)
        if first is not None and not self.table.selectedItems():
            self.table.setCurrentItem(first)
        self._update_buttons()

    def _item(self, deletion: Deletion) -> QTreeWidgetItem:
        when = QDateTime.fromSecsSinceEpoch(deletion.deleted_at)
        item = QTreeWidgetItem([
            deletion.subject or self.tr("(no subject)"),
            formats().toString(deletion.messages),
            formats().toString(when, formats().dateTimeFormat(formats().FormatType.ShortFormat)),
        ])  # fmt: skip
        item.setData(0, Qt.ItemDataRole.UserRole, deletion.id)
        item.setTextAlignment(1, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _update_buttons(self) -> None:
        self.restore_button.setEnabled(bool(self.table.selectedItems()))

    def restore_selected(self) -> int:
        """Restore the selected deletions; returns how many messages came back."""
        back = 0
        for item in self.table.selectedItems():
            deletion_id = int(item.data(0, Qt.ItemDataRole.UserRole))
            try:
                restored = undo_deletion(self.conn, deletion_id)
            except NotFoundError:  # restored meanwhile (Undo in the main window)
                continue
            back += restored.messages
            self.restored.emit(restored)
        self.note.setText(self.tr("%n message(s) restored.", "", back))
        self.refresh()
        return back
