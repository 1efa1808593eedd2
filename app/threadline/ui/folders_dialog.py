"""Folders: which of an account's server folders Threadline syncs, as check boxes.

The server's folders are listed off the GUI thread (connect, log in, LIST), and so is
the choice applied (:mod:`threadline.services.folder_choice`, as ``threadline folders``).
Inbox and Sent (on Gmail, All Mail) are checked and cannot be unchecked; a folder gone
from the server is shown greyed with what became of its mail. After OK,
:attr:`FoldersDialog.applied` says what changed, so the app syncs the new folders now.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from threadline.errors import ThreadlineError
from threadline.services.folder_choice import (
    FolderChoice,
    ServerFolders,
    apply_choice,
    folder_choices,
    load_server_folders,
)
from threadline.services.syncing import SessionFactory, session_factory
from threadline.store import db
from threadline.store.accounts import Account
from threadline.store.folders import FolderStore
from threadline.ui.app_sync import SESSION_TIMEOUT
from threadline.ui.conversation_model import folder_label
from threadline.ui.plain import plain_label, plain_tooltip
from threadline.ui.window_fit import fit_to_screen
from threadline.ui.worker import Progress, run_in_background

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")

log = logging.getLogger("threadline.ui")

#: Show the filter box from this many folders on.
FILTER_FROM = 12
NAME_ROLE = Qt.ItemDataRole.UserRole


def _words(error: Exception) -> str:
    """An error for people: ours say what to do; anything else is a bug of ours (logged)."""
    if isinstance(error, ThreadlineError):
        return str(error)
    log.error("folders dialog: unexpected error", exc_info=error)
    text = translate("Errors", "Something went wrong: {error}")
    return text.format(error=f"{type(error).__name__}: {error}")


def role_label(choice: FolderChoice) -> str:
    """The folder's role in the user's words ("Sent", "Gesendet"), or ''."""
    labels = {
        "Inbox": translate("Folders", "Inbox"),
        "Sent": translate("Folders", "Sent"),
        "All Mail": translate("Folders", "All Mail"),
    }
    return labels.get(choice.role_label, choice.role_label)


def item_text(choice: FolderChoice) -> str:
    """A folder as its row shows it: the server's name, and its role or state in words."""
    if choice.fixed and choice.name.casefold() == choice.role_label.casefold():
        # not "INBOX — Inbox"
        return translate("Folders", "{folder} — always synced").format(
            folder=folder_label(choice.name)
        )
    if choice.fixed:
        return translate("Folders", "{folder} — {role}, always synced").format(
            folder=choice.name, role=role_label(choice)
        )
    if not choice.on_server:
        return translate("Folders", "{folder} — gone from the server; its mail stays here").format(
            folder=choice.name
        )
    if choice.folder_id is not None and not choice.synced:
        return translate(
            "Folders", "{folder} — was gone from the server; check it to sync it again"
        ).format(folder=choice.name)
    return choice.name


class _FolderWords(QObject):
    def note(self, choice: FolderChoice) -> str:
        """What a person should know beyond the state (the tooltip), or ''."""
        if not choice.on_server:
            return self.tr(
                "no longer on the server (deleted or renamed); %n message(s) from it stay in "
                "Threadline",
                "",
                choice.messages,
            )
        if choice.folder_id is not None and not choice.synced:
            return self.tr("was gone from the server for a while; add it to sync it again")
        return ""


class FoldersDialog(QDialog):
    """The server folders of one account, the synced ones checked; OK applies the choice."""

    #: After OK: what changed, one sentence each (nothing changed: no signal).
    applied = Signal(list)

    def __init__(
        self,
        store_path: Path,
        account: Account,
        parent: QWidget | None = None,
        *,
        config_dir: Path | None = None,
        open_session: SessionFactory | None = None,
    ) -> None:
        super().__init__(parent)
        self.store_path = store_path
        self.account = account
        self.open_session = open_session or session_factory(config_dir, timeout=SESSION_TIMEOUT)
        self.server: ServerFolders | None = None
        self.choices: list[FolderChoice] = []
        self.setWindowTitle(self.tr("Folders of {address}").format(address=account.address))
        layout = QVBoxLayout(self)
        self.intro = plain_label()  # names the server: never markup
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter folders"))
        self.filter.setAccessibleName(self.tr("Filter folders"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.filter.hide()
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Folders"))
        self.list.setUniformItemSizes(True)
        #: Loading, or why the folders could not be loaded, where the list will be.
        self.status = plain_label()  # the server's words and errors: never markup
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setAccessibleName(self.tr("Folders status"))
        self.status.setMargin(24)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.status)
        self.pages.addWidget(self.list)
        layout.addWidget(self.pages, 1)
        self.note = plain_label(
            self.tr(
                "Checked folders are synced. Unchecking one stops syncing it: its mail stays "
                "in Threadline, and nothing is deleted on the server."
            )
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        self.retry_button = QPushButton(self.tr("Try again"))
        self.retry_button.clicked.connect(self.load)
        self.retry_button.hide()
        row.addWidget(self.retry_button)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        row.addWidget(self.buttons, 1)
        layout.addLayout(row)
        fit_to_screen(self, QSize(480, 440))
        self.load()

    @property
    def ok_button(self) -> QPushButton:
        """The OK button (enabled once the folders are shown)."""
        return self.buttons.button(QDialogButtonBox.StandardButton.Ok)

    def load(self) -> None:
        """List the server's folders, off the GUI thread."""
        self.server = None
        self.list.clear()
        self._show_list(False)
        self.ok_button.setEnabled(False)
        self.retry_button.hide()
        self.status.setText(
            self.tr("Loading folders from {host}…").format(host=self.account.imap_host)
        )
        open_session, account, store_path = self.open_session, self.account, self.store_path

        def work(_progress: Progress) -> tuple[ServerFolders, list[FolderChoice]]:
            server = load_server_folders(open_session, account)
            conn = db.connect(store_path)
            try:
                return server, folder_choices(FolderStore(conn), account, server)
            finally:
                conn.close()

        run_in_background(work, self._loaded, self._failed, owner=self)

    def _loaded(self, result: tuple[ServerFolders, list[FolderChoice]]) -> None:
        self.server, self.choices = result
        self.list.clear()
        for choice in self.choices:
            item = QListWidgetItem(item_text(choice))
            item.setData(NAME_ROLE, choice.name)
            item.setCheckState(Qt.CheckState.Checked if choice.synced else Qt.CheckState.Unchecked)
            if choice.fixed or not choice.on_server:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
            else:
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            note = _FolderWords().note(choice)
            if note:
                item.setToolTip(plain_tooltip(f"{choice.name}: {note}"))
            self.list.addItem(item)
        self._show_list(True)
        self.ok_button.setEnabled(True)
        self.filter.setVisible(len(self.choices) >= FILTER_FROM)
        self._filter(self.filter.text())
        if self.server.gmail:
            intro = self.tr(
                "The folders on {host}. All Mail is always synced; check any other folder "
                "whose conversations you want here."
            )
        else:
            intro = self.tr(
                "The folders on {host}. Inbox and Sent are always synced; check any other "
                "folder whose conversations you want here."
            )
        self.intro.setText(intro.format(host=self.server.host))

    def _failed(self, error: Exception) -> None:
        self.status.setText(
            self.tr("Could not load the folders: {error}").format(error=_words(error))
        )
        self.retry_button.show()
        self.retry_button.setFocus()

    def _show_list(self, shown: bool) -> None:
        """The list with its words around it, or (loading, failed) the status alone."""
        self.pages.setCurrentWidget(self.list if shown else self.status)
        for part in (self.intro, self.note):
            part.setVisible(shown)
        if not shown:
            self.filter.hide()

    def _filter(self, text: str) -> None:
        wanted = text.strip().casefold()
        for row in range(self.list.count()):
            item = self.list.item(row)
            item.setHidden(bool(wanted) and wanted not in item.text().casefold())

    def checked(self) -> set[str]:
        """The names of the folders checked now."""
        return {
            str(item.data(NAME_ROLE))
            for item in (self.list.item(row) for row in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        }

    def item(self, name: str) -> QListWidgetItem | None:
        """The row of the folder ``name``, if listed."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(NAME_ROLE) == name:
                return item
        return None

    def accept(self) -> None:
        """Apply the choice off the GUI thread; close when it is stored."""
        server = self.server
        if server is None:
            return
        wanted = self.checked()
        account, store_path = self.account, self.store_path
        self.ok_button.setEnabled(False)
        self.list.setEnabled(False)

        def work(_progress: Progress) -> list[str]:
            conn = db.connect(store_path)
            try:
                return [o.text for o in apply_choice(FolderStore(conn), account, server, wanted)]
            finally:
                conn.close()

        def done(said: list[str]) -> None:
            if said:
                self.applied.emit(said)
            super(FoldersDialog, self).accept()

        def failed(error: Exception) -> None:
            self.intro.setText(
                self.tr("Could not save the choice: {error}").format(error=_words(error))
            )
            self.ok_button.setEnabled(True)
            self.list.setEnabled(True)

        run_in_background(work, done, failed, owner=self)
