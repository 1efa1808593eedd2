"""SMTP AUTH with an OAuth2 access token, against a real STARTTLS server that checks it."""

from __future__ import annotations

import smtplib
import time
from collections.abc import Iterator

import pytest

from helpers.keyrings import MemoryKeyring
from helpers.oauth_server import CLIENT_ID, AuthServer, AuthState, OAuthSmtpServer
from helpers.smtp_server import CertificateAuthority, SmtpServer
from threadline.net.oauth import tokens
from threadline.net.oauth.flow import Tokens
from threadline.net.oauth.providers import Provider
from threadline.net.oauth.tokens import TokenSource, store_sign_in
from threadline.net.smtp.errors import InsecureAuthRefused
from threadline.net.smtp.oauth_auth import OAuth2Authenticator


@pytest.fixture(scope="module")
def server() -> Iterator[AuthServer]:
    running = AuthServer()
    yield running
    running.stop()


@pytest.fixture
def auth(server: AuthServer, memory_keyring: MemoryKeyring) -> Iterator[AuthServer]:
    """The authorization server with account ``acct1`` signed in (token valid an hour)."""
    server.state = AuthState()
    tokens._CACHE.clear()
    server.state.refresh.add("refresh-1")
    server.state.access["access-1"] = time.time() + 3600
    store_sign_in("acct1", Tokens("access-1", "refresh-1", time.time() + 3600))
    yield server
    tokens._CACHE.clear()


@pytest.fixture
def smtp(test_ca: CertificateAuthority, auth: AuthServer) -> Iterator[OAuthSmtpServer]:
    with OAuthSmtpServer(test_ca, auth.state) as running:
        yield running


def authenticator(auth: AuthServer, mechanism: str) -> OAuth2Authenticator:
    idp = Provider(key="testidp", name="Test IdP", authorize_url=f"{auth.base}/authorize",
                   token_url=f"{auth.base}/token", scopes=(), smtp_host="127.0.0.1",
                   smtp_port=587, client_id=CLIENT_ID)  # fmt: skip
    return OAuth2Authenticator(TokenSource("acct1", idp, "Ann"), "ann@example.org", mechanism)


def connected(port: int, test_ca: CertificateAuthority) -> smtplib.SMTP:
    smtp = smtplib.SMTP("127.0.0.1", port, local_hostname="client.example", timeout=10)
    smtp.starttls(context=test_ca.client_context())
    smtp.ehlo()
    return smtp


@pytest.mark.parametrize("mechanism", ["XOAUTH2", "OAUTHBEARER"])
def test_the_access_token_logs_in(
    auth: AuthServer, smtp: OAuthSmtpServer, test_ca: CertificateAuthority, mechanism: str
) -> None:
    with connected(smtp.port, test_ca) as session:
        authenticator(auth, mechanism).authenticate(session)
        assert session.noop()[0] == 250
    assert smtp.handler.attempts == [True]
    assert auth.state.token_requests == []  # the token in memory was still good


def test_a_refused_token_is_answered_then_refreshed_once_and_tried_again(
    auth: AuthServer, smtp: OAuthSmtpServer, test_ca: CertificateAuthority
) -> None:
    auth.state.expire_all_access_tokens()  # the server no longer takes it; we do not know
    with connected(smtp.port, test_ca) as session:
        authenticator(auth, "XOAUTH2").authenticate(session)
    assert smtp.handler.attempts == [False, True]
    assert smtp.handler.error_answers == [b""]  # the empty line XOAUTH2 wants after the 334
    assert auth.state.refreshes == 1


def test_a_token_is_never_sent_over_an_unencrypted_connection(
    auth: AuthServer, test_ca: CertificateAuthority
) -> None:
    with (
        SmtpServer("plain", test_ca) as plain,
        smtplib.SMTP("127.0.0.1", plain.port, local_hostname="c.example", timeout=10) as session,
    ):
        session.ehlo()
        with pytest.raises(InsecureAuthRefused, match="only sent over an encrypted connection"):
            authenticator(auth, "XOAUTH2").authenticate(session)
    assert auth.state.token_requests == []
