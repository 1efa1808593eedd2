"""Signing in with OAuth2 (flow.sign_in), then sending with the tokens, on local servers."""

from __future__ import annotations

import json
import logging
import sqlite3
from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlparse

import pytest
import requests

from helpers.keyrings import MemoryKeyring, memory_keyring
from helpers.oauth_server import CLIENT_ID, AuthServer, OAuthSmtpServer
from helpers.smtp_server import CertificateAuthority, test_ca
from threadline.core.addresses import Address
from threadline.core.compose import Draft
from threadline.net.oauth import tokens
from threadline.net.oauth.flow import SignInError, sign_in
from threadline.net.oauth.providers import CONFIG_ENV, Provider, provider
from threadline.paths import Profile
from threadline.services.sending import flush, queue_draft
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.outbox import Outbox

__all__ = ["memory_keyring", "test_ca"]


@pytest.fixture
def auth() -> Iterator[AuthServer]:
    server = AuthServer()
    yield server
    server.stop()


@pytest.fixture
def smtp(test_ca: CertificateAuthority, auth: AuthServer) -> Iterator[OAuthSmtpServer]:
    with OAuthSmtpServer(test_ca, auth.state) as server:
        yield server


@pytest.fixture
def idp(
    auth: AuthServer, smtp: OAuthSmtpServer, profile: Profile, monkeypatch: pytest.MonkeyPatch,
    request: pytest.FixtureRequest,
) -> Provider:  # fmt: skip
    """A custom provider, configured the way a packager would (a JSON file)."""
    mechanism = getattr(request, "param", "XOAUTH2")
    config = profile.config_dir / "idp.json"
    config.write_text(json.dumps({"testidp": {
        "name": "Test IdP", "authorize_url": f"{auth.base}/authorize",
        "token_url": f"{auth.base}/token", "scopes": ["mail.send"], "smtp_host": "127.0.0.1",
        "smtp_port": smtp.port, "security": "starttls", "mechanism": mechanism,
        "client_id": CLIENT_ID,
    }}))  # fmt: skip
    monkeypatch.setenv(CONFIG_ENV, str(config))
    tokens._CACHE.clear()
    return provider("testidp")


def browser(url: str) -> None:
    """The user's browser: follows the provider's redirect back to the app."""
    requests.get(url, timeout=30).raise_for_status()


def oauth_account(conn: sqlite3.Connection, idp: Provider) -> Account:
    return AccountStore(conn).save(
        Account(id="oauth-acct", address="ann@example.org", smtp_host=idp.smtp_host,
                smtp_port=idp.smtp_port, security=idp.security, username="ann@example.org",
                auth_method="oauth2", oauth_provider=idp.key)
    )  # fmt: skip


def queue_one(conn: sqlite3.Connection, account: Account) -> int:
    draft = Draft(sender=account.sender, to=[Address("bob@example.net")], subject="Hi", body="x")
    return queue_draft(conn, account, draft).outbox_id


@pytest.mark.parametrize("idp", ["XOAUTH2", "OAUTHBEARER"], indirect=True)
def test_sign_in_then_send_with_the_access_token(
    idp: Provider, smtp: OAuthSmtpServer, profile: Profile, test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring, auth: AuthServer,
) -> None:  # fmt: skip
    signed = sign_in(idp, open_browser=browser, timeout=30)
    assert signed.refresh_token and signed.access_token
    conn = db.connect(profile.store_path)
    account = oauth_account(conn, idp)
    tokens.store_sign_in(account.id, signed)
    assert memory_keyring.secrets == {
        ("Threadline", "oauth-acct:oauth2-refresh"): signed.refresh_token
    }
    outbox_id = queue_one(conn, account)
    report = flush(conn, ssl_context=test_ca.client_context(), timeout=10)
    assert report.sent == [outbox_id]
    assert smtp.handler.attempts == [True]
    assert len(smtp.handler.received) == 1
    exchange = auth.state.token_requests[0]
    assert exchange["grant_type"] == "authorization_code" and "code_verifier" in exchange


def test_an_expired_access_token_is_refreshed_before_use_and_after_a_refusal(
    idp: Provider, smtp: OAuthSmtpServer, profile: Profile, test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring, auth: AuthServer,
) -> None:  # fmt: skip
    auth.state.access_lifetime = 30  # below the one-minute margin: refreshed before use
    conn = db.connect(profile.store_path)
    account = oauth_account(conn, idp)
    tokens.store_sign_in(account.id, sign_in(idp, open_browser=browser, timeout=30))
    queue_one(conn, account)
    assert flush(conn, ssl_context=test_ca.client_context(), timeout=10).exit_code == 0
    assert auth.state.refreshes == 1
    assert smtp.handler.attempts == [True]
    # the server forgets the token early: the first AUTH is refused, one refresh, success
    auth.state.access_lifetime = 3600
    tokens.store_sign_in(account.id, sign_in(idp, open_browser=browser, timeout=30))
    auth.state.expire_all_access_tokens()
    queue_one(conn, account)
    assert flush(conn, ssl_context=test_ca.client_context(), timeout=10).exit_code == 0
    assert smtp.handler.attempts[-2:] == [False, True]
    assert smtp.handler.error_answers == [b""], (smtp.handler.attempts, smtp.handler.error_answers)
    assert auth.state.refreshes == 2


def test_a_revoked_sign_in_asks_to_sign_in_again_and_the_mail_waits(
    idp: Provider, smtp: OAuthSmtpServer, profile: Profile, test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring, auth: AuthServer,
) -> None:  # fmt: skip
    conn = db.connect(profile.store_path)
    account = oauth_account(conn, idp)
    tokens.store_sign_in(account.id, sign_in(idp, open_browser=browser, timeout=30))
    auth.state.revoke_all()
    tokens._CACHE.clear()
    outbox_id = queue_one(conn, account)
    report = flush(conn, ssl_context=test_ca.client_context(), timeout=10)
    entry = Outbox(conn).get(outbox_id)
    assert report.exit_code == 1 and entry.state == "failed-permanent"
    assert "Sign in again" in entry.last_error and "waits in the outbox" in entry.last_error
    assert smtp.handler.received == []
    tokens.store_sign_in(account.id, sign_in(idp, open_browser=browser, timeout=30))
    Outbox(conn).retry_now(outbox_id)
    assert flush(conn, ssl_context=test_ca.client_context(), timeout=10).sent == [outbox_id]


def test_pkce_mismatch_is_refused(idp: Provider, memory_keyring: MemoryKeyring) -> None:
    def tampering_browser(url: str) -> None:
        parts = urlparse(url)
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        query["code_challenge"] = "A" * 43  # a code issued for someone else's verifier
        browser(parts._replace(query=urlencode(query)).geturl())

    with pytest.raises(SignInError, match="PKCE mismatch"):
        sign_in(idp, open_browser=tampering_browser, timeout=30)


def test_a_forged_state_is_ignored(idp: Provider, memory_keyring: MemoryKeyring) -> None:
    """A redirect with the wrong state is refused (400) and the app keeps waiting for the
    real one, so a stray or hostile request can neither fake an answer nor end the sign-in."""
    forged_status: list[int] = []

    def forging_browser(url: str) -> None:
        answer = requests.get(url, allow_redirects=False, timeout=30)
        target = urlparse(answer.headers["Location"])
        query = {k: v[0] for k, v in parse_qs(target.query).items()}
        forged = requests.get(
            target._replace(query=urlencode({**query, "state": "forged"})).geturl(), timeout=30
        )
        forged_status.append(forged.status_code)
        requests.get(target.geturl(), timeout=30).raise_for_status()

    signed = sign_in(idp, open_browser=forging_browser, timeout=30)
    assert forged_status == [400]
    assert signed.access_token and signed.refresh_token


def test_tokens_never_reach_files_or_logs(
    idp: Provider, smtp: OAuthSmtpServer, profile: Profile, test_ca: CertificateAuthority,
    memory_keyring: MemoryKeyring, auth: AuthServer, caplog: pytest.LogCaptureFixture,
) -> None:  # fmt: skip
    caplog.set_level(logging.DEBUG)
    conn = db.connect(profile.store_path)
    account = oauth_account(conn, idp)
    tokens.store_sign_in(account.id, sign_in(idp, open_browser=browser, timeout=30))
    queue_one(conn, account)
    flush(conn, ssl_context=test_ca.client_context(), timeout=10)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    secrets = [*auth.state.access, *auth.state.refresh]
    assert secrets
    for path in Path(profile.data_dir).parent.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert not any(s.encode() in content for s in secrets), path
    assert not any(s in caplog.text for s in secrets)
    tokens.sign_out(account.id)
    assert memory_keyring.secrets == {}
    assert not tokens.is_signed_in(account.id)


def test_presets_and_a_missing_client_id(profile: Profile, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv(CONFIG_ENV, raising=False)
    google = provider("google", profile.config_dir)
    assert (google.smtp_host, google.smtp_port, google.security) == ("smtp.gmail.com", 465, "tls")
    microsoft = provider("microsoft", profile.config_dir)
    assert microsoft.smtp_host == "smtp.office365.com" and "offline_access" in microsoft.scopes
    with pytest.raises(Exception, match="No OAuth client id is configured for Google"):
        sign_in(google, open_browser=browser, timeout=1)
    (profile.config_dir / "oauth.json").write_text('{"google": {"client_id": "abc.apps"}}')
    assert provider("google", profile.config_dir).client_id == "abc.apps"
