"""How many messages wait in the Outbox, on the main window's status bar (issue 14).

"Outbox: 2" while messages wait to go (held for Undo, scheduled, queued, retrying or
refused), "Outbox: 2 (1 not sent)" when the server refused some; hidden when the Outbox
is empty. Clicking it opens the Outbox.
"""

from __future__ import annotations

import sqlite3

from PySide6.QtWidgets import QPushButton, QWidget


class OutboxCount(QPushButton):
    """A flat button with the Outbox's count; :meth:`refresh` reads it (one small query)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFlat(True)
        self.setToolTip(self.tr("Messages waiting to be sent: open the Outbox (Ctrl+O)"))
        self.count = 0
        self.hide()

    def refresh(self, conn: sqlite3.Connection) -> int:
        """Count what waits in the Outbox and show it; returns the count."""
        from threadline.store.outbox import Outbox, OutboxState  # (after the first paint)

        entries = Outbox(conn).entries()
        self.count = len(entries)
        refused = sum(1 for e in entries if e.state is OutboxState.FAILED_PERMANENT)
        text = self.tr("Outbox: {count}").format(count=self.count)
        if refused:
            text = self.tr("Outbox: {count} ({refused} not sent)").format(
                count=self.count, refused=refused
            )
        self.setText(text)
        self.setAccessibleName(text)
        self.setVisible(self.count > 0)
        return self.count
