"""The OAuth2 part of the accounts dialog: sign in with the browser, see who, sign out."""

from __future__ import annotations

import webbrowser
from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from threadline.net.oauth.flow import sign_in
from threadline.net.oauth.providers import Provider
from threadline.net.oauth.tokens import is_signed_in, sign_out, store_sign_in
from threadline.ui.plain import plain_label
from threadline.ui.worker import Progress, run_in_background


class OAuthSection(QWidget):
    """ "Signed in as …", with Sign in (system browser) and Sign out."""

    signed_in = Signal(str)  # the address
    signed_out = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.provider: Provider | None = None
        self.account_id = ""
        self.address = ""
        self.shown = 0  # counts show_for calls: an older account's check is not shown
        #: Opens the provider's page; tests replace it with a scripted browser.
        self.open_browser: Callable[[str], object] = webbrowser.open
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.status = plain_label(self.tr("Not signed in"))  # provider and error text: never markup
        self.status.setAccessibleName(self.tr("OAuth sign-in status"))
        self.status.setWordWrap(True)  # a keyring error is a long sentence: not a wide dialog
        self.sign_in_button = QPushButton(self.tr("Sign in…"))
        self.sign_in_button.clicked.connect(self.start_sign_in)
        self.sign_out_button = QPushButton(self.tr("Sign out"))
        self.sign_out_button.clicked.connect(self.sign_out)
        layout.addWidget(self.status, 1)
        layout.addWidget(self.sign_in_button)
        layout.addWidget(self.sign_out_button)

    def show_for(self, provider: Provider, account_id: str, address: str) -> None:
        """Point the section at an account and look up whether it is signed in."""
        self.provider, self.account_id, self.address = provider, account_id, address
        self.shown += 1
        shown = self.shown
        self.status.setText(
            self.tr("Checking the sign-in with {provider}…").format(provider=provider.name)
        )

        def done(signed: bool) -> None:
            if shown == self.shown:
                self._show(signed)

        def failed(error: Exception) -> None:
            if shown == self.shown:
                self._failed(error)

        run_in_background(lambda _p: is_signed_in(account_id), done, failed, owner=self)

    def _show(self, signed: bool) -> None:
        name = self.provider.name if self.provider else self.tr("the provider")
        self.status.setText(
            self.tr("Signed in as {address}").format(address=self.address)
            if signed
            else self.tr("Not signed in to {provider}").format(provider=name)
        )
        self.sign_out_button.setEnabled(signed)

    def _failed(self, error: Exception) -> None:
        self.sign_in_button.setEnabled(True)
        self.status.setText(f"✘ {error}")

    def start_sign_in(self) -> None:
        """Open the browser and wait for the redirect, off the GUI thread."""
        if self.provider is None:
            return
        provider, account_id, address = self.provider, self.account_id, self.address
        opener = self.open_browser
        self.sign_in_button.setEnabled(False)
        self.status.setText(
            self.tr("Finish signing in to {provider} in your browser…").format(
                provider=provider.name
            )
        )

        def work(_progress: Progress) -> str:
            tokens = sign_in(provider.require_client(), open_browser=opener, login_hint=address)
            store_sign_in(account_id, tokens)
            return address

        def done(who: str) -> None:
            self.sign_in_button.setEnabled(True)
            if self.account_id == account_id:  # still showing the account that signed in
                self._show(True)
            self.signed_in.emit(who)

        run_in_background(work, done, self._failed, owner=self)

    def sign_out(self) -> None:
        """Delete the account's tokens from the keyring."""
        account_id = self.account_id

        def done(_result: object) -> None:
            if self.account_id == account_id:
                self._show(False)
            self.signed_out.emit()

        run_in_background(lambda _p: sign_out(account_id), done, self._failed, owner=self)
