"""Accounts: the SMTP server mail goes out through, the IMAP server it comes from (or
none: an account that only sends), the password straight into the keyring, a live test.

For a new account, typing the address fills both servers from the well-known providers
(:mod:`threadline.core.mail_providers`), or shows ``smtp.<domain>`` / ``imap.<domain>`` as
grey guesses. A field follows the address only while it holds what the form itself put
there: what the user typed, and everything an account was loaded with, stays.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from threadline import i18n
from threadline.core.mail_providers import (
    IMAP_PORTS,
    SMTP_PORTS,
    domain_of,
    guessed_servers,
    preset_for,
    suggested_save_sent,
)
from threadline.errors import InvalidInputError
from threadline.net import secrets
from threadline.net.oauth.providers import Provider, load_providers
from threadline.net.tls import client_context
from threadline.paths import Profile
from threadline.services.account_check import SideCheck, check_account
from threadline.services.account_problems import account_problems
from threadline.services.account_setup import Found, Lookups, describe, found_username
from threadline.services.check_report import result_line
from threadline.store import db
from threadline.store.accounts import Account, AccountStore, new_account_id
from threadline.store.folders import FolderStore
from threadline.ui.confirm import confirm
from threadline.ui.conversation_model import folder_label
from threadline.ui.errors import show_error
from threadline.ui.field_marks import FieldMarks
from threadline.ui.folders_dialog import FoldersDialog
from threadline.ui.oauth_section import OAuthSection
from threadline.ui.plain import plain_label, plain_message_box, plain_tooltip
from threadline.ui.settings_lookup import SettingsLookup
from threadline.ui.window_fit import fit_to_screen
from threadline.ui.worker import Progress, run_in_background

translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def security_labels() -> dict[str, str]:
    """The SMTP security choices in the user's words."""
    return {
        "starttls": translate("Accounts", "STARTTLS (port 587)"),
        "tls": translate("Accounts", "TLS (port 465)"),
        "none": translate("Accounts", "None (only for a server on this computer)"),
    }


def imap_security_labels() -> dict[str, str]:
    """The IMAP security choices in the user's words."""
    return {
        "tls": translate("Accounts", "TLS (port 993)"),
        "starttls": translate("Accounts", "STARTTLS (port 143)"),
        "none": translate("Accounts", "None (only for a server on this computer)"),
    }


DEFAULT_PORTS = SMTP_PORTS
#: The synced folders the Accounts window names before "and N more".
FOLDERS_NAMED = 4
#: What the server parts of a new account's form hold before anything is filled in.
BLANK: dict[str, object] = {
    "host": "", "security": "starttls", "port": SMTP_PORTS["starttls"],
    "imap_host": "", "imap_security": "tls", "imap_port": IMAP_PORTS["tls"],
}  # fmt: skip


def part_names() -> dict[str, str]:
    """The form's parts as the user knows them (for questions about found settings)."""
    return {
        "host": translate("Accounts", "SMTP server"),
        "port": translate("Accounts", "SMTP port"),
        "security": translate("Accounts", "SMTP security"),
        "imap_host": translate("Accounts", "Incoming server"),
        "imap_port": translate("Accounts", "Incoming port"),
        "imap_security": translate("Accounts", "Incoming security"),
        "username": translate("Accounts", "User name"),
    }


def security_words() -> dict[str, str]:
    return {"tls": "TLS", "starttls": "STARTTLS", "none": translate("Accounts", "no encryption")}


def sign_in_words() -> dict[str, str]:
    """What the Password field says when it is needed, and when none is stored."""
    return {
        "needed": translate("Accounts", "Enter the password: this account signs in with one."),
        "missing": translate(
            "Accounts",
            "No password is stored for this account: type it here and save, or sending will fail.",
        ),
    }


def smtp_placeholder() -> str:
    return translate("Accounts", "e.g. smtp.example.org")


def imap_placeholder() -> str:
    return translate("Accounts", "none: this account only sends")


#: The form's parts each stored field is read from. A field whose parts the user left
#: as they were loaded is saved back exactly as it was stored (no re-derivation, no
#: trimming), so Save only ever changes what the user changed.
SOURCES = {
    "display_name": ("name",),
    "address": ("address",),
    "aliases": ("aliases",),
    "smtp_host": ("host",),
    "smtp_port": ("port",),
    "security": ("security",),
    "username": ("method", "username", "address"),
    "auth_method": ("method", "username", "security"),
    "oauth_provider": ("method",),
    "imap_host": ("imap_host",),
    "imap_port": ("imap_port",),
    "imap_security": ("imap_security",),
    "save_sent": ("save_sent",),
}


def _method_key(account: Account) -> str:
    """The Sign-in box's item data for how ``account`` authenticates."""
    if account.auth_method == "oauth2":
        return f"oauth2:{account.oauth_provider or ''}"
    return account.auth_method


def _port_box() -> QSpinBox:
    box = QSpinBox()
    box.setRange(1, 65535)
    return box


def _security_box(labels: dict[str, str]) -> QComboBox:
    box = QComboBox()
    for key, label in labels.items():
        box.addItem(label, key)
    return box


def _port_row(port: QSpinBox, security: QComboBox) -> QWidget:
    """Port and security side by side, one form row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(port)
    label = QLabel(translate("Accounts", "Security"))
    label.setBuddy(security)
    layout.addWidget(label)
    layout.addWidget(security, 1)
    return row


class AccountsDialog(QDialog):
    """Add, edit, test and remove accounts: both servers, the sign-in, the Sent copy."""

    changed = Signal()
    #: The synced folders of an account changed (the app syncs now to fetch them).
    folders_changed = Signal()

    def __init__(self, profile: Profile, parent: QDialog | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Accounts"))
        self.store_path: Path = profile.store_path
        self.config_dir: Path = profile.config_dir  # OAuth providers of this profile
        self.accounts = AccountStore(db.connect(self.store_path))
        self.editing: Account | None = None
        self.pending_id = new_account_id()
        self.loaded: dict[str, object] = {}  # the form as it showed ``editing``
        #: For a new account: what the form itself last put in each server part. A part
        #: still holding it follows the address; one the user changed is left alone.
        self.filled: dict[str, object] = {}
        #: Whether "Save a copy" still holds Threadline's suggestion for the SMTP server
        #: (a new account, or one loaded without an incoming server, until it is clicked).
        self.save_sent_follows = False
        layout = QHBoxLayout(self)

        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Accounts"))
        # a long "Name <address>" is shortened in the middle (both ends show), not scrolled
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.list.currentRowChanged.connect(self._select)
        left.addWidget(self.list)
        add = QPushButton(self.tr("Add account"))
        add.clicked.connect(self.new_account)
        self.remove_button = QPushButton(self.tr("Remove"))
        self.remove_button.clicked.connect(self.remove_account)
        left.addWidget(add)
        left.addWidget(self.remove_button)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        # the fields scroll on a small screen (200% scaling); the buttons stay in view
        fields = QWidget()
        fields_layout = QVBoxLayout(fields)
        fields_layout.setContentsMargins(0, 0, 0, 0)
        fields_scroll = QScrollArea()
        fields_scroll.setWidgetResizable(True)
        fields_scroll.setFrameShape(QFrame.Shape.NoFrame)
        fields_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        fields_scroll.setAccessibleName(self.tr("Account settings"))
        form = QFormLayout()
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.address.setPlaceholderText(self.tr("e.g. ann@example.org"))
        self.address.textEdited.connect(self._address_edited)
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText(self.tr("other addresses of this mailbox, comma-separated"))
        self.aliases.setToolTip(
            self.tr(
                "Replies to mail sent to one of these go from it, through this account's server."
            )
        )
        self.host = QLineEdit()
        self.host.setPlaceholderText(smtp_placeholder())
        self.host.textEdited.connect(self._suggest_save_sent)
        self.port = _port_box()
        self.security = _security_box(security_labels())
        self.security_shown = str(self.security.currentData())  # for the port rule
        self.security.currentIndexChanged.connect(self._security_changed)
        self.imap_host = QLineEdit()
        self.imap_host.setPlaceholderText(imap_placeholder())
        self.imap_host.setToolTip(
            self.tr(
                "The server this account's mail comes from. Leave it empty for an account that "
                "only sends."
            )
        )
        self.imap_host.textEdited.connect(self._suggest_save_sent)
        self.imap_host.textChanged.connect(self._show_incoming)
        self.imap_port = _port_box()
        self.imap_security = _security_box(imap_security_labels())
        self.imap_security_shown = str(self.imap_security.currentData())
        self.imap_security.currentIndexChanged.connect(self._imap_security_changed)
        self.save_sent = QCheckBox(self.tr("Save a copy of sent mail in the Sent folder"))
        self.save_sent.setToolTip(
            self.tr(
                "Gmail and Microsoft file mail sent through their servers in Sent by themselves; "
                "a second copy would show every message twice."
            )
        )
        self.save_sent.clicked.connect(self._save_sent_clicked)
        self.method = QComboBox()
        self.method.addItem(self.tr("Password"), "password")
        self.method.addItem(self.tr("No sign-in"), "none")
        for key, known in load_providers(self.config_dir).items():
            label = self.tr("Sign in with {provider} (OAuth2)").format(provider=known.name)
            self.method.addItem(label, f"oauth2:{key}")
        self.known_methods = self.method.count()  # beyond: a provider not set up here
        self.method.currentIndexChanged.connect(self._method_changed)
        self.oauth = OAuthSection()
        self.oauth.hide()
        self.username = QLineEdit()
        self.username.setToolTip(self.tr("One login for both servers."))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring only"))
        self.marks = FieldMarks()  # problems shown beside their fields, all at once
        self.find_button = QPushButton(self.tr("Find settings"))
        self.find_button.setToolTip(
            self.tr(
                "Ask your address's domain for its servers (its own configuration, its DNS "
                "records); Thunderbird's database only if you agree."
            )
        )
        self.find_button.clicked.connect(self.find_settings)
        address_row = QWidget()
        address_layout = QHBoxLayout(address_row)
        address_layout.setContentsMargins(0, 0, 0, 0)
        address_layout.addWidget(self.address, 1)
        address_layout.addWidget(self.find_button)
        self.rows: dict[QWidget, QWidget] = {}  # a field -> its form row (for hiding)
        for label, widget, row in (
            (self.tr("Your name"), self.name, self.name),
            (self.tr("Address"), self.address, address_row),
            (self.tr("Also sends as"), self.aliases, self.aliases),
            (self.tr("Sign-in"), self.method, self.method),
            (self.tr("User name"), self.username, self.username),
            (self.tr("Password"), self.password, self.password),
        ):
            widget.setAccessibleName(label)
            self.rows[widget] = self.marks.row(row, widget)
            form.addRow(label, self.rows[widget])
        form.addRow("", self.oauth)
        self.form = form
        fields_layout.addLayout(form)
        server_parts: tuple[tuple[str, QWidget], ...] = (
            (self.tr("SMTP server"), self.host),
            (self.tr("Port"), self.port),
            (self.tr("Security"), self.security),
            (self.tr("Incoming server (IMAP)"), self.imap_host),
            (self.tr("Incoming port"), self.imap_port),
            (self.tr("Incoming security"), self.imap_security),
            (self.tr("Save sent mail"), self.save_sent),
        )
        for name, part in server_parts:
            part.setAccessibleName(name)
        sending = QGroupBox(self.tr("Sending mail (SMTP)"))
        sending_form = QFormLayout(sending)
        sending_form.addRow(self.tr("Server"), self.marks.row(self.host))
        sending_form.addRow(
            self.tr("Port"),
            self.marks.row(_port_row(self.port, self.security), self.port, self.security),
        )
        fields_layout.addWidget(sending)
        incoming = QGroupBox(self.tr("Incoming mail (IMAP)"))
        incoming_form = QFormLayout(incoming)
        incoming_form.addRow(self.tr("Server"), self.marks.row(self.imap_host))
        incoming_form.addRow(
            self.tr("Port"),
            self.marks.row(
                _port_row(self.imap_port, self.imap_security), self.imap_port, self.imap_security
            ),
        )
        incoming_form.addRow("", self.save_sent)
        self.folders_button = QPushButton(self.tr("Folders…"))
        self.folders_button.setAccessibleName(self.tr("Folders"))
        self.folders_button.clicked.connect(self.open_folders)
        self.folders_dialog: FoldersDialog | None = None
        self.folders_summary = plain_label()  # folder names come from the server
        self.folders_summary.setWordWrap(True)
        self.folders_summary.setAccessibleName(self.tr("Synced folders"))
        # a wrapped label asks for the height of its lines (it was drawn over the row above)
        self.folders_summary.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        folders_row = QHBoxLayout()
        folders_row.addWidget(self.folders_summary, 1)
        folders_row.addWidget(self.folders_button)
        incoming_form.addRow(self.tr("Folders"), folders_row)
        fields_layout.addWidget(incoming)
        self.feedback = plain_label()  # what the server said: never markup
        self.feedback.setAccessibleName(self.tr("Connection test result"))
        self.feedback.setWordWrap(True)
        fields_layout.addWidget(self.feedback)
        fields_layout.addStretch(1)
        fields_scroll.setWidget(fields)
        # the fields scroll up and down only: the area is as wide as they need (a longer
        # language's labels and choices widen the window instead of being cut off)
        scroll_bar = fields_scroll.verticalScrollBar().sizeHint().width()
        fields_scroll.setMinimumWidth(fields.minimumSizeHint().width() + scroll_bar)
        right.addWidget(fields_scroll, 1)
        buttons = QHBoxLayout()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton(self.tr("Save"))
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right.addWidget(close)
        layout.addLayout(right, 2)
        fit_to_screen(self, QSize(780, 560))
        #: How look-ups reach the network; None: the system's (tests set local servers).
        self.lookups: Lookups | None = None
        self.lookup = SettingsLookup(self, self._lookups)
        self.lookup.found.connect(self._apply_found)
        self.lookup.said.connect(self.feedback.setText)
        self.address_typed = False  # since the last look-up: leaving the field starts one
        self.address.editingFinished.connect(self._address_done)
        self.conflict_question: QMessageBox | None = None
        #: Counts tests and form changes: a test's result for settings changed since is
        #: not shown, and a shown one goes when the settings change.
        self.test_round = 0
        self.showing_test = False
        self._watch_changes()
        self.refresh()

    def refresh(self) -> None:
        """Reload the list; select the first account or start a new one."""
        self.list.clear()
        for account in self.accounts.all():
            self._add_list_item(account)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_account()

    def _add_list_item(self, account: Account) -> None:
        self.list.addItem(account.label)
        self.list.item(self.list.count() - 1).setToolTip(plain_tooltip(account.label))

    def _select(self, row: int) -> None:
        accounts = self.accounts.all()
        if 0 <= row < len(accounts):
            self._load(accounts[row])

    def _start_over(self) -> None:
        """Before another account (or a new one) is shown: no marks, look-up or result."""
        self.marks.clear()
        self.lookup.cancel()
        if self.conflict_question is not None:
            self.conflict_question.blockSignals(True)
            self.conflict_question.close()
            self.conflict_question = None
        self.address_typed = False
        self.test_round += 1
        self.showing_test = False

    def _load(self, account: Account) -> None:
        """Show ``account`` exactly as stored; no handler fills in or resets anything."""
        self._start_over()
        self.editing = account
        self.name.setText(account.display_name)
        self.address.setText(account.address)
        self.aliases.setText(", ".join(account.aliases))
        self.host.setText(account.smtp_host)
        self._set_security(account.security)
        self.port.setValue(account.smtp_port)
        self.imap_host.setText(account.imap_host)
        self._set_imap_security(account.imap_security)
        self.imap_port.setValue(account.imap_port)
        self.save_sent.setChecked(account.save_sent)
        self.save_sent_follows = not account.has_imap  # a choice that mattered stays
        self.filled = {}
        self._show_guesses(None)
        self._show_incoming(account.imap_host)
        self.username.setText(account.username)
        self.password.clear()
        self._set_method(_method_key(account))
        self._show_method()
        self.feedback.setText("")
        self.loaded = self._form_state()
        self._show_folders()
        self._show_find()

    def new_account(self) -> None:
        """Clear the form for a new account."""
        self._start_over()
        self.editing = None
        self.pending_id = new_account_id()
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)  # so choosing the row that was current loads it again
        self.list.blockSignals(False)
        self._set_method("password")
        for field in (self.name, self.address, self.aliases, self.host, self.username,
                      self.password):  # fmt: skip
            field.clear()
        self.imap_host.clear()
        self._set_security(str(BLANK["security"]))
        self.port.setValue(int(str(BLANK["port"])))
        self._set_imap_security(str(BLANK["imap_security"]))
        self.imap_port.setValue(int(str(BLANK["imap_port"])))
        self.save_sent.setChecked(True)
        self.save_sent_follows = True
        self.filled = {**BLANK, "username": ""}
        self._show_guesses(None)
        self._show_incoming("")
        self._show_method()
        self.loaded = self._form_state()
        self.feedback.setText(
            self.tr("Enter your address: the servers of well-known providers are filled in.")
        )
        self._show_folders()
        self._show_find()
        self.address.setFocus()

    def _set_security(self, key: str) -> None:
        self.security.blockSignals(True)
        self.security.setCurrentIndex(self.security.findData(key))
        self.security.blockSignals(False)
        self.security_shown = key

    def _set_imap_security(self, key: str) -> None:
        self.imap_security.blockSignals(True)
        self.imap_security.setCurrentIndex(self.imap_security.findData(key))
        self.imap_security.blockSignals(False)
        self.imap_security_shown = key

    def _set_method(self, key: str) -> None:
        """Choose a Sign-in item without its handler; one not set up here gets an item."""
        self.method.blockSignals(True)
        while self.method.count() > self.known_methods:
            self.method.removeItem(self.method.count() - 1)
        index = self.method.findData(key)
        if index < 0:
            name = key.partition(":")[2] or self.tr("an unnamed provider")
            label = self.tr("Sign in with {provider} (OAuth2, not set up here)")
            self.method.addItem(label.format(provider=name), key)
            index = self.method.count() - 1
        self.method.setCurrentIndex(index)
        self.method.blockSignals(False)

    def _method(self) -> tuple[str, str | None]:
        """The chosen authentication method and OAuth2 provider key."""
        method, _, key = str(self.method.currentData()).partition(":")
        return method, (key or None)

    def _form_state(self) -> dict[str, object]:
        return {
            "name": self.name.text(),
            "address": self.address.text(),
            "aliases": self.aliases.text(),
            "host": self.host.text(),
            "port": self.port.value(),
            "security": self.security.currentData(),
            "username": self.username.text(),
            "method": self.method.currentData(),
            "imap_host": self.imap_host.text(),
            "imap_port": self.imap_port.value(),
            "imap_security": self.imap_security.currentData(),
            "save_sent": self.save_sent.isChecked(),
        }

    def _provider(self) -> Provider | None:
        method, key = self._method()
        if method != "oauth2" or key is None:
            return None
        return load_providers(self.config_dir).get(key)

    def _method_changed(self, _index: int) -> None:
        """The user chose another sign-in: a provider brings its servers (both sides when
        it names an IMAP server), as asked for, over what the fields held."""
        chosen = self._provider()
        if chosen is not None:
            values: dict[str, object] = {
                "host": chosen.smtp_host, "security": chosen.security, "port": chosen.smtp_port,
            }  # fmt: skip
            if chosen.imap_host:
                values.update(imap_host=chosen.imap_host, imap_security=chosen.imap_security,
                              imap_port=chosen.imap_port)  # fmt: skip
            for part, value in values.items():
                self._set_part(part, value)
                if self.editing is None:
                    self.filled[part] = value
            self._suggest_save_sent()
        self._show_method()

    def _part(self, part: str) -> object:
        """The value a server part of the form shows."""
        return self._form_state()[part]

    def _set_part(self, part: str, value: object) -> None:
        """Show ``value`` in a server part, without the handlers meant for the user."""
        if part == "host":
            self.host.setText(str(value))
        elif part == "imap_host":
            self.imap_host.setText(str(value))
        elif part == "security":
            self._set_security(str(value))
        elif part == "imap_security":
            self._set_imap_security(str(value))
        elif part == "port":
            self.port.setValue(int(str(value)))
        elif part == "imap_port":
            self.imap_port.setValue(int(str(value)))
        elif part == "username":
            self.username.setText(str(value))

    def _address_edited(self, text: str) -> None:
        """A new account's address was typed: fill the servers of a known provider, or
        show guesses; only parts that still hold what the form put there change."""
        if self.editing is not None or self._provider() is not None:
            return  # a saved account's servers, or the chosen provider's, stay
        self.address_typed = True
        self._show_find()
        if self.lookup.busy or self.lookup.question is not None:
            self.lookup.cancel()  # it was for the address before this one
        preset = preset_for(text)
        target: dict[str, object] = {**BLANK, "username": ""}
        if preset is not None:
            target = {
                "host": preset.smtp_host, "security": preset.smtp_security,
                "port": preset.smtp_port, "imap_host": preset.imap_host,
                "imap_security": preset.imap_security, "imap_port": preset.imap_port,
            }  # fmt: skip
        for part, value in target.items():
            if self._part(part) == self.filled.get(part):
                self._set_part(part, value)
                self.filled[part] = value
        guess = guessed_servers(text) if preset is None else None
        if guess is not None:
            self._show_guesses(guess.smtp_host, guess.imap_host)
        else:
            self._show_guesses(None)
        self._suggest_save_sent()
        if preset is not None:
            hint = ""
            if (
                preset.oauth_provider
                and self.method.findData(f"oauth2:{preset.oauth_provider}") >= 0
            ):
                hint = " " + self.tr(
                    "It takes an app password, or sign in with OAuth2 (Sign-in above)."
                )
            if preset.hint:  # (marked in core/mail_providers, translated here)
                hint += " " + i18n.translate("mail_providers", preset.hint)
            filled = self.tr("Filled in the servers of {provider}.").format(provider=preset.name)
            self.feedback.setText(filled + hint)
        elif guess is not None:
            self.feedback.setText(
                self.tr(
                    "No preset for {domain}: the grey server names are only guesses. "
                    "Your provider's help pages name the real ones; leave the incoming server "
                    "empty to only send."
                ).format(domain=domain_of(text))
            )
        else:
            self.feedback.setText(
                "Enter your address: the servers of well-known providers are filled in."
            )

    def _show_guesses(self, smtp: str | None, imap: str | None = None) -> None:
        """Guessed server names as grey placeholders: proposals, never values."""
        self.host.setPlaceholderText(
            self.tr("{server} (a guess)").format(server=smtp) if smtp else smtp_placeholder()
        )
        self.imap_host.setPlaceholderText(
            self.tr("{server} (a guess), or empty to only send").format(server=imap)
            if imap
            else imap_placeholder()
        )

    def _suggest_save_sent(self, _text: str = "") -> None:
        """While it follows, "Save a copy" holds the suggestion for the SMTP server once
        there is an incoming server to file the copy in, and what it started with while
        there is none."""
        if not self.save_sent_follows:
            return
        if self.imap_host.text().strip():
            self.save_sent.setChecked(
                suggested_save_sent(self.host.text(), self.address.text().strip())
            )
        else:
            self.save_sent.setChecked(bool(self.loaded.get("save_sent", True)))

    def _save_sent_clicked(self, _checked: bool) -> None:
        self.save_sent_follows = False  # the user's choice from now on

    def _show_incoming(self, text: str) -> None:
        """Without an incoming server there is no Sent folder to save a copy in."""
        self.save_sent.setEnabled(bool(text.strip()))

    def _show_method(self) -> None:
        method, _ = self._method()
        chosen = self._provider()
        self.form.setRowVisible(self.rows[self.password], method == "password")
        self.form.setRowVisible(self.rows[self.username], method != "none")
        self.oauth.setVisible(chosen is not None)
        if chosen is not None:
            account_id = self.editing.id if self.editing else self.pending_id
            self.oauth.show_for(chosen, account_id, self.address.text().strip())

    def _security_changed(self, _index: int) -> None:
        """The user chose another security: the port follows only from the old default."""
        security = str(self.security.currentData())
        if self.port.value() == SMTP_PORTS[self.security_shown]:
            self.port.setValue(SMTP_PORTS[security])
        self.security_shown = security

    def _imap_security_changed(self, _index: int) -> None:
        """The same rule for the incoming server (993 for TLS, 143 otherwise)."""
        security = str(self.imap_security.currentData())
        if self.imap_port.value() == IMAP_PORTS[self.imap_security_shown]:
            self.imap_port.setValue(IMAP_PORTS[security])
        self.imap_security_shown = security

    def form_account(self) -> Account:
        """The account the form describes (validated)."""
        return self._form_values().validated()

    def _form_values(self) -> Account:
        """The account the form describes, not validated yet."""
        security = str(self.security.currentData())
        address = self.address.text().strip()
        username = self.username.text().strip()
        method, provider_key = self._method()
        if method == "password" and not username and security == "none":
            method = "none"  # a server on this computer that takes mail without a login
        if method != "none":
            username = username or address
        account = Account(
            id=self.editing.id if self.editing else self.pending_id,
            oauth_provider=provider_key if method == "oauth2" else None,
            address=address,
            display_name=self.name.text().strip(),
            smtp_host=self.host.text().strip(),
            smtp_port=self.port.value(),
            security=security,
            username=username,
            auth_method=method,
            aliases=tuple(part.strip() for part in self.aliases.text().split(",") if part.strip()),
            imap_host=self.imap_host.text().strip(),  # empty: an account that only sends
            imap_port=self.imap_port.value(),
            imap_security=str(self.imap_security.currentData()),
            save_sent=self.save_sent.isChecked(),
        )
        if self.editing is not None:
            state = self._form_state()
            touched = {part for part, value in state.items() if self.loaded.get(part) != value}
            kept = {
                field: getattr(self.editing, field)
                for field, parts in SOURCES.items()
                if touched.isdisjoint(parts)
            }
            account = replace(account, **kept)
        return account

    def _checked_account(self, done: str) -> Account | None:
        """The form's account when it is usable; else every problem marked beside its field,
        the action said not ``done`` ("saved", "tested"), and None."""
        account = self._form_values()
        fields: dict[str, QWidget] = {
            "address": self.address, "aliases": self.aliases, "smtp_host": self.host,
            "smtp_port": self.port, "security": self.security, "imap_host": self.imap_host,
            "imap_port": self.imap_port, "imap_security": self.imap_security,
            "username": self.username, "auth_method": self.method,
        }  # fmt: skip
        found = account_problems(account)
        reasons = {fields[name]: text for name, text in found.items() if name in fields}
        if (
            account.auth_method == "password"
            and not self.password.text()
            and (self.editing is None or self.loaded.get("method") != "password")
        ):
            reasons[self.password] = sign_in_words()["needed"]
        if not reasons:
            try:
                account = account.validated()
            except InvalidInputError as error:  # a rule the marks do not know (yet)
                not_done = {
                    "saved": self.tr("Not saved: {error}"),
                    "tested": self.tr("Not tested: {error}"),
                }
                self.feedback.setText(not_done[done].format(error=error))
                return None
            self.marks.clear()
            return account
        order = [self.name, self.address, self.aliases, self.method, self.username,
                 self.password, self.host, self.port, self.security, self.imap_host,
                 self.imap_port, self.imap_security]  # fmt: skip
        reasons = dict(sorted(reasons.items(), key=lambda item: order.index(item[0])))
        self.marks.show(reasons)
        not_yet = {
            "saved": self.tr("Not saved yet: see the %n marked field(s).", "", len(reasons)),
            "tested": self.tr("Not tested yet: see the %n marked field(s).", "", len(reasons)),
        }
        self.feedback.setText(not_yet[done])
        self.showing_test = False
        next(iter(reasons)).setFocus()
        return None

    def save(self) -> None:
        """Store the account; the password goes to the keyring (in the background)."""
        account = self._checked_account("saved")
        if account is None:
            return
        state = self._form_state()
        password = self.password.text()
        self.password.clear()

        def work(_progress: Progress) -> tuple[Account, bool]:
            if password:
                secrets.set_password(account.id, password)
                return account, True
            if account.auth_method != "password":
                return account, True
            try:
                return account, secrets.get_password(account.id) is not None
            except Exception:  # a keyring that cannot be read now: no warning from here
                return account, True

        def saved(result: tuple[Account, bool]) -> None:
            stored, has_password = result
            self.accounts.save(stored)
            showing = self.editing.id if self.editing else self.pending_id
            if showing == stored.id:  # not when the user went on to another account
                self.editing, self.loaded = stored, state
                self._show_saved(stored, has_password)
            ids = [a.id for a in self.accounts.all()]
            self.list.blockSignals(True)
            self.list.clear()
            for item in self.accounts.all():
                self._add_list_item(item)
            self.list.setCurrentRow(ids.index(showing) if showing in ids else -1)
            self.list.blockSignals(False)
            self.changed.emit()

        def failed(error: Exception) -> None:
            showing = self.editing.id if self.editing else self.pending_id
            if showing == account.id and not self.password.text():
                self.password.setText(password)  # typed once is enough
            self.marks.show({self.password: str(error)})
            self.feedback.setText(self.tr("Not saved: the password could not be stored."))

        run_in_background(work, saved, failed, owner=self)

    def _show_saved(self, stored: Account, has_password: bool) -> None:
        """Say what was saved; the form shows the sign-in as stored (a server on this
        computer without a user name takes mail without one)."""
        text = self.tr("Saved {account}.").format(account=stored.label)
        if _method_key(stored) != self.method.currentData():
            self._set_method(_method_key(stored))
            self._show_method()
            self.loaded["method"] = self.method.currentData()
            text += " " + self.tr(
                "It signs in with nothing: the server on this computer takes mail without."
            )
        if not has_password:
            self.marks.show({self.password: sign_in_words()["missing"]})
            text = self.tr(
                "Saved {account}, but without a password: sending will fail until you enter it."
            ).format(account=stored.label)
        self.feedback.setText(text)
        self.showing_test = False
        self._show_folders()
        self._show_find()

    def test_connection(self) -> None:
        """Connect, secure and log in on both sides, off the GUI thread; show what each
        server said (services.account_check, as ``threadline accounts test``)."""
        account = self._checked_account("tested")
        if account is None:
            return
        typed = self.password.text() or None
        servers = f"{account.smtp_host}:{account.smtp_port}"
        if account.has_imap:
            servers = self.tr("{smtp} and {imap}").format(
                smtp=servers, imap=f"{account.imap_host}:{account.imap_port}"
            )
        self.feedback.setText(self.tr("Connecting to {servers}…").format(servers=servers))
        self.test_button.setEnabled(False)
        config_dir = self.config_dir
        self.test_round += 1
        current = self.test_round

        def work(_progress: Progress) -> list[SideCheck]:
            return check_account(account, config_dir, password=typed)

        def show(text: str) -> None:
            self.test_button.setEnabled(True)
            if current != self.test_round:  # the settings changed meanwhile
                self.feedback.setText(
                    self.tr("The settings changed during the test: test again to check them.")
                )
                return
            self.feedback.setText(text)
            self.showing_test = True

        def done(checks: list[SideCheck]) -> None:
            show("\n".join(result_line(check) for check in checks))

        def failed(error: Exception) -> None:
            show(f"✘ {error}")

        run_in_background(work, done, failed, owner=self)

    def _watch_changes(self) -> None:
        """A change by the user takes that field's mark off and ends a shown test result."""
        related = {self.host: (self.security,), self.imap_host: (self.imap_security,),
                   self.address: (self.username,), self.method: (self.username, self.password),
                   self.security: (self.port,), self.imap_security: (self.imap_port,)}  # fmt: skip
        for line in (self.name, self.address, self.aliases, self.host, self.imap_host,
                     self.username, self.password):  # fmt: skip
            line.textEdited.connect(lambda _text, f=line: self._changed(f, related))
        for spin in (self.port, self.imap_port):
            spin.valueChanged.connect(lambda _value, f=spin: self._changed(f, related))
        for combo in (self.security, self.imap_security, self.method):
            combo.currentIndexChanged.connect(lambda _i, f=combo: self._changed(f, related))
        self.save_sent.toggled.connect(lambda _on: self._changed(self.save_sent, related))

    def _changed(self, field: QWidget, related: dict[QWidget, tuple[QWidget, ...]]) -> None:
        for marked in (field, *related.get(field, ())):
            self.marks.clear(marked)
        self.test_round += 1
        if self.showing_test:
            self.feedback.setText("")
            self.showing_test = False

    # -- finding the settings of a new address -------------------------------------------

    def _lookups(self) -> Lookups:
        if self.lookups is None:
            self.lookups = Lookups(client_context())
        return self.lookups

    def _can_find(self) -> bool:
        address = self.address.text().strip()
        return (
            self.editing is None
            and self._provider() is None
            and bool(domain_of(address))
            and preset_for(address) is None
        )

    def _show_find(self) -> None:
        self.find_button.setVisible(self.editing is None)
        self.find_button.setEnabled(self._can_find())

    def find_settings(self) -> None:
        """Ask the address's domain for its servers (in the background)."""
        if not self._can_find():
            return
        self.address_typed = False
        self.lookup.start(self.address.text().strip())

    def _address_done(self) -> None:
        """Enter, or going on to another field of this window, after typing an address
        without a preset starts a look-up (not closing or leaving the window)."""
        focus = QApplication.focusWidget()
        inside = focus is not None and (focus is self or self.isAncestorOf(focus))
        if self.address_typed and inside and self.isVisible() and self._can_find():
            self.find_settings()

    def _apply_found(self, found: Found) -> None:
        """Fill what was found into the parts that still hold what the form put there; ask
        before changing one the user typed."""
        address = self.address.text().strip()
        if self.editing is not None or domain_of(address) != found.domain or not self._can_find():
            return
        values: dict[str, object] = {}
        if found.smtp is not None:
            values.update(host=found.smtp.host, port=found.smtp.port,
                          security=found.smtp.security)  # fmt: skip
        if found.imap is not None:
            values.update(imap_host=found.imap.host, imap_port=found.imap.port,
                          imap_security=found.imap.security)  # fmt: skip
        username = found_username(found)
        if username and username.lower() != address.lower():
            values["username"] = username
        mine = {
            part: value
            for part, value in values.items()
            if self._part(part) not in (self.filled.get(part), value)
        }
        for part, value in values.items():
            if part not in mine:
                self._set_part(part, value)
                self.filled[part] = value
        self._show_incoming(self.imap_host.text())
        self._suggest_save_sent()
        said = describe(found, address)
        if not mine:
            self.feedback.setText(f"{said} " + self.tr("You can change any field."))
            return
        self._ask_to_replace(found, mine, said)

    def _ask_to_replace(self, found: Found, mine: dict[str, object], said: str) -> None:
        def shown(part: str, value: object) -> str:
            words = security_words()
            return words.get(str(value), str(value)) if "security" in part else str(value)

        names = part_names()
        line = self.tr("{part}: {found} (you typed {typed})")
        lines = [
            line.format(part=names[part], found=shown(part, value),
                        typed=shown(part, self._part(part)))
            for part, value in mine.items()
        ]  # fmt: skip
        where = found.where[0].upper() + found.where[1:]
        text = self.tr(
            "{where} names other settings than you typed:\n\n{lines}\n\n"
            "Use them for these fields too?"
        ).format(where=where, lines="\n".join(lines))
        title = self.tr("Use the settings found?")
        box = plain_message_box(self, QMessageBox.Icon.Question, title, text)
        box.setAccessibleName(title)
        use = box.addButton(self.tr("Use them"), QMessageBox.ButtonRole.AcceptRole)
        keep = box.addButton(self.tr("Keep mine"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)  # Enter changes nothing the user typed
        self.conflict_question = box

        def answered(_result: int) -> None:
            self.conflict_question = None
            if box.clickedButton() is use:
                for part, value in mine.items():
                    self._set_part(part, value)
                    self.filled[part] = value
                self._show_incoming(self.imap_host.text())
                self._suggest_save_sent()
                self.feedback.setText(f"{said} " + self.tr("You can change any field."))
            else:
                kept = ", ".join(names[part] for part in mine)
                kept_text = self.tr("Kept what you typed: {fields}.").format(fields=kept)
                self.feedback.setText(f"{said} {kept_text}")

        box.finished.connect(answered)
        self.feedback.setText(said)
        box.open()

    def _show_folders(self) -> None:
        """The saved account's synced folders, and the button to choose them (only for an
        account saved with an incoming server: the dialog lists what is stored)."""
        account = self.editing
        if account is None or not account.has_imap:
            self.folders_button.setEnabled(False)
            self.folders_summary.setText(
                self.tr("Save the account with an incoming server to choose the folders it syncs.")
            )
            return
        self.folders_button.setEnabled(True)
        synced = [f for f in FolderStore(self.accounts.conn).folders(account.id) if not f.missing]
        names = [folder_label(f.name) for f in synced]
        if not any(f.role for f in synced):  # roles first: none yet means no sync yet
            names.insert(0, self.tr("Inbox and Sent (found at the first sync)"))
        if len(names) > FOLDERS_NAMED:
            names[FOLDERS_NAMED - 1 :] = [self.tr("%n more", "", len(names) - FOLDERS_NAMED + 1)]
        if len(names) > 1:
            names[-2:] = [self.tr("{first} and {second}").format(first=names[-2], second=names[-1])]
        self.folders_summary.setText(self.tr("Syncs {folders}.").format(folders=", ".join(names)))

    def open_folders(self) -> FoldersDialog | None:
        """Choose the saved account's synced folders (the server's list loads meanwhile)."""
        account = self.editing
        if account is None or not account.has_imap:
            return None
        dialog = FoldersDialog(self.store_path, account, self, config_dir=self.config_dir)
        dialog.applied.connect(lambda said: self._folders_applied(account, said))
        self.folders_dialog = dialog
        dialog.open()
        return dialog

    def _folders_applied(self, account: Account, said: list[str]) -> None:
        if self.editing is not None and self.editing.id == account.id:
            self.feedback.setText("\n".join(said))
            self._show_folders()
        self.folders_changed.emit()

    def remove_account(self) -> None:
        """Ask, then remove the selected account and its password."""
        account = self.editing
        if account is None:
            return
        self.confirmation = confirm(
            self, self.tr("Remove account"),
            self.tr("Remove {account}? Its settings and its password (or sign-in) are deleted "
                    "from this computer. Mail already in your conversations stays."
                    ).format(account=account.label),
            self.tr("Remove account"), lambda: self._remove(account),
        )  # fmt: skip

    def _remove(self, account: Account) -> None:
        try:
            self.accounts.remove(account.id)
            secrets.delete_password(account.id)
        except Exception as error:
            show_error(self, self.tr("Cannot remove the account"), error)
            return
        self.changed.emit()
        self.refresh()
