"""The outbox: queued and failed messages with their last error; retry or delete."""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from threadline.sending import FlushReport, flush
from threadline.store import db
from threadline.store.outbox import Outbox, OutboxEntry
from threadline.ui.errors import show_error
from threadline.ui.plain import plain_label, plain_tooltip
from threadline.ui.worker import Progress, run_in_background

STATE_LABELS = {
    "queued": "Waiting",
    "sending": "Sending…",
    "failed-temporary": "Will retry",
    "failed-permanent": "Failed",
    "draft": "Draft",
}


class OutboxDialog(QDialog):
    """A table of what has not gone out yet."""

    flushed = Signal()

    def __init__(self, store_path: Path, parent: QDialog | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Outbox")
        self.store_path = store_path
        self.outbox = Outbox(db.connect(store_path))
        self.entries: list[OutboxEntry] = []
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName("Outbox messages")
        self.table.setHorizontalHeaderLabels(["State", "Subject", "To", "Last error"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        self.summary = plain_label()
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton("Retry")
        self.retry_button.clicked.connect(self.retry_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.send_button = QPushButton("Send now")
        self.send_button.clicked.connect(self.send_now)
        for button in (self.retry_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        self.resize(820, 360)
        self.refresh()

    def refresh(self) -> None:
        """Reload the table from the store."""
        self.entries = self.outbox.entries()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            state = STATE_LABELS.get(entry.state, entry.state)
            if entry.state == "failed-temporary":
                state += time.strftime(" at %H:%M", time.localtime(entry.next_attempt_at))
            for column, text in enumerate(
                (state, entry.subject, ", ".join(entry.recipients), entry.last_error)
            ):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text))
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.summary.setText(
            "Nothing waits to be sent." if not self.entries else f"{len(self.entries)} waiting."
        )

    def selected(self) -> OutboxEntry | None:
        """The entry on the selected row."""
        row = self.table.currentRow()
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def retry_selected(self) -> None:
        """Queue the selected failed message again and send it."""
        entry = self.selected()
        if entry is None:
            return
        try:
            if entry.state != "queued":
                self.outbox.retry_now(entry.id)
        except Exception as error:
            show_error(self, "Cannot retry", error)
            return
        self.send_now()

    def delete_selected(self) -> None:
        """Delete the selected message."""
        entry = self.selected()
        if entry is None:
            return
        try:
            self.outbox.delete(entry.id)
        except Exception as error:
            show_error(self, "Cannot delete", error)
        self.refresh()

    def send_now(self) -> None:
        """Send what is due, in the background."""
        self.send_button.setEnabled(False)
        self.summary.setText("Sending…")
        path = self.store_path

        def work(_progress: Progress) -> FlushReport:
            conn = db.connect(path)
            try:
                return flush(conn)
            finally:
                conn.close()

        def done(report: FlushReport) -> None:
            self.send_button.setEnabled(True)
            self.refresh()
            self.flushed.emit()
            if report.sent:
                self.summary.setText(f"Sent {len(report.sent)}. " + self.summary.text())

        def failed(error: Exception) -> None:
            self.send_button.setEnabled(True)
            show_error(self, "Sending failed", error)
            self.refresh()

        run_in_background(work, done, failed)
