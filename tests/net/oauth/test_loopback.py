"""The loopback listener that receives the browser's redirect (RFC 8252 section 7.3).

Idle or half-sent connections (a local process, a browser's speculative pre-connect) must
neither block the real redirect nor stop the sign-in time-out; only the exact redirect
path with the right ``state`` is an answer, errors included; the provider's error text is
cleaned before it reaches a message; the page written to the browser echoes nothing.
"""

from __future__ import annotations

import http.server
import json
import socket
import threading
import time
import unicodedata
from collections.abc import Iterator
from contextlib import ExitStack
from typing import Any
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
import requests

from helpers.oauth_server import CLIENT_ID, AuthServer
from threadline.net.oauth.flow import SignInError, sign_in
from threadline.net.oauth.providers import Provider

# Before the fix a blocked listener hung sign_in() for ever; fail instead of hanging.
pytestmark = pytest.mark.timeout(60)

NASTY = "\x1b[2J\x1b[31mCall +1 555 0100 now\r\nSecond line\x00\u202eredro\u2028" + "A" * 5000


@pytest.fixture
def auth() -> Iterator[AuthServer]:
    server = AuthServer()
    yield server
    server.stop()


def idp(auth: AuthServer, token_url: str | None = None) -> Provider:
    return Provider(
        key="testidp", name="Test IdP", authorize_url=f"{auth.base}/authorize",
        token_url=token_url or f"{auth.base}/token", scopes=("mail.send",),
        smtp_host="127.0.0.1", smtp_port=1, client_id=CLIENT_ID,
    )  # fmt: skip


class Request:
    """What the app asked the browser to open: where it listens, and the state it expects."""

    def __init__(self, url: str) -> None:
        query = {k: v[0] for k, v in parse_qs(urlsplit(url).query).items()}
        redirect = urlsplit(query["redirect_uri"])
        assert redirect.hostname == "127.0.0.1" and redirect.port
        self.url, self.state = url, query["state"]
        self.port, self.path = redirect.port, redirect.path
        self.base = f"http://127.0.0.1:{self.port}"

    def get(self, path: str, **query: str) -> requests.Response:
        target = f"{self.base}{path}" + (f"?{urlencode(query)}" if query else "")
        return requests.get(target, timeout=10, allow_redirects=False)

    def idle(self, stack: ExitStack, start: bytes = b"") -> socket.socket:
        """A connection that never finishes its request (closed when ``stack`` closes)."""
        sock = stack.enter_context(socket.create_connection(("127.0.0.1", self.port), timeout=10))
        if start:
            sock.sendall(start)
        return sock


def no_control_characters(text: str) -> bool:
    return not any(
        unicodedata.category(c).startswith("C") or (c.isspace() and c != " ") for c in text
    )


def test_an_idle_connection_does_not_block_the_real_redirect(auth: AuthServer) -> None:
    with ExitStack() as stack:

        def browser(url: str) -> None:
            request = Request(url)
            request.idle(stack)  # a speculative pre-connect that sends nothing
            request.idle(stack, b"GET " + request.path.encode())  # half a request line
            requests.get(url, timeout=10).raise_for_status()

        started = time.monotonic()
        signed = sign_in(idp(auth), open_browser=browser, timeout=30)
        elapsed = time.monotonic() - started
    assert auth.state.valid(signed.access_token) and signed.refresh_token in auth.state.refresh
    # well under the listener's per-connection time-out: nothing waited for the idle ones
    assert elapsed < 8, elapsed


def test_the_time_out_fires_and_returns_promptly_with_idle_connections_open() -> None:
    before = set(threading.enumerate())
    with ExitStack() as stack:
        held: list[socket.socket] = []
        ports: list[int] = []

        def browser(url: str) -> None:
            request = Request(url)
            ports.append(request.port)
            held.append(request.idle(stack))
            held.append(request.idle(stack, b"GET /callback?state=x"))

        provider = Provider(
            key="t", name="T", authorize_url="http://127.0.0.1:9/authorize",
            token_url="http://127.0.0.1:9/token", scopes=("s",), smtp_host="127.0.0.1",
            smtp_port=1, client_id=CLIENT_ID,
        )  # fmt: skip
        started = time.monotonic()
        with pytest.raises(SignInError, match="took too long"):
            sign_in(provider, open_browser=browser, timeout=2)
        elapsed = time.monotonic() - started
        assert 2 <= elapsed < 5, elapsed
        # the listener dropped the connections it held and stopped listening
        for sock in held:
            sock.settimeout(5)
            try:
                assert sock.recv(1024) == b""
            except ConnectionResetError:
                pass  # closed as well
        with pytest.raises(ConnectionRefusedError):
            socket.create_connection(("127.0.0.1", ports[0]), timeout=5).close()
    assert set(threading.enumerate()) <= before


def test_only_the_redirect_path_with_the_right_state_is_an_answer(auth: AuthServer) -> None:
    statuses: list[int] = []

    def browser(url: str) -> None:
        request = Request(url)
        right, path = request.state, request.path
        attempts: list[tuple[str, dict[str, str]]] = [
            ("/other", {"error": "access_denied", "state": right}),
            ("/", {"error": "access_denied", "state": right}),
            (path + "/", {"error": "access_denied", "state": right}),
            (path + ";x", {"error": "access_denied", "state": right}),
            (path, {"error": "access_denied", "state": "wrong"}),
            (path, {"error": "access_denied", "state": right + "x"}),
            (path, {"error": "access_denied", "state": ""}),
            (path, {"error": "access_denied"}),
            (path, {"code": "stolen", "state": "wrong"}),
            (path, {"code": "stolen"}),
            (path, {"state": right}),
        ]
        for target, query in attempts:
            statuses.append(request.get(target, **query).status_code)
        requests.get(url, timeout=10).raise_for_status()

    signed = sign_in(idp(auth), open_browser=browser, timeout=30)
    assert auth.state.valid(signed.access_token)
    assert statuses == [404, 404, 404, 404, 400, 400, 400, 400, 400, 400, 400]
    assert [r["grant_type"] for r in auth.state.token_requests] == ["authorization_code"]
    assert auth.state.token_requests[0]["code"] != "stolen"


def test_a_provider_error_is_cleaned_and_the_page_echoes_nothing(auth: AuthServer) -> None:
    pages: list[requests.Response] = []

    def browser(url: str) -> None:
        request = Request(url)
        pages.append(
            request.get(
                request.path, state=request.state, error="<script>alert(1)</script>",
                error_description=NASTY + "<img src=x onerror=alert(2)>",
            )
        )  # fmt: skip

    with pytest.raises(SignInError) as raised:
        sign_in(idp(auth), open_browser=browser, timeout=30)
    text = str(raised.value)
    assert no_control_characters(text), repr(text)
    assert len(text) <= 400, len(text)
    assert "Call +1 555 0100 now Second line" in text
    assert "redro" in text  # the text stays, without the bidi override before it
    [page] = pages
    assert page.status_code == 200
    assert "<script" not in page.text and "<img" not in page.text and "alert" not in page.text
    assert page.headers["Content-Type"] == "text/html; charset=utf-8"
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]
    assert page.headers["X-Content-Type-Options"] == "nosniff"
    assert page.headers["Cache-Control"] == "no-store"


def test_the_success_page_echoes_no_query_text(auth: AuthServer) -> None:
    pages: list[requests.Response] = []
    injected = "<script>alert(document.cookie)</script>"

    def browser(url: str) -> None:
        request = Request(url)
        pages.append(request.get(request.path, state=request.state, code=injected, extra=injected))

    # the code is not one the server issued: the exchange fails after the page is written
    with pytest.raises(SignInError, match="refused the sign-in: unknown code"):
        sign_in(idp(auth), open_browser=browser, timeout=30)
    [page] = pages
    assert page.status_code == 200 and "close this tab" in page.text
    assert "<script" not in page.text and "alert" not in page.text
    assert "default-src 'none'" in page.headers["Content-Security-Policy"]


class _RefusingTokenEndpoint(http.server.BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:
        return

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", 0)))
        body = json.dumps({"error": "invalid_grant", "error_description": NASTY}).encode()
        self.send_response(400)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


def serving(stack: ExitStack, handler: type[http.server.BaseHTTPRequestHandler]) -> str:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    stack.callback(thread.join, 10)
    stack.callback(server.server_close)
    stack.callback(server.shutdown)
    return f"http://127.0.0.1:{server.server_port}"


def test_a_token_endpoint_error_is_cleaned_too(auth: AuthServer) -> None:
    def browser(url: str) -> None:
        request = Request(url)
        request.get(request.path, state=request.state, code="anything").raise_for_status()

    with ExitStack() as stack:
        token_url = serving(stack, _RefusingTokenEndpoint) + "/token"
        with pytest.raises(SignInError, match="refused the sign-in") as raised:
            sign_in(idp(auth, token_url), open_browser=browser, timeout=30)
    text = str(raised.value)
    assert no_control_characters(text), repr(text)
    assert len(text) <= 400 and "Call +1 555 0100 now Second line" in text
