"""SMTP authentication with an OAuth2 access token (XOAUTH2 or OAUTHBEARER), TLS only."""

from __future__ import annotations

import smtplib
import ssl
from collections.abc import Callable
from dataclasses import dataclass

from threadline.i18n import translate
from threadline.net.oauth.sasl import oauthbearer, xoauth2
from threadline.net.oauth.tokens import TokenSource
from threadline.net.smtp.errors import InsecureAuthRefused


@dataclass
class OAuth2Authenticator:
    """Authenticates with a fresh access token; on refusal, refreshes once and retries."""

    tokens: TokenSource
    username: str
    mechanism: str = "XOAUTH2"

    def _response(self, smtp: smtplib.SMTP, token: str) -> str:
        if self.mechanism == "OAUTHBEARER":
            host = getattr(smtp, "_host", "")
            port = smtp.sock.getpeername()[1] if smtp.sock else 0
            return oauthbearer(self.username, token, host, port)
        return xoauth2(self.username, token)

    def _answer(self, smtp: smtplib.SMTP, token: str) -> Callable[..., str]:
        """The SASL answers: the token first; an empty line to a 334 error challenge.

        Gmail and Outlook answer a refused token with ``334 <base64 JSON error>`` and
        wait for an empty line before their final 535 (the XOAUTH2 protocol).
        """

        def answer(challenge: bytes | None = None) -> str:
            return "" if challenge is not None else self._response(smtp, token)

        return answer

    def authenticate(self, smtp: smtplib.SMTP) -> None:
        """Log in; tokens never travel over an unencrypted connection."""
        if not isinstance(smtp.sock, ssl.SSLSocket):
            raise InsecureAuthRefused(
                translate("smtp", "OAuth2 tokens are only sent over an encrypted connection.")
            )
        token = self.tokens.access_token()
        try:
            smtp.auth(self.mechanism, self._answer(smtp, token), initial_response_ok=True)
        except smtplib.SMTPAuthenticationError:
            fresh = self.tokens.access_token(force_refresh=True)
            smtp.auth(self.mechanism, self._answer(smtp, fresh), initial_response_ok=True)
