"""A note in the status bar with an Undo button: "Conversation moved to Trash. [Undo]".

It stays a while (long enough to read it and change one's mind), then goes by itself;
the action it undoes stays on Ctrl+Z after it is gone.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from threadline.ui.plain import plain_label

#: How long the note stays, in milliseconds.
SHOWN_MS = 15000


class UndoNote(QWidget):
    """What was just done, and Undo; :meth:`offer` shows it, :meth:`withdraw` hides it."""

    undo_requested = Signal()

    def __init__(self, parent: QWidget | None = None, shown_ms: int = SHOWN_MS) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.text = plain_label()  # the text names a subject from mail: never markup
        self.button = QPushButton(self.tr("Undo"))
        self.button.setToolTip(self.tr("Undo (Ctrl+Z)"))
        self.button.clicked.connect(self.undo_requested)
        layout.addWidget(self.text)
        layout.addWidget(self.button)
        self.timer = QTimer(self, singleShot=True, interval=shown_ms)
        self.timer.timeout.connect(self.hide)
        self.hide()

    def offer(self, text: str) -> None:
        """Show ``text`` with Undo, for a while."""
        self.text.setText(text)
        self.button.setAccessibleName(self.tr("Undo: {text}").format(text=text))
        self.show()
        self.timer.start()

    def withdraw(self) -> None:
        """Hide the note now (undone, or nothing left to undo)."""
        self.timer.stop()
        self.hide()
