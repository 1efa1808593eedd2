"""The outbox: what waits to go (held back, scheduled, retrying, refused), and why."""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
)

from threadline.services.sending import FlushReport
from threadline.store import db
from threadline.store.outbox import Outbox, OutboxEntry, OutboxState
from threadline.ui.confirm import confirm
from threadline.ui.errors import show_error
from threadline.ui.plain import plain_label, plain_tooltip
from threadline.ui.window_fit import fit_to_screen

STATE_LABELS = {
    OutboxState.QUEUED: "Waiting",
    OutboxState.SENDING: "Sending…",
    OutboxState.FAILED_TEMPORARY: "Will retry",
    OutboxState.FAILED_PERMANENT: "Failed",
    OutboxState.DRAFT: "Draft",
}


#: Scheduled messages stay in the list this long after they went, to say how it went.
RECENT = 24 * 60 * 60
#: The widest the State, Subject and To columns grow; Last error takes the rest, wrapped.
MAX_COLUMN_WIDTH = 260
#: States a message can be taken back from, or sent again from.
OPENABLE = (OutboxState.QUEUED, OutboxState.FAILED_TEMPORARY, OutboxState.FAILED_PERMANENT,
            OutboxState.DRAFT)  # fmt: skip
FAILED = (OutboxState.FAILED_TEMPORARY, OutboxState.FAILED_PERMANENT)


def _in(seconds: float, now: float) -> str:
    if seconds < 60:
        return f"{math.ceil(seconds)} s"
    if seconds < 3600:
        return f"{math.ceil(seconds / 60)} min"
    return time.strftime("%a %-d %b, %H:%M", time.localtime(now + seconds))


def state_text(entry: OutboxEntry, now: float) -> str:
    """What the State column says: when a held-back, scheduled or failed message goes."""
    if entry.state is OutboxState.SENT and entry.sent_at is not None:
        sent = time.strftime("%a %-d %b, %H:%M", time.localtime(entry.sent_at))
        late = entry.last_error.startswith("Sent late")
        return f"Sent {'late, ' if late else 'as scheduled, '}{sent}"
    held = entry.waits_until(now)
    if held is not None and entry.scheduled_for is not None:
        return time.strftime("Scheduled for %a %-d %b, %H:%M", time.localtime(held))
    if held is not None:
        return f"Sending in {_in(held - now, now)}"
    if entry.state is OutboxState.FAILED_TEMPORARY:
        return f"Retrying in {_in(max(0.0, entry.next_attempt_at - now), now)}"
    return STATE_LABELS.get(entry.state, str(entry.state))


class OutboxDialog(QDialog):
    """A table of what has not gone out yet; the app's outbox runner does the sending."""

    send_requested = Signal()  # the runner should send what is due now
    open_requested = Signal(int)  # take this message back into a composer

    def __init__(self, store_path: Path, parent: QDialog | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Outbox")
        self.store_path = store_path
        self.outbox = Outbox(db.connect(store_path))
        self.entries: list[OutboxEntry] = []
        #: Messages the user asked to send now: their outcome is said when the run ends.
        self.awaited: dict[int, str] = {}
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName("Outbox messages")
        self.table.setHorizontalHeaderLabels(["State", "Subject", "To", "Last error"])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # the buttons act on one message: one row at a time (and no Ctrl-toggling)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setWordWrap(True)  # a long error wraps in its cell, always
        self.table.verticalHeader().hide()  # row numbers say nothing here
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table)
        self.summary = plain_label()
        layout.addWidget(self.summary)
        buttons = QHBoxLayout()
        self.retry_button = QPushButton("Retry")
        self.retry_button.clicked.connect(self.retry_selected)
        self.delete_button = QPushButton("Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        self.open_button = QPushButton("Open…")
        self.open_button.setToolTip("Take the message back into a composer to change it")
        self.open_button.clicked.connect(self.open_selected)
        self.send_button = QPushButton("Send now")
        self.send_button.setToolTip("Send the selected message now")
        self.send_button.clicked.connect(self.send_now)
        self.undo_seconds = QSpinBox()
        self.undo_seconds.setRange(0, 30)
        self.undo_seconds.setSuffix(" s")
        self.undo_seconds.setAccessibleName("Undo send delay")
        self.undo_seconds.setToolTip("How long a sent message waits, so that Undo can stop it")
        for button in (self.open_button, self.retry_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(plain_label("Undo delay:"))
        buttons.addWidget(self.undo_seconds)
        buttons.addWidget(self.send_button)
        layout.addLayout(buttons)
        fit_to_screen(self, QSize(880, 360))
        self.ticker = QTimer(self, interval=1000)  # "Sending in 4 s" counts down
        self.ticker.timeout.connect(self.refresh)
        self.refresh()

    def refresh(self) -> None:
        """Reload the table from the store, keeping the selected message selected."""
        now = time.time()
        chosen = self.selected()
        waiting = self.outbox.entries()
        self.entries = waiting + self.outbox.sent_scheduled_since(now - RECENT)
        self.table.blockSignals(True)
        self.table.clearSelection()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            cells = (state_text(entry, now), entry.subject or "(no subject)",
                     ", ".join(entry.recipients), entry.last_error)  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(plain_tooltip(text))
                self.table.setItem(row, column, item)
        for row, entry in enumerate(self.entries):
            if chosen is not None and entry.id == chosen.id:
                self.table.selectRow(row)
        self.table.blockSignals(False)
        self._fit_columns()
        self._update_buttons()
        held = [when - now for e in waiting if (when := e.waits_until(now)) is not None]
        retrying = any(e.state is OutboxState.FAILED_TEMPORARY for e in waiting)
        if retrying or any(left < 60 for left in held):  # keep the countdowns true
            self.ticker.start()
        else:
            self.ticker.stop()
        self.summary.setText(
            "Nothing waits to be sent." if not waiting else f"{len(waiting)} waiting."
        )

    def _fit_columns(self) -> None:
        """State, Subject and To as wide as their text (up to a limit); Last error gets
        the rest of the width and wraps, and each row is as tall as its text."""
        for column in range(self.table.columnCount() - 1):
            self.table.resizeColumnToContents(column)
            if self.table.columnWidth(column) > MAX_COLUMN_WIDTH:
                self.table.setColumnWidth(column, MAX_COLUMN_WIDTH)
        self.table.resizeRowsToContents()

    def _update_buttons(self) -> None:
        """Each button works on the selected message: off when it has nothing to do."""
        entry = self.selected()
        state = entry.state if entry is not None else None
        self.open_button.setEnabled(state in OPENABLE)
        self.retry_button.setEnabled(state in FAILED)
        self.send_button.setEnabled(state in OPENABLE)
        self.delete_button.setEnabled(entry is not None and state is not OutboxState.SENDING)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Wrapped errors need other heights when the width changes."""
        super().resizeEvent(event)
        self.table.resizeRowsToContents()

    def selected(self) -> OutboxEntry | None:
        """The entry on the selected row (``None`` when no row is selected)."""
        rows = self.table.selectionModel().selectedRows()
        row = rows[0].row() if rows else -1
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def report_run(self, report: FlushReport) -> None:
        """The app's runner finished a run: say how the messages the user sent now went."""
        said = []
        for entry_id, subject in list(self.awaited.items()):
            if entry_id in report.sent:
                said.append(f"“{subject}” was sent.")
            elif entry_id in report.failed_temporary:
                when = time.strftime(
                    "%H:%M", time.localtime(self.outbox.get(entry_id).next_attempt_at)
                )
                said.append(f"“{subject}” was not sent: {report.failed_temporary[entry_id]} "
                            f"Next try at {when}.")  # fmt: skip
            elif entry_id in report.failed_permanent:
                said.append(f"“{subject}” was refused: {report.failed_permanent[entry_id]}")
            else:
                continue
            del self.awaited[entry_id]
        self.refresh()
        if said:
            self.summary.setText(" ".join(said))

    def retry_selected(self) -> None:
        """Queue the selected failed message again and send it now."""
        self.send_now()

    def delete_selected(self) -> None:
        """Ask, then delete the selected message (a sent one only leaves this list)."""
        entry = self.selected()
        if entry is None:
            return
        if entry.state is OutboxState.SENT:
            self._delete(entry)
            return
        subject = entry.subject or "(no subject)"
        self.confirmation = confirm(
            self, "Delete message",
            f"Delete “{subject}” to {', '.join(entry.recipients)}? It will not be sent, "
            "and there is no copy anywhere else.",
            "Delete message", lambda: self._delete(entry),
        )  # fmt: skip

    def _delete(self, entry: OutboxEntry) -> None:
        try:
            self.outbox.delete(entry.id)
        except Exception as error:
            show_error(self, "Cannot delete", error)
        self.refresh()

    def open_selected(self) -> None:
        """Ask the main window to take the selected message back into a composer."""
        entry = self.selected()
        if entry is not None and entry.state is not OutboxState.SENT:
            self.open_requested.emit(entry.id)
            self.refresh()

    def send_now(self) -> None:
        """Let the selected message go now (held back, scheduled or failed), and wake the
        app's runner; with nothing selected, the runner sends whatever is due."""
        entry = self.selected()
        if entry is not None and entry.state not in (OutboxState.SENDING, OutboxState.SENT):
            try:
                self.outbox.send_now(entry.id)
            except Exception as error:
                show_error(self, "Cannot send", error)
                return
            self.awaited[entry.id] = entry.subject or "(no subject)"
        self.refresh()
        self.summary.setText("Sending…")
        self.send_requested.emit()
