"""OAuth2 providers: the Google and Microsoft presets, and config files that add or change them."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from threadline.errors import InvalidInputError, NotFoundError
from threadline.net.oauth.providers import (
    CONFIG_ENV,
    PRESETS,
    Provider,
    config_files,
    load_providers,
    provider,
)


@pytest.fixture(autouse=True)
def no_environment_config(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONFIG_ENV, raising=False)


def write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_the_presets_name_the_real_endpoints_and_smtp_servers() -> None:
    google, microsoft = PRESETS["google"], PRESETS["microsoft"]
    assert google.authorize_url == "https://accounts.google.com/o/oauth2/v2/auth"
    assert google.token_url == "https://oauth2.googleapis.com/token"
    assert google.scopes == ("https://mail.google.com/",)
    assert (google.smtp_host, google.smtp_port, google.security) == ("smtp.gmail.com", 465, "tls")
    assert google.extra_authorize_params == {"access_type": "offline", "prompt": "consent"}
    assert microsoft.token_url == "https://login.microsoftonline.com/common/oauth2/v2.0/token"
    assert microsoft.scopes == (
        "https://outlook.office.com/SMTP.Send",
        "https://outlook.office.com/IMAP.AccessAsUser.All",
        "offline_access",
    )
    assert (microsoft.smtp_host, microsoft.smtp_port) == ("smtp.office365.com", 587)
    assert all(p.mechanism == "XOAUTH2" and p.client_id == "" for p in PRESETS.values())


def test_the_presets_name_their_imap_servers_too() -> None:
    """Google's https://mail.google.com/ scope covers IMAP; Microsoft's needs its own."""
    google, microsoft = PRESETS["google"], PRESETS["microsoft"]
    assert (google.imap_host, google.imap_port, google.imap_security) == (
        "imap.gmail.com", 993, "tls",
    )  # fmt: skip
    assert (microsoft.imap_host, microsoft.imap_port, microsoft.imap_security) == (
        "outlook.office365.com", 993, "tls",
    )  # fmt: skip


def test_a_custom_provider_may_name_an_imap_server(tmp_path: Path) -> None:
    endpoints = {"authorize_url": "https://a.example", "token_url": "https://t.example",
                 "smtp_host": "smtp.corp.example"}  # fmt: skip
    write(tmp_path / "oauth.json", {
        "corp": {**endpoints, "imap_host": "imap.corp.example", "imap_port": "1993"},
        "plain": endpoints,
        "google": {"imap_port": 10993},
    })  # fmt: skip
    corp = provider("corp", tmp_path)
    assert (corp.imap_host, corp.imap_port, corp.imap_security) == (
        "imap.corp.example",
        1993,
        "tls",
    )
    assert provider("plain", tmp_path).imap_host == ""  # sending only
    assert provider("google", tmp_path).imap_port == 10993
    assert provider("google", tmp_path).imap_host == "imap.gmail.com"
    write(tmp_path / "oauth.json", {
        "corp": {**endpoints, "security": "tls", "imap_host": "i.corp.example",
                 "imap_security": "starttls"},
        "google": {"imap_security": "starttls"},
    })  # fmt: skip
    corp = provider("corp", tmp_path)  # no ports given: each follows its security
    assert (corp.smtp_port, corp.imap_port) == (465, 143)
    assert provider("google", tmp_path).imap_port == 143
    write(tmp_path / "oauth.json", {"corp": {**endpoints, "imap_port": "nine"}})
    with pytest.raises(InvalidInputError, match="'corp' has imap_port 'nine': not a number"):
        load_providers(tmp_path)


def test_without_a_client_id_the_error_says_where_to_put_one() -> None:
    with pytest.raises(InvalidInputError, match="No OAuth client id is configured for Google"):
        PRESETS["google"].require_client()
    configured = Provider("x", "X", "https://a", "https://t", (), "smtp.x", 587, client_id="c")
    assert configured.require_client() is configured


def test_the_user_file_then_the_environment_file_change_the_presets(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "oauth.json", {"google": {"client_id": "from-user", "client_secret": "s"}})
    env_file = write(tmp_path / "env.json", {"google": {"client_id": "from-env"}})
    assert config_files(tmp_path)[-1] == tmp_path / "oauth.json"
    assert provider("google", tmp_path).client_id == "from-user"
    monkeypatch.setenv(CONFIG_ENV, str(env_file))
    assert config_files(tmp_path)[-2:] == [tmp_path / "oauth.json", env_file]
    google = provider("google", tmp_path)
    assert (google.client_id, google.client_secret) == ("from-env", "s")  # later files win
    assert google.smtp_host == "smtp.gmail.com"  # what no file changed stays
    assert PRESETS["google"].client_id == ""  # the presets themselves are untouched


def test_a_custom_provider_needs_its_endpoints_and_gets_defaults(tmp_path: Path) -> None:
    write(tmp_path / "oauth.json", {"corp": {
        "name": "Corp SSO", "authorize_url": "https://sso.corp.example/a",
        "token_url": "https://sso.corp.example/t", "scopes": ["mail.send", "offline"],
        "smtp_host": "smtp.corp.example", "mechanism": "OAUTHBEARER", "client_id": "tl",
    }})  # fmt: skip
    corp = provider("corp", tmp_path)
    assert corp == Provider(
        key="corp", name="Corp SSO", authorize_url="https://sso.corp.example/a",
        token_url="https://sso.corp.example/t", scopes=("mail.send", "offline"),
        smtp_host="smtp.corp.example", smtp_port=587, security="starttls",
        mechanism="OAUTHBEARER", client_id="tl",
    )  # fmt: skip
    assert set(load_providers(tmp_path)) == {"google", "microsoft", "corp"}


def test_a_custom_provider_missing_endpoints_is_named(tmp_path: Path) -> None:
    write(tmp_path / "oauth.json", {"half": {"authorize_url": "https://a.example"}})
    with pytest.raises(InvalidInputError, match="'half' needs smtp_host, token_url"):
        load_providers(tmp_path)


def test_an_unreadable_file_is_named(tmp_path: Path) -> None:
    (tmp_path / "oauth.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(
        InvalidInputError, match=r"Cannot read the OAuth configuration .*oauth\.json"
    ):
        load_providers(tmp_path)


def test_an_unknown_provider_lists_the_known_ones(tmp_path: Path) -> None:
    with pytest.raises(
        NotFoundError, match=r"no OAuth provider 'yahoo'\. Known: google, microsoft\."
    ):
        provider("yahoo", tmp_path)
    assert provider("google", None).key == "google"  # no config folder: presets only
