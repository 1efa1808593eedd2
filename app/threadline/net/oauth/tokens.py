"""Tokens of an OAuth2 account: refresh token in the keyring, access token in memory.

The refresh token is a password-like secret and lives only in the OS keyring. Access
tokens are kept in memory and refreshed a minute before they expire, or once more when
the server refuses one. A refresh token that the provider no longer accepts means the
user must sign in again: :class:`threadline.net.errors.SignInRequiredError`, and
queued mail waits.
"""

from __future__ import annotations

import threading
import time

from threadline.i18n import translate
from threadline.net import secrets
from threadline.net.errors import SignInRequiredError
from threadline.net.oauth.flow import Tokens, _reason, oauth_session
from threadline.net.oauth.providers import Provider

REFRESH_KIND = "oauth2-refresh"
#: Refresh this long before the access token expires.
EXPIRY_MARGIN = 60.0

_CACHE: dict[str, Tokens] = {}
_LOCK = threading.Lock()


def store_sign_in(account_id: str, tokens: Tokens) -> None:
    """Keep a fresh sign-in: the refresh token in the keyring, the access token in memory."""
    if tokens.refresh_token:
        secrets.set_secret(account_id, tokens.refresh_token, REFRESH_KIND)
    with _LOCK:
        _CACHE[account_id] = tokens


def sign_out(account_id: str) -> None:
    """Forget every token of the account (the keyring entry too)."""
    secrets.delete_secret(account_id, REFRESH_KIND)
    with _LOCK:
        _CACHE.pop(account_id, None)


def is_signed_in(account_id: str) -> bool:
    """Whether a refresh token is stored."""
    return secrets.get_secret(account_id, REFRESH_KIND) is not None


class TokenSource:
    """Hands out a valid access token for one account."""

    def __init__(self, account_id: str, provider: Provider, label: str) -> None:
        self.account_id = account_id
        self.provider = provider
        self.label = label

    def access_token(self, *, force_refresh: bool = False) -> str:
        """A token valid for at least a minute (refreshing it when needed)."""
        with _LOCK:
            cached = _CACHE.get(self.account_id)
        if cached and not force_refresh and cached.expires_at - EXPIRY_MARGIN > time.time():
            return cached.access_token
        return self._refresh().access_token

    def _refresh(self) -> Tokens:
        refresh_token = secrets.get_secret(self.account_id, REFRESH_KIND)
        if not refresh_token:
            raise SignInRequiredError(
                translate(
                    "oauth",
                    "{account} is not signed in to {provider}. Sign in from the account "
                    "settings; the message waits in the outbox.",
                ).format(account=self.label, provider=self.provider.name),
                test_text=translate(
                    "oauth",
                    "{account} is not signed in to {provider}. Sign in from the account settings.",
                ).format(account=self.label, provider=self.provider.name),
            )
        session = oauth_session(self.provider)
        try:
            token = session.refresh_token(self.provider.token_url, refresh_token=refresh_token)
        except Exception as error:
            values = {
                "provider": self.provider.name,
                "account": self.label,
                "reason": _reason(error),
            }
            raise SignInRequiredError(
                translate(
                    "oauth",
                    "{provider} no longer accepts the sign-in of {account} ({reason}). Sign in "
                    "again from the account settings; the message waits in the outbox.",
                ).format(**values),
                test_text=translate(
                    "oauth",
                    "{provider} no longer accepts the sign-in of {account} ({reason}). Sign in "
                    "again from the account settings.",
                ).format(**values),
            ) from None
        tokens = Tokens.from_response(dict(token))
        if tokens.refresh_token is None:  # most providers keep the old refresh token valid
            tokens = Tokens(tokens.access_token, refresh_token, tokens.expires_at)
        store_sign_in(self.account_id, tokens)
        return tokens
