"""The OAuth2 section of the accounts dialog: sign in with the browser, see who, sign out."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
import requests
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from helpers.keyrings import MemoryKeyring
from helpers.oauth_server import CLIENT_ID, AuthServer
from threadline.net.oauth import tokens
from threadline.net.oauth.providers import CONFIG_ENV, PRESETS
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.ui.accounts_dialog import AccountsDialog
from threadline.ui.oauth_section import OAuthSection


def test_sign_in_with_a_provider_preset_then_sign_out(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch, profile: Profile,
) -> None:  # fmt: skip
    auth = AuthServer()
    try:
        config = tmp_path / "oauth.json"
        config.write_text(json.dumps({"google": {
            "client_id": CLIENT_ID, "authorize_url": f"{auth.base}/authorize",
            "token_url": f"{auth.base}/token",
        }}))  # fmt: skip
        monkeypatch.setenv(CONFIG_ENV, str(config))
        dialog = AccountsDialog(profile)
        qtbot.addWidget(dialog)
        dialog.show()
        labels = [dialog.method.itemText(i) for i in range(dialog.method.count())]
        assert "Sign in with Google (OAuth2)" in labels
        assert "Sign in with Microsoft 365 / Outlook.com (OAuth2)" in labels
        dialog.address.setText("ann@gmail.example")
        dialog.method.setCurrentIndex(labels.index("Sign in with Google (OAuth2)"))
        assert (dialog.host.text(), dialog.port.value()) == ("smtp.gmail.com", 465)
        assert dialog.oauth.isVisible() and not dialog.password.isVisible()
        dialog.oauth.open_browser = lambda url: requests.get(url, timeout=30)
        with qtbot.waitSignal(dialog.oauth.signed_in, timeout=30_000):
            dialog.oauth.sign_in_button.click()
        assert dialog.oauth.status.text() == "Signed in as ann@gmail.example"
        with qtbot.waitSignal(dialog.changed, timeout=10_000):
            dialog.save()
        [account] = AccountStore(db.connect(profile.store_path)).all()
        assert (account.auth_method, account.oauth_provider) == ("oauth2", "google")
        assert tokens.is_signed_in(account.id)
        with qtbot.waitSignal(dialog.oauth.signed_out, timeout=10_000):
            dialog.oauth.sign_out_button.click()
        assert not tokens.is_signed_in(account.id)
        assert memory_keyring.secrets == {}
        assert dialog.oauth.status.text() == "Not signed in to Google"
    finally:
        auth.stop()


def test_a_sign_in_that_cannot_start_says_why_in_plain_text(
    qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    section = OAuthSection()
    qtbot.addWidget(section)
    opened: list[str] = []
    section.open_browser = opened.append
    section.start_sign_in()  # no provider yet: nothing happens
    assert section.sign_in_button.isEnabled() and opened == []
    no_client = replace(PRESETS["google"], name="<b>Google</b>")
    section.show_for(no_client, "acct1", "ann@gmail.example")
    qtbot.waitUntil(lambda: section.status.text() == "Not signed in to <b>Google</b>")
    assert section.status.textFormat() == Qt.TextFormat.PlainText
    assert not section.sign_out_button.isEnabled()
    section.sign_in_button.click()
    assert not section.sign_in_button.isEnabled()
    qtbot.waitUntil(lambda: section.status.text().startswith("✘ "), timeout=10_000)
    assert "No OAuth client id is configured for <b>Google</b>" in section.status.text()
    assert section.sign_in_button.isEnabled() and opened == []
