"""SMTP authentication with an OAuth2 access token (XOAUTH2 or OAUTHBEARER), TLS only."""

from __future__ import annotations

import smtplib
import ssl
from dataclasses import dataclass

from threadline.oauth.sasl import oauthbearer, xoauth2
from threadline.oauth.tokens import TokenSource
from threadline.smtp.errors import InsecureAuthRefused


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

    def authenticate(self, smtp: smtplib.SMTP) -> None:
        """Log in; tokens never travel over an unencrypted connection."""
        if not isinstance(smtp.sock, ssl.SSLSocket):
            raise InsecureAuthRefused("OAuth2 tokens are only sent over an encrypted connection.")
        token = self.tokens.access_token()
        try:
            smtp.auth(self.mechanism, lambda challenge=None: self._response(smtp, token),
                      initial_response_ok=True)  # fmt: skip
        except smtplib.SMTPAuthenticationError:
            fresh = self.tokens.access_token(force_refresh=True)
            smtp.auth(self.mechanism, lambda challenge=None: self._response(smtp, fresh),
                      initial_response_ok=True)  # fmt: skip
