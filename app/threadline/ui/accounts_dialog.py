"""Sending accounts: SMTP settings, the password straight into the keyring, a live test."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from threadline.net import secrets
from threadline.net.oauth.providers import Provider, load_providers
from threadline.net.smtp.transport import SmtpSession
from threadline.paths import Profile
from threadline.services.sending import authenticator_factory, smtp_settings
from threadline.store import db
from threadline.store.accounts import Account, AccountStore, new_account_id
from threadline.ui.confirm import confirm
from threadline.ui.errors import show_error
from threadline.ui.oauth_section import OAuthSection
from threadline.ui.plain import plain_label
from threadline.ui.worker import Progress, run_in_background

SECURITY_LABELS = {
    "starttls": "STARTTLS (port 587)",
    "tls": "TLS (port 465)",
    "none": "None (only for a server on this computer)",
}
DEFAULT_PORTS = {"tls": 465, "starttls": 587, "none": 25}
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
}


def _method_key(account: Account) -> str:
    """The Sign-in box's item data for how ``account`` authenticates."""
    if account.auth_method == "oauth2":
        return f"oauth2:{account.oauth_provider or ''}"
    return account.auth_method


class AccountsDialog(QDialog):
    """Add, edit, test and remove sending accounts."""

    changed = Signal()

    def __init__(self, profile: Profile, parent: QDialog | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Sending accounts")
        self.store_path: Path = profile.store_path
        self.config_dir: Path = profile.config_dir  # OAuth providers of this profile
        self.accounts = AccountStore(db.connect(self.store_path))
        self.editing: Account | None = None
        self.pending_id = new_account_id()
        self.loaded: dict[str, object] = {}  # the form as it showed ``editing``
        layout = QHBoxLayout(self)

        left = QVBoxLayout()
        self.list = QListWidget()
        self.list.setAccessibleName("Accounts")
        self.list.currentRowChanged.connect(self._select)
        left.addWidget(self.list)
        add = QPushButton("Add account")
        add.clicked.connect(self.new_account)
        self.remove_button = QPushButton("Remove")
        self.remove_button.clicked.connect(self.remove_account)
        left.addWidget(add)
        left.addWidget(self.remove_button)
        layout.addLayout(left, 1)

        right = QVBoxLayout()
        form = QFormLayout()
        self.name = QLineEdit()
        self.address = QLineEdit()
        self.aliases = QLineEdit()
        self.aliases.setPlaceholderText("other addresses of this mailbox, comma-separated")
        self.aliases.setToolTip(
            "Replies to mail sent to one of these go from it, through this account's server."
        )
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.security = QComboBox()
        for key, label in SECURITY_LABELS.items():
            self.security.addItem(label, key)
        self.security_shown = str(self.security.currentData())  # for the port rule
        self.security.currentIndexChanged.connect(self._security_changed)
        self.method = QComboBox()
        self.method.addItem("Password", "password")
        self.method.addItem("No sign-in", "none")
        for key, known in load_providers(self.config_dir).items():
            self.method.addItem(f"Sign in with {known.name} (OAuth2)", f"oauth2:{key}")
        self.known_methods = self.method.count()  # beyond: a provider not set up here
        self.method.currentIndexChanged.connect(self._method_changed)
        self.oauth = OAuthSection()
        self.oauth.hide()
        self.username = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText("kept in the system keyring only")
        for label, widget in (
            ("Your name", self.name),
            ("Address", self.address),
            ("Also sends as", self.aliases),
            ("Sign-in", self.method),
            ("SMTP server", self.host),
            ("Port", self.port),
            ("Security", self.security),
            ("User name", self.username),
            ("Password", self.password),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        form.addRow("", self.oauth)
        self.form = form
        right.addLayout(form)
        self.feedback = plain_label()  # what the server said: never markup
        self.feedback.setAccessibleName("Connection test result")
        self.feedback.setWordWrap(True)
        right.addWidget(self.feedback)
        buttons = QHBoxLayout()
        self.test_button = QPushButton("Test connection")
        self.test_button.clicked.connect(self.test_connection)
        self.save_button = QPushButton("Save")
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.test_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        right.addLayout(buttons)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        right.addWidget(close)
        layout.addLayout(right, 2)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        """Reload the list; select the first account or start a new one."""
        self.list.clear()
        for account in self.accounts.all():
            self.list.addItem(account.label)
        if self.list.count():
            self.list.setCurrentRow(0)
        else:
            self.new_account()

    def _select(self, row: int) -> None:
        accounts = self.accounts.all()
        if 0 <= row < len(accounts):
            self._load(accounts[row])

    def _load(self, account: Account) -> None:
        """Show ``account`` exactly as stored; no handler fills in or resets anything."""
        self.editing = account
        self.name.setText(account.display_name)
        self.address.setText(account.address)
        self.aliases.setText(", ".join(account.aliases))
        self.host.setText(account.smtp_host)
        self._set_security(account.security)
        self.port.setValue(account.smtp_port)
        self.username.setText(account.username)
        self.password.clear()
        self._set_method(_method_key(account))
        self._show_method()
        self.feedback.setText("")
        self.loaded = self._form_state()

    def new_account(self) -> None:
        """Clear the form for a new account."""
        self.editing = None
        self.pending_id = new_account_id()
        self.list.blockSignals(True)
        self.list.setCurrentRow(-1)  # so choosing the row that was current loads it again
        self.list.blockSignals(False)
        self._set_method("password")
        for field in (self.name, self.address, self.aliases, self.host, self.username,
                      self.password):  # fmt: skip
            field.clear()
        self._set_security("starttls")
        self.port.setValue(DEFAULT_PORTS["starttls"])
        self._show_method()
        self.loaded = self._form_state()
        self.feedback.setText("Enter your provider's SMTP settings.")
        self.address.setFocus()

    def _set_security(self, key: str) -> None:
        self.security.blockSignals(True)
        self.security.setCurrentIndex(self.security.findData(key))
        self.security.blockSignals(False)
        self.security_shown = key

    def _set_method(self, key: str) -> None:
        """Choose a Sign-in item without its handler; one not set up here gets an item."""
        self.method.blockSignals(True)
        while self.method.count() > self.known_methods:
            self.method.removeItem(self.method.count() - 1)
        index = self.method.findData(key)
        if index < 0:
            name = key.partition(":")[2] or "an unnamed provider"
            self.method.addItem(f"Sign in with {name} (OAuth2, not set up here)", key)
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
        }

    def _provider(self) -> Provider | None:
        method, key = self._method()
        if method != "oauth2" or key is None:
            return None
        return load_providers(self.config_dir).get(key)

    def _method_changed(self, _index: int) -> None:
        """The user chose another sign-in: a provider brings its server settings."""
        chosen = self._provider()
        if chosen is not None:
            self.host.setText(chosen.smtp_host)
            self._set_security(chosen.security)
            self.port.setValue(chosen.smtp_port)
        self._show_method()

    def _show_method(self) -> None:
        method, _ = self._method()
        chosen = self._provider()
        self.form.setRowVisible(self.password, method == "password")
        self.form.setRowVisible(self.username, method != "none")
        self.oauth.setVisible(chosen is not None)
        if chosen is not None:
            account_id = self.editing.id if self.editing else self.pending_id
            self.oauth.show_for(chosen, account_id, self.address.text().strip())

    def _security_changed(self, _index: int) -> None:
        """The user chose another security: the port follows only from the old default."""
        security = str(self.security.currentData())
        if self.port.value() == DEFAULT_PORTS[self.security_shown]:
            self.port.setValue(DEFAULT_PORTS[security])
        self.security_shown = security

    def form_account(self) -> Account:
        """The account the form describes (validated)."""
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
        return account.validated()

    def save(self) -> None:
        """Store the account; the password goes to the keyring (in the background)."""
        try:
            account = self.form_account()
        except Exception as error:
            show_error(self, "Cannot save the account", error)
            return
        state = self._form_state()
        password = self.password.text()
        self.password.clear()

        def work(_progress: Progress) -> Account:
            if password:
                secrets.set_password(account.id, password)
            return account

        def saved(stored: Account) -> None:
            self.accounts.save(stored)
            showing = self.editing.id if self.editing else self.pending_id
            if showing == stored.id:  # not when the user went on to another account
                self.editing, self.loaded = stored, state
                self.feedback.setText(f"Saved {stored.label}.")
            ids = [a.id for a in self.accounts.all()]
            self.list.blockSignals(True)
            self.list.clear()
            for item in self.accounts.all():
                self.list.addItem(item.label)
            self.list.setCurrentRow(ids.index(showing) if showing in ids else -1)
            self.list.blockSignals(False)
            self.changed.emit()

        def failed(error: Exception) -> None:
            show_error(self, "Cannot store the password", error)

        run_in_background(work, saved, failed)

    def test_connection(self) -> None:
        """Connect, secure and log in, off the GUI thread; show what the server said."""
        try:
            account = self.form_account()
        except Exception as error:
            show_error(self, "Cannot test", error)
            return
        typed = self.password.text()
        self.feedback.setText(f"Connecting to {account.smtp_host}:{account.smtp_port}…")
        self.test_button.setEnabled(False)

        authenticator_for = authenticator_factory(self.config_dir)

        def work(_progress: Progress) -> str:
            authenticator = authenticator_for(account)
            if typed and account.auth_method == "password":
                from threadline.net.smtp.transport import PasswordAuthenticator

                authenticator = PasswordAuthenticator(account.username, lambda: typed)
            with SmtpSession(
                smtp_settings(account), authenticator=authenticator, timeout=20
            ) as session:
                return session.greeting

        def done(greeting: str) -> None:
            self.test_button.setEnabled(True)
            self.feedback.setText(f"✔ Connected and logged in. The server said: {greeting}")

        def failed(error: Exception) -> None:
            self.test_button.setEnabled(True)
            self.feedback.setText(f"✘ {error}")

        run_in_background(work, done, failed)

    def remove_account(self) -> None:
        """Ask, then remove the selected account and its password."""
        account = self.editing
        if account is None:
            return
        self.confirmation = confirm(
            self, "Remove account",
            f"Remove {account.label}? Its settings and its password (or sign-in) are deleted "
            "from this computer. Mail already in your conversations stays.",
            "Remove account", lambda: self._remove(account),
        )  # fmt: skip

    def _remove(self, account: Account) -> None:
        try:
            self.accounts.remove(account.id)
            secrets.delete_password(account.id)
        except Exception as error:
            show_error(self, "Cannot remove the account", error)
            return
        self.changed.emit()
        self.refresh()
