"""XOAUTH2 and OAUTHBEARER over IMAP, for real: Dovecot's oauth2 passdb asks the local
authorization server (RFC 7662 introspection) about each token Threadline presents."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from helpers.dovecot import Dovecot
from helpers.keyrings import MemoryKeyring, memory_keyring
from helpers.oauth_server import CLIENT_ID, AuthServer, AuthState
from threadline.net.errors import SignInRequiredError
from threadline.net.imap.auth import ImapOAuth2Login
from threadline.net.imap.session import ImapSession
from threadline.net.imap.settings import ImapSettings
from threadline.net.oauth import tokens
from threadline.net.oauth.flow import Tokens
from threadline.net.oauth.providers import Provider
from threadline.net.oauth.tokens import TokenSource, store_sign_in

__all__ = ["memory_keyring"]


@pytest.fixture
def auth(memory_keyring: MemoryKeyring) -> Iterator[AuthServer]:
    """The authorization server with account ``acct1`` signed in (token valid an hour)."""
    server = AuthServer()
    server.state = AuthState()
    tokens._CACHE.clear()
    server.state.refresh.add("refresh-1")
    server.state.access["access-1"] = time.time() + 3600
    store_sign_in("acct1", Tokens("access-1", "refresh-1", time.time() + 3600))
    yield server
    tokens._CACHE.clear()
    server.stop()


@pytest.fixture
def dovecot(auth: AuthServer) -> Iterator[Dovecot]:
    server = Dovecot(tls=True)
    server.extra_config = (
        "auth_mechanisms = plain login xoauth2 oauthbearer\n"
        "passdb {\n  driver = oauth2\n  mechanisms = xoauth2 oauthbearer\n"
        f"  args = {server.root}/oauth2.conf.ext\n}}\n"
    )
    with server:
        (server.root / "oauth2.conf.ext").write_text(
            f"introspection_mode = post\nintrospection_url = {auth.base}/introspect\n"
            "force_introspection = yes\nusername_attribute = username\n"
            "active_attribute = active\nactive_value = true\n"
        )
        yield server.ready()


def session(dovecot: Dovecot, auth: AuthServer, mechanism: str) -> ImapSession:
    idp = Provider(key="testidp", name="Test IdP", authorize_url=f"{auth.base}/authorize",
                   token_url=f"{auth.base}/token", scopes=(), smtp_host="127.0.0.1",
                   smtp_port=587, client_id=CLIENT_ID)  # fmt: skip
    login = ImapOAuth2Login(
        TokenSource("acct1", idp, "tester@example.test"), "tester", mechanism,
        host="127.0.0.1", port=dovecot.tls_port,
    )  # fmt: skip
    return ImapSession(
        ImapSettings("127.0.0.1", dovecot.tls_port, "tls", "oauth2"),
        authenticator=login,
        ssl_context=dovecot.ssl_context(),
    )


@pytest.mark.parametrize("mechanism", ["XOAUTH2", "OAUTHBEARER"])
def test_the_access_token_logs_in_to_imap(
    dovecot: Dovecot, auth: AuthServer, mechanism: str
) -> None:
    with session(dovecot, auth, mechanism) as opened:
        assert opened.select("INBOX").uidvalidity > 0
    assert auth.state.introspections >= 1
    assert auth.state.refreshes == 0  # the token in memory was still good


def test_an_expired_token_is_refreshed_once_and_tried_again(
    dovecot: Dovecot, auth: AuthServer
) -> None:
    auth.state.expire_all_access_tokens()  # Dovecot now says no to access-1
    with session(dovecot, auth, "XOAUTH2") as opened:
        opened.select("INBOX")
    assert auth.state.refreshes == 1


def test_a_revoked_sign_in_asks_the_user_to_sign_in_again(
    dovecot: Dovecot, auth: AuthServer
) -> None:
    auth.state.revoke_all()
    with pytest.raises(SignInRequiredError, match="Sign in again"):
        session(dovecot, auth, "XOAUTH2").open()
