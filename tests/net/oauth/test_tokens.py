"""Tokens: the refresh token in the keyring only, access tokens in memory, refreshed in time.

Against the real authorization server of helpers.oauth_server on 127.0.0.1.
"""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest

from helpers.keyrings import MemoryKeyring
from helpers.oauth_server import CLIENT_ID, AuthServer, AuthState
from threadline.net.errors import SignInRequiredError
from threadline.net.oauth import tokens
from threadline.net.oauth.flow import Tokens
from threadline.net.oauth.providers import Provider
from threadline.net.oauth.tokens import (
    EXPIRY_MARGIN,
    TokenSource,
    is_signed_in,
    sign_out,
    store_sign_in,
)


@pytest.fixture(scope="module")
def server() -> Iterator[AuthServer]:
    running = AuthServer()
    yield running
    running.stop()


@pytest.fixture
def auth(server: AuthServer) -> Iterator[AuthServer]:
    """The module's server, knowing nothing yet; no access token in memory either."""
    server.state = AuthState()
    tokens._CACHE.clear()
    yield server
    tokens._CACHE.clear()


@pytest.fixture
def source(auth: AuthServer, memory_keyring: MemoryKeyring) -> TokenSource:
    idp = Provider(key="testidp", name="Test IdP", authorize_url=f"{auth.base}/authorize",
                   token_url=f"{auth.base}/token", scopes=(), smtp_host="127.0.0.1",
                   smtp_port=587, client_id=CLIENT_ID)  # fmt: skip
    return TokenSource("acct1", idp, "Ann <ann@example.org>")


def signed_in(auth: AuthServer, expires_in: float) -> None:
    auth.state.refresh.add("refresh-1")
    auth.state.access["access-1"] = time.time() + expires_in
    store_sign_in("acct1", Tokens("access-1", "refresh-1", time.time() + expires_in))


def test_a_sign_in_keeps_the_refresh_token_in_the_keyring_and_the_access_token_in_memory(
    auth: AuthServer, source: TokenSource, memory_keyring: MemoryKeyring
) -> None:
    assert not is_signed_in("acct1")
    signed_in(auth, expires_in=3600)
    assert memory_keyring.secrets == {("Threadline", "acct1:oauth2-refresh"): "refresh-1"}
    assert is_signed_in("acct1")
    assert source.access_token() == "access-1"
    assert auth.state.token_requests == []  # still valid: the server was not asked


def test_a_token_expiring_within_the_margin_is_refreshed_first(
    auth: AuthServer, source: TokenSource, memory_keyring: MemoryKeyring
) -> None:
    signed_in(auth, expires_in=EXPIRY_MARGIN / 2)
    fresh = source.access_token()
    assert fresh != "access-1" and auth.state.valid(fresh)
    [request] = auth.state.token_requests
    assert (request["grant_type"], request["refresh_token"]) == ("refresh_token", "refresh-1")
    assert source.access_token() == fresh  # kept for the next message
    assert memory_keyring.secrets[("Threadline", "acct1:oauth2-refresh")] == "refresh-1"


def test_a_refused_token_is_refreshed_on_request(auth: AuthServer, source: TokenSource) -> None:
    signed_in(auth, expires_in=3600)
    fresh = source.access_token(force_refresh=True)
    assert fresh != "access-1" and auth.state.refreshes == 1


def test_without_a_sign_in_the_user_is_asked_to_sign_in(source: TokenSource) -> None:
    with pytest.raises(SignInRequiredError) as raised:
        source.access_token()
    assert str(raised.value) == (
        "Ann <ann@example.org> is not signed in to Test IdP. Sign in from the account "
        "settings; the message waits in the outbox."
    )


def test_a_revoked_sign_in_asks_to_sign_in_again_with_the_providers_reason(
    auth: AuthServer, source: TokenSource
) -> None:
    signed_in(auth, expires_in=0)
    auth.state.revoke_all()
    with pytest.raises(SignInRequiredError, match=r"Test IdP no longer accepts the sign-in of "
                       r"Ann <ann@example.org> \(revoked\)\. Sign in again"):  # fmt: skip
        source.access_token()


def test_sign_out_forgets_both_tokens(
    auth: AuthServer, source: TokenSource, memory_keyring: MemoryKeyring
) -> None:
    signed_in(auth, expires_in=3600)
    sign_out("acct1")
    assert memory_keyring.secrets == {} and not is_signed_in("acct1")
    with pytest.raises(SignInRequiredError, match="is not signed in"):
        source.access_token()  # the access token in memory went too
