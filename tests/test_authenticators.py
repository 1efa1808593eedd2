"""The profile is handed down: OAuth2 providers come from the profile's own config folder."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers.keyrings import MemoryKeyring, memory_keyring
from threadline.errors import NotFoundError
from threadline.mailer import Mailer
from threadline.net.oauth.providers import CONFIG_ENV
from threadline.net.smtp.oauth_auth import OAuth2Authenticator
from threadline.net.smtp.transport import PasswordAuthenticator
from threadline.paths import PROFILE_ENV, Profile
from threadline.services.sending import authenticator_factory
from threadline.store import db
from threadline.store.accounts import Account, AccountStore

__all__ = ["memory_keyring"]

CORP = Account(
    id="corp", address="ann@corp.example", smtp_host="smtp.corp.example", smtp_port=587,
    username="ann", auth_method="oauth2", oauth_provider="corp",
)  # fmt: skip


@pytest.fixture
def own_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Profile:
    """A profile whose oauth.json names a provider, while the default profile is elsewhere."""
    monkeypatch.delenv(CONFIG_ENV, raising=False)
    monkeypatch.setenv(PROFILE_ENV, str(tmp_path / "default-profile"))
    profile = Profile.at(tmp_path / "own").ensure()
    (profile.config_dir / "oauth.json").write_text(json.dumps({"corp": {
        "name": "Corp SSO", "authorize_url": "https://sso.corp.example/a",
        "token_url": "https://sso.corp.example/t", "smtp_host": "smtp.corp.example",
        "client_id": "threadline",
    }}))  # fmt: skip
    return profile


def test_the_factory_reads_the_providers_of_the_profile_it_is_given(own_profile: Profile) -> None:
    assert isinstance(authenticator_factory(own_profile.config_dir)(CORP), OAuth2Authenticator)
    with pytest.raises(NotFoundError, match="no OAuth provider 'corp'"):
        authenticator_factory(None)(CORP)
    password = Account(id="p", address="p@x.org", smtp_host="h.example", smtp_port=587,
                       username="p")  # fmt: skip
    assert isinstance(authenticator_factory(None)(password), PasswordAuthenticator)


def test_the_mailer_and_the_accounts_dialog_use_the_profile_they_are_given(
    own_profile: Profile, qtbot: QtBot, memory_keyring: MemoryKeyring
) -> None:
    conn = db.connect(own_profile.store_path)
    AccountStore(conn).save(CORP)
    conn.close()
    with Mailer.open(own_profile) as mailer:
        assert isinstance(mailer.runner.authenticator_for(CORP), OAuth2Authenticator)
    from threadline.ui import worker
    from threadline.ui.accounts_dialog import AccountsDialog

    dialog = AccountsDialog(own_profile)
    qtbot.addWidget(dialog)
    labels = [dialog.method.itemText(i) for i in range(dialog.method.count())]
    assert "Sign in with Corp SSO (OAuth2)" in labels
    assert dialog.method.currentText() == "Sign in with Corp SSO (OAuth2)"
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=10_000)  # its sign-in check
