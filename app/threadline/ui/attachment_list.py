"""The composer's attachments: each file with its size; Delete, Backspace or the
context menu's Remove take the chosen ones off the message."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QStyle

from threadline.core.compose import Attachment
from threadline.ui.sizes import data_size


class AttachmentList(QListWidget):
    """The files attached so far; ``remove_requested`` names the rows to take off."""

    remove_requested = Signal(list)  # row numbers, highest first

    def __init__(self) -> None:
        super().__init__()
        self.setAccessibleName(self.tr("Attachments"))
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.remove_action = QAction(self.tr("Remove"), self)
        self.remove_action.setShortcuts(
            [QKeySequence(QKeySequence.StandardKey.Delete), QKeySequence(Qt.Key.Key_Backspace)]
        )
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.addAction(self.remove_action)

    def show_attachments(self, attachments: Sequence[Attachment]) -> None:
        """List ``attachments`` (the first one current, so Delete works at once)."""
        self.clear()
        icon = self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon)  # no emoji font
        for attachment in attachments:
            item = QListWidgetItem(icon, f"{attachment.filename} ({data_size(attachment.size)})")
            item.setToolTip(str(attachment.path) if attachment.path else attachment.filename)
            self.addItem(item)
        self.setVisible(bool(attachments))

    def remove_selected(self) -> None:
        """Ask to take the selected files (or the current one) off the message."""
        rows = sorted({self.row(item) for item in self.selectedItems()}, reverse=True)
        if not rows and self.currentRow() >= 0:
            rows = [self.currentRow()]
        if rows:
            self.remove_requested.emit(rows)
