"""The sync's one quiet line in the main window's status bar.

"Synced at 14:05", "Syncing…", "Offline — retrying at 14:07", or, when an account's
sync needs the user (a refused password, an untrusted certificate), "Sync failed for
ann@example.org — details", where *details* opens the full text and offers "Try
again". Hidden while no account has an incoming server.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, QObject, Qt, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMessageBox, QWidget

from threadline.ui.app_sync import AccountStatus, SyncStatus
from threadline.ui.plain import plain_label, plain_message_box, plain_tooltip
from threadline.ui.translation import formats

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _clock(epoch: float) -> str:
    """The time of day in the locale's short form (``14:05``, ``2:05 PM``)."""
    moment = QDateTime.fromMSecsSinceEpoch(round(epoch * 1000)).time()
    return QLocale().toString(moment, QLocale.FormatType.ShortFormat)


class _SyncWords(QObject):
    def accounts(self, count: int) -> str:
        return self.tr("%n account(s)", "", count)


def _who(accounts: list[AccountStatus]) -> str:
    if len(accounts) == 1:
        return accounts[0].address
    return _SyncWords().accounts(len(accounts))


def status_text(status: SyncStatus) -> str:
    """The line for ``status`` (without the details link)."""
    failed, offline = status.failed, status.offline
    if status.syncing:
        step = status.progress
        if step is not None and step.total > 1:
            locale = formats()
            return translate("SyncStatus", "Syncing {folder}… {done} of {total}").format(
                folder=step.folder,
                done=locale.toString(step.done),
                total=locale.toString(step.total),
            )
        return translate("SyncStatus", "Syncing…")
    if failed:
        return translate("SyncStatus", "Sync failed for {who}").format(who=_who(failed))
    if offline:
        retry_at = status.retry_at
        if retry_at:
            return translate("SyncStatus", "Offline — retrying at {time}").format(
                time=_clock(retry_at)
            )
        return translate("SyncStatus", "Offline")
    synced_at = status.synced_at
    return (
        translate("SyncStatus", "Synced at {time}").format(time=_clock(synced_at))
        if synced_at
        else translate("SyncStatus", "Syncing…")
    )


def details_text(status: SyncStatus) -> str:
    """Every account's failure in full (server replies included), for the details box."""
    parts = []
    for account in status.failed + status.offline:
        retry = ""
        if account.retry_at is not None:
            again = translate("SyncStatus", "(Threadline tries again at {time}.)").format(
                time=_clock(account.retry_at)
            )
            retry = f"\n{again}"
        parts.append(f"{account.address}:\n{account.error}{retry}")
    return "\n\n".join(parts)


class SyncStatusLine(QWidget):
    """A permanent status-bar widget showing a :class:`SyncStatus`."""

    #: "Try again" in the details box.
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Mail sync"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 6, 0)
        layout.setSpacing(0)
        self.label = plain_label()  # the address is the user's, errors quote servers
        self.label.setAccessibleName(self.tr("Sync status"))
        # Threadline's words only
        self.link = QLabel("&nbsp;— <a href='details'>" + self.tr("details") + "</a>")
        self.link.setTextFormat(Qt.TextFormat.RichText)
        self.link.setAccessibleName(self.tr("Sync failure details"))
        flags = Qt.TextInteractionFlag
        self.link.setTextInteractionFlags(
            flags.LinksAccessibleByMouse | flags.LinksAccessibleByKeyboard
        )
        self.link.linkActivated.connect(lambda _href: self.open_details())
        layout.addWidget(self.label)
        layout.addWidget(self.link)
        self.status = SyncStatus()
        self.box: QMessageBox | None = None
        self.show_status(self.status)

    def show_status(self, status: SyncStatus) -> None:
        """Show ``status``; hidden while no account syncs."""
        self.status = status
        self.label.setText(status_text(status))
        failed = bool(status.failed) and not status.syncing
        self.link.setVisible(failed)
        quiet = status.syncing or not (status.failed or status.offline)  # all is well: dim
        self.label.setForegroundRole(
            QPalette.ColorRole.PlaceholderText if quiet else QPalette.ColorRole.WindowText
        )
        details = details_text(status)
        self.label.setToolTip(plain_tooltip(details))
        self.setVisible(bool(status.accounts))

    def text(self) -> str:
        """What the line says, as plain text (for tests and screen readers)."""
        return self.label.text() + (" — " + self.tr("details") if self.link.isVisible() else "")

    def open_details(self) -> QMessageBox:
        """The full text of the failures, in a non-modal box (plain text), with Try again."""
        text = details_text(self.status) or self.tr("Every account synced.")
        title = self.tr("Mail sync failed")
        box = plain_message_box(self.window(), QMessageBox.Icon.Warning, title, text)
        box.setAccessibleName(self.tr("Mail sync failed"))
        retry = box.addButton(self.tr("Try again"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.finished.connect(
            lambda _result: self.retry_requested.emit() if box.clickedButton() is retry else None
        )
        box.open()
        self.box = box
        return box
