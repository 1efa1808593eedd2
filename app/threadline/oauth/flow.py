"""Sign in: the authorization-code flow with PKCE in the system browser (RFC 8252).

The app opens the provider's page in the browser and listens on 127.0.0.1 (a port the
system picks) for the redirect that carries the code. It never sees the password. The
protocol work is Authlib's; this module only runs the loopback listener.
"""

from __future__ import annotations

import http.server
import threading
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlparse

from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from requests.adapters import HTTPAdapter

from threadline.errors import ThreadlineError
from threadline.oauth.providers import Provider
from threadline.smtp.tls import client_context

#: How long the browser step may take.
SIGN_IN_TIMEOUT = 300.0


class _SystemTrustAdapter(HTTPAdapter):
    """HTTPS verified against the OS trust store (truststore), like the SMTP connections."""

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        kwargs["ssl_context"] = client_context()
        super().init_poolmanager(*args, **kwargs)


def oauth_session(provider: Provider, **options: Any) -> OAuth2Session:
    """An Authlib session for ``provider`` whose HTTPS uses the system's trust store."""
    session = OAuth2Session(provider.client_id, provider.client_secret or None, **options)
    session.mount("https://", _SystemTrustAdapter())
    return session


class SignInError(ThreadlineError):
    """Signing in did not complete; the text says why."""


@dataclass(frozen=True)
class Tokens:
    """What a sign-in or a refresh returns."""

    access_token: str
    refresh_token: str | None
    expires_at: float

    @classmethod
    def from_response(cls, token: dict[str, Any]) -> Tokens:
        """Read Authlib's token dict."""
        return cls(
            access_token=str(token["access_token"]),
            refresh_token=token.get("refresh_token"),
            expires_at=float(token.get("expires_at") or 0),
        )


class _Redirect(http.server.BaseHTTPRequestHandler):
    """Receives the one redirect; answers the browser with a short page."""

    result: dict[str, str]
    received: threading.Event

    def do_GET(self) -> None:
        query = {k: v[0] for k, v in parse_qs(urlparse(self.path).query).items()}
        if "code" not in query and "error" not in query:
            self.send_response(404)
            self.end_headers()
            return
        self.server.result.update(query)  # type: ignore[attr-defined]
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.end_headers()
        self.wfile.write(
            b"<html><body style='font-family:sans-serif'><h2>Threadline</h2>"
            b"<p>You can close this tab and go back to Threadline.</p></body></html>"
        )
        self.server.received.set()  # type: ignore[attr-defined]

    def log_message(self, format: str, *args: Any) -> None:
        return  # the query holds the code: never log it


def sign_in(
    provider: Provider,
    *,
    open_browser: Callable[[str], object] = webbrowser.open,
    timeout: float = SIGN_IN_TIMEOUT,
    login_hint: str | None = None,
) -> Tokens:
    """Run the browser sign-in and return the tokens (raises :class:`SignInError`)."""
    provider.require_client()
    server = http.server.HTTPServer(("127.0.0.1", 0), _Redirect)
    server.result = {}  # type: ignore[attr-defined]
    server.received = threading.Event()  # type: ignore[attr-defined]
    redirect_uri = f"http://127.0.0.1:{server.server_port}/callback"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        session = oauth_session(
            provider,
            scope=" ".join(provider.scopes),
            redirect_uri=redirect_uri,
            code_challenge_method="S256",
        )
        verifier = generate_token(64)
        extra = dict(provider.extra_authorize_params)
        if login_hint:
            extra["login_hint"] = login_hint
        url, state = session.create_authorization_url(
            provider.authorize_url, code_verifier=verifier, **extra
        )
        open_browser(url)
        if not server.received.wait(timeout):  # type: ignore[attr-defined]
            raise SignInError("Signing in took too long. Try again, and finish in the browser.")
        result: dict[str, str] = server.result  # type: ignore[attr-defined]
        if "error" in result:
            reason = result.get("error_description") or result["error"]
            raise SignInError(f"{provider.name} did not sign you in: {reason}.")
        if result.get("state") != state:
            raise SignInError("The sign-in answer did not match this request; try again.")
        try:
            token = session.fetch_token(
                provider.token_url, code=result["code"], code_verifier=verifier
            )
        except Exception as error:  # Authlib raises OAuthError and requests' errors
            raise SignInError(f"{provider.name} refused the sign-in: {_reason(error)}.") from None
        return Tokens.from_response(dict(token))
    finally:
        server.shutdown()
        server.server_close()


def _reason(error: Exception) -> str:
    description = getattr(error, "description", None) or getattr(error, "error", None)
    return str(description or type(error).__name__)
