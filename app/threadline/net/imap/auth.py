"""IMAP log-in: a password from the keyring, or an OAuth2 access token (TLS only)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from imapclient import IMAPClient
from imapclient.exceptions import LoginError

from threadline.i18n import translate
from threadline.net.imap.errors import InsecureAuthRefused, PasswordMissing
from threadline.net.oauth.sasl import oauthbearer, xoauth2

if TYPE_CHECKING:  # authlib loads only when an OAuth2 account logs in (start-up time)
    from threadline.net.oauth.tokens import TokenSource


class ImapAuthenticator(Protocol):
    """Logs in on an open connection (the session has checked it is secure)."""

    def authenticate(self, client: IMAPClient, *, encrypted: bool) -> None:
        """Log in or raise ``LoginError`` / a :class:`ThreadlineError`."""


@dataclass
class ImapPasswordLogin:
    """``LOGIN`` with a password fetched when needed (from the keyring)."""

    username: str
    password: Callable[[], str | None]
    account_label: str = "this account"

    def authenticate(self, client: IMAPClient, *, encrypted: bool) -> None:
        """Log in; a missing password is a :class:`PasswordMissing` error."""
        secret = self.password()
        if not secret:
            raise PasswordMissing(
                translate(
                    "imap",
                    "No password is stored for {account}. Enter it in the account settings (it "
                    "is kept in the system keyring).",
                ).format(account=self.account_label)
            )
        if (self.username + secret).isascii():
            client.login(self.username, secret)
        else:  # LOGIN goes out as ASCII; AUTHENTICATE PLAIN carries UTF-8 (RFC 4616)
            client.plain_login(self.username, secret)


@dataclass
class ImapOAuth2Login:
    """``AUTHENTICATE XOAUTH2`` / ``OAUTHBEARER``; on refusal, refreshes once and retries."""

    tokens: TokenSource
    username: str
    mechanism: str = "XOAUTH2"
    host: str = ""
    port: int = 0

    def _mechanism(self, token: str) -> Callable[[bytes], bytes]:
        """The SASL exchange: the token first; an empty answer to an error challenge.

        Google and Microsoft answer a refused token with a continuation holding a JSON
        error and wait for an empty line before their final NO (as over SMTP).
        """
        if self.mechanism == "OAUTHBEARER":
            first = oauthbearer(self.username, token, self.host, self.port)
        else:
            first = xoauth2(self.username, token)
        answered = False

        def answer(_challenge: bytes) -> bytes:
            nonlocal answered
            if answered:
                return b""
            answered = True
            return first.encode()

        return answer

    def authenticate(self, client: IMAPClient, *, encrypted: bool) -> None:
        """Log in; tokens never travel over an unencrypted connection."""
        if not encrypted:
            raise InsecureAuthRefused(
                translate("imap", "OAuth2 tokens are only sent over an encrypted connection.")
            )
        try:
            client.sasl_login(self.mechanism, self._mechanism(self.tokens.access_token()))
        except LoginError:
            fresh = self.tokens.access_token(force_refresh=True)
            client.sasl_login(self.mechanism, self._mechanism(fresh))
