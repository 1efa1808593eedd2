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

from PySide6.QtCore import QSize, Qt, Signal
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

log = logging.getLogger("threadline.ui")

#: Show the filter box from this many folders on.
FILTER_FROM = 12
NAME_ROLE = Qt.ItemDataRole.UserRole


def _words(error: Exception) -> str:
    """An error for people: ours say what to do; anything else is a bug of ours (logged)."""
    if isinstance(error, ThreadlineError):
        return str(error)
    log.error("folders dialog: unexpected error", exc_info=error)
    return f"Something went wrong: {type(error).__name__}: {error}"


def item_text(choice: FolderChoice) -> str:
    """A folder as its row shows it: the server's name, and its role or state in words."""
    if choice.fixed and choice.name.casefold() == choice.role_label.casefold():
        return f"{folder_label(choice.name)} — always synced"  # not "INBOX — Inbox"
    if choice.fixed:
        return f"{choice.name} — {choice.role_label}, always synced"
    if not choice.on_server:
        return f"{choice.name} — gone from the server; its mail stays here"
    if choice.folder_id is not None and not choice.synced:
        return f"{choice.name} — was gone from the server; check it to sync it again"
    return choice.name


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
        self.setWindowTitle(f"Folders of {account.address}")
        layout = QVBoxLayout(self)
        self.intro = plain_label()  # names the server: never markup
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("Filter folders")
        self.filter.setAccessibleName("Filter folders")
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self._filter)
        self.filter.hide()
        layout.addWidget(self.filter)
        self.list = QListWidget()
        self.list.setAccessibleName("Folders")
        self.list.setUniformItemSizes(True)
        #: Loading, or why the folders could not be loaded, where the list will be.
        self.status = plain_label()  # the server's words and errors: never markup
        self.status.setWordWrap(True)
        self.status.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.status.setAccessibleName("Folders status")
        self.status.setMargin(24)
        self.pages = QStackedWidget()
        self.pages.addWidget(self.status)
        self.pages.addWidget(self.list)
        layout.addWidget(self.pages, 1)
        self.note = plain_label(
            "Checked folders are synced. Unchecking one stops syncing it: its mail stays "
            "in Threadline, and nothing is deleted on the server."
        )
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        row = QHBoxLayout()
        self.retry_button = QPushButton("Try again")
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
        self.status.setText(f"Loading folders from {self.account.imap_host}…")
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
            if choice.note:
                item.setToolTip(plain_tooltip(f"{choice.name}: {choice.note}"))
            self.list.addItem(item)
        self._show_list(True)
        self.ok_button.setEnabled(True)
        self.filter.setVisible(len(self.choices) >= FILTER_FROM)
        self._filter(self.filter.text())
        always = "All Mail is" if self.server.gmail else "Inbox and Sent are"
        self.intro.setText(
            f"The folders on {self.server.host}. {always} always synced; check any other "
            "folder whose conversations you want here."
        )

    def _failed(self, error: Exception) -> None:
        self.status.setText(f"Could not load the folders: {_words(error)}")
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
            self.intro.setText(f"Could not save the choice: {_words(error)}")
            self.ok_button.setEnabled(True)
            self.list.setEnabled(True)

        run_in_background(work, done, failed, owner=self)
