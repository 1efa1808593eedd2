"""Sign in: the authorization-code flow with PKCE in the system browser (RFC 8252).

The app opens the provider's page in the browser and listens on 127.0.0.1 (a port the
system picks) for the redirect that carries the code. It never sees the password. The
protocol work is Authlib's; this module only runs the loopback listener.
"""

from __future__ import annotations

import hmac
import http.server
import socket
import threading
import time
import unicodedata
import webbrowser
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any
from urllib.parse import parse_qs, urlsplit

from authlib.common.security import generate_token
from authlib.integrations.requests_client import OAuth2Session
from requests.adapters import HTTPAdapter

from threadline.errors import ThreadlineError
from threadline.i18n import translate
from threadline.net.oauth.providers import Provider
from threadline.net.tls import client_context

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


#: Where the browser is sent back to on the loopback listener.
REDIRECT_PATH = "/callback"
#: How long one connection to the listener may stay idle (a pre-connect, a stray client).
CONNECTION_TIMEOUT = 10.0
#: How much of a provider's error text a message keeps.
REASON_LIMIT = 300

_HEADERS = {
    "Content-Security-Policy": "default-src 'none'; style-src 'unsafe-inline'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cache-Control": "no-store",
}
# Fixed pages: nothing from the request is ever written back to the browser.
_DONE_PAGE = (
    b"<!DOCTYPE html><html><head><meta charset='utf-8'><title>Threadline</title></head>"
    b"<body style='font-family:sans-serif'><h2>Threadline</h2>"
    b"<p>You can close this tab and go back to Threadline.</p></body></html>"
)


class _Redirect(http.server.BaseHTTPRequestHandler):
    """Receives the one redirect; answers the browser with a fixed page.

    Only ``GET`` on the exact redirect path with the expected ``state`` counts, an
    ``error=`` answer included: anything else is refused and the listener keeps waiting.
    """

    server: _Listener
    timeout = CONNECTION_TIMEOUT  # per connection: an idle one is dropped, never waited on

    def do_GET(self) -> None:
        target = urlsplit(self.path)
        if target.scheme or target.netloc or target.path != self.server.redirect_path:
            self._answer(404)
            return
        try:
            query = {k: v[0] for k, v in parse_qs(target.query, max_num_fields=50).items()}
        except ValueError:  # too many fields: not an answer from the provider
            self._answer(400)
            return
        state = query.get("state", "")
        if not (
            hmac.compare_digest(state.encode(), self.server.state.encode())
            and ("code" in query or "error" in query)
        ):
            self._answer(400)
            return
        self.server.deliver(query)
        self._answer(200, _DONE_PAGE)

    def _answer(self, status: int, page: bytes = b"") -> None:
        self.send_response(status)
        for name, value in _HEADERS.items():
            self.send_header(name, value)
        if page:
            self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(page)))
        self.end_headers()
        self.wfile.write(page)

    def log_message(self, format: str, *args: Any) -> None:
        return  # the query holds the code: never log it


class _Listener(http.server.ThreadingHTTPServer):
    """The loopback listener: one daemon thread per connection, so no client blocks it.

    :meth:`close` stops it without waiting on any client: the connections still open are
    shut down, and their threads get a bounded moment to end.
    """

    daemon_threads = True
    block_on_close = False  # close() joins the threads itself, with a bound

    def __init__(self, redirect_path: str, state: str) -> None:
        super().__init__(("127.0.0.1", 0), _Redirect)
        self.redirect_path = redirect_path
        self.state = state
        self.result: dict[str, str] = {}
        self.received = threading.Event()
        self._lock = threading.Lock()
        self._connections: set[socket.socket] = set()
        self._handlers: list[threading.Thread] = []
        self._closing = False

    def deliver(self, query: dict[str, str]) -> None:
        """Keep the first valid answer."""
        with self._lock:
            if not self.received.is_set():
                self.result = dict(query)
                self.received.set()

    def process_request(self, request: Any, client_address: Any) -> None:
        thread = threading.Thread(
            target=self.process_request_thread, args=(request, client_address), daemon=True
        )
        with self._lock:
            closing = self._closing
            if not closing:
                self._connections.add(request)
                self._handlers = [t for t in self._handlers if t.is_alive()]
                self._handlers.append(thread)
        if closing:
            super().shutdown_request(request)
            return
        thread.start()

    def shutdown_request(self, request: Any) -> None:
        with self._lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        return  # a client that went away; and the request holds the code: never print it

    def close(self, grace: float = 2.0) -> None:
        """Stop listening and drop every connection; never waits on a client."""
        self.shutdown()  # serve_forever only accepts, so it stops within its poll interval
        with self._lock:
            self._closing = True
            for connection in self._connections:
                try:
                    connection.shutdown(socket.SHUT_RDWR)  # wakes a handler blocked reading
                except OSError:
                    pass
            threads = list(self._handlers)
        self.server_close()
        deadline = time.monotonic() + grace
        for thread in threads:
            if thread.is_alive():
                thread.join(max(0.0, deadline - time.monotonic()))


def sign_in(
    provider: Provider,
    *,
    open_browser: Callable[[str], object] = webbrowser.open,
    timeout: float = SIGN_IN_TIMEOUT,
    login_hint: str | None = None,
) -> Tokens:
    """Run the browser sign-in and return the tokens (raises :class:`SignInError`).

    ``timeout`` bounds the whole browser step, counted from the moment the browser is
    opened; the call returns within about a second of it whatever the listener holds.
    """
    provider.require_client()
    state = generate_token(30)
    listener = _Listener(REDIRECT_PATH, state)
    redirect_uri = f"http://127.0.0.1:{listener.server_port}{REDIRECT_PATH}"
    thread = threading.Thread(target=listener.serve_forever, args=(0.2,), daemon=True)
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
        url, _ = session.create_authorization_url(
            provider.authorize_url, state=state, code_verifier=verifier, **extra
        )
        deadline = time.monotonic() + timeout
        open_browser(url)
        if not listener.received.wait(max(0.0, deadline - time.monotonic())):
            raise SignInError(
                translate(
                    "oauth", "Signing in took too long. Try again, and finish in the browser."
                )
            )
        result = dict(listener.result)
        if not hmac.compare_digest(result.get("state", "").encode(), state.encode()):
            raise SignInError(
                translate("oauth", "The sign-in answer did not match this request; try again.")
            )
        if "error" in result:
            reason = (
                _clean(result.get("error_description", ""))
                or _clean(result["error"])
                or translate("oauth", "no reason given")
            )
            raise SignInError(
                translate("oauth", "{provider} did not sign you in: {reason}.").format(
                    provider=provider.name, reason=reason
                )
            )
        try:
            token = session.fetch_token(
                provider.token_url, code=result["code"], code_verifier=verifier
            )
        except Exception as error:  # Authlib raises OAuthError and requests' errors
            raise SignInError(
                translate("oauth", "{provider} refused the sign-in: {reason}.").format(
                    provider=provider.name, reason=_reason(error)
                )
            ) from None
        return Tokens.from_response(dict(token))
    finally:
        listener.close()
        thread.join(5)


def _clean(text: object) -> str:
    """Provider text made safe for a message: one line, no control or format characters
    (bidi overrides included), at most :data:`REASON_LIMIT` characters. Plain text."""
    kept = []
    for char in str(text):
        category = unicodedata.category(char)
        if category == "Cf":
            continue  # invisible format characters (bidi overrides, zero-widths): dropped
        kept.append(" " if char.isspace() or category.startswith("C") else char)
    line = " ".join("".join(kept).split())
    if len(line) > REASON_LIMIT:
        line = line[: REASON_LIMIT - 1].rstrip() + "…"
    return line


def _reason(error: Exception) -> str:
    description = getattr(error, "description", None) or getattr(error, "error", None)
    return _clean(description) or type(error).__name__
