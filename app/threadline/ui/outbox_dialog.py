"""The outbox: what waits to go (held back, scheduled, retrying, refused), and why."""

from __future__ import annotations

import math
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QSize, QTimer, Signal
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

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def state_label(state: OutboxState) -> str:
    """A state in the user's words."""
    labels = {
        OutboxState.QUEUED: translate("Outbox", "Waiting"),
        OutboxState.SENDING: translate("Outbox", "Sending…"),
        OutboxState.FAILED_TEMPORARY: translate("Outbox", "Will retry"),
        OutboxState.FAILED_PERMANENT: translate("Outbox", "Failed"),
        OutboxState.DRAFT: translate("Outbox", "Draft"),
    }
    return labels.get(state, str(state))


def moment(epoch: float) -> str:
    """A day and time in the locale's forms: ``Mon 24 Nov, 16:00``, ``Mo. 24.11.26, 16:00``."""
    when = QDateTime.fromMSecsSinceEpoch(round(epoch * 1000))
    locale = QLocale()
    day = locale.toString(when.date(), "ddd")
    if locale.language() == QLocale.Language.C:
        date, clock = locale.toString(when.date(), "d MMM"), locale.toString(when.time(), "HH:mm")
    else:
        date = locale.toString(when.date(), QLocale.FormatType.ShortFormat)
        clock = locale.toString(when.time(), QLocale.FormatType.ShortFormat)
    return translate("Outbox", "{day} {date}, {time}").format(day=day, date=date, time=clock)


def clock(epoch: float) -> str:
    """The time of day in the locale's short form."""
    when = QDateTime.fromMSecsSinceEpoch(round(epoch * 1000)).time()
    return QLocale().toString(when, QLocale.FormatType.ShortFormat)


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
        return translate("Outbox", "{seconds} s").format(seconds=math.ceil(seconds))
    if seconds < 3600:
        return translate("Outbox", "{minutes} min").format(minutes=math.ceil(seconds / 60))
    return moment(now + seconds)


def state_text(entry: OutboxEntry, now: float) -> str:
    """What the State column says: when a held-back, scheduled or failed message goes."""
    if entry.state is OutboxState.SENT and entry.sent_at is not None:
        sent = moment(entry.sent_at)
        if entry.sent_late:
            return translate("Outbox", "Sent late, {when}").format(when=sent)
        return translate("Outbox", "Sent as scheduled, {when}").format(when=sent)
    held = entry.waits_until(now)
    if held is not None and entry.scheduled_for is not None:
        return translate("Outbox", "Scheduled for {when}").format(when=moment(held))
    if held is not None:
        return translate("Outbox", "Sending in {delay}").format(delay=_in(held - now, now))
    if entry.state is OutboxState.FAILED_TEMPORARY:
        delay = _in(max(0.0, entry.next_attempt_at - now), now)
        return translate("Outbox", "Retrying in {delay}").format(delay=delay)
    return state_label(entry.state)


class OutboxDialog(QDialog):
    """A table of what has not gone out yet; the app's outbox runner does the sending."""

    send_requested = Signal()  # the runner should send what is due now
    open_requested = Signal(int)  # take this message back into a composer

    def __init__(self, store_path: Path, parent: QDialog | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outbox"))
        self.store_path = store_path
        self.outbox = Outbox(db.connect(store_path))
        self.entries: list[OutboxEntry] = []
        #: Messages the user asked to send now: their outcome is said when the run ends.
        self.awaited: dict[int, str] = {}
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setAccessibleName(self.tr("Outbox messages"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("State"), self.tr("Subject"), self.tr("To"), self.tr("Last error")]
        )
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
        self.retry_button = QPushButton(self.tr("Retry"))
        self.retry_button.clicked.connect(self.retry_selected)
        self.delete_button = QPushButton(self.tr("Delete"))
        self.delete_button.clicked.connect(self.delete_selected)
        self.open_button = QPushButton(self.tr("Open…"))
        self.open_button.setToolTip(self.tr("Take the message back into a composer to change it"))
        self.open_button.clicked.connect(self.open_selected)
        self.send_button = QPushButton(self.tr("Send now"))
        self.send_button.setToolTip(self.tr("Send the selected message now"))
        self.send_button.clicked.connect(self.send_now)
        self.undo_seconds = QSpinBox()
        self.undo_seconds.setRange(0, 30)
        self.undo_seconds.setSuffix(self.tr(" s"))
        self.undo_seconds.setAccessibleName(self.tr("Undo send delay"))
        self.undo_seconds.setToolTip(
            self.tr("How long a sent message waits, so that Undo can stop it")
        )
        for button in (self.open_button, self.retry_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(plain_label(self.tr("Undo delay:")))
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
            cells = (state_text(entry, now), entry.subject or self.tr("(no subject)"),
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
            self.tr("%n waiting.", "", len(waiting))
            if waiting
            else self.tr("Nothing waits to be sent.")
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
                said.append(self.tr("“{subject}” was sent.").format(subject=subject))
            elif entry_id in report.failed_temporary:
                when = clock(self.outbox.get(entry_id).next_attempt_at)
                text = self.tr("“{subject}” was not sent: {error} Next try at {time}.")
                error = report.failed_temporary[entry_id]
                said.append(text.format(subject=subject, error=error, time=when))
            elif entry_id in report.failed_permanent:
                said.append(self.tr("“{subject}” was refused: {error}").format(
                    subject=subject, error=report.failed_permanent[entry_id]))  # fmt: skip
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
        subject = entry.subject or self.tr("(no subject)")
        self.confirmation = confirm(
            self, self.tr("Delete message"),
            self.tr("Delete “{subject}” to {recipients}? It will not be sent, and there is no "
                    "copy anywhere else.").format(subject=subject,
                                                  recipients=", ".join(entry.recipients)),
            self.tr("Delete message"), lambda: self._delete(entry),
        )  # fmt: skip

    def _delete(self, entry: OutboxEntry) -> None:
        try:
            self.outbox.delete(entry.id)
        except Exception as error:
            show_error(self, self.tr("Cannot delete"), error)
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
                show_error(self, self.tr("Cannot send"), error)
                return
            self.awaited[entry.id] = entry.subject or self.tr("(no subject)")
        self.refresh()
        self.summary.setText(self.tr("Sending…"))
        self.send_requested.emit()
