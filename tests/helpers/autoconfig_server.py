"""A real HTTPS server on 127.0.0.1 that stands in for autoconfig hosts, and a no-DNS guard.

One server answers for every host name the test gives it (autoconfig.example.org,
example.org, autoconfig.thunderbird.net ...) with a certificate from a trustme CA for
those names. :meth:`AutoconfigServer.route` sends a connection to one of those names to
127.0.0.1 and refuses any other name, so the code under test keeps its real URLs and
certificate checks and nothing is ever looked up.
"""

from __future__ import annotations

import http.server
import socket
import ssl
import threading
from collections.abc import Iterator
from dataclasses import dataclass, field

import dns.resolver
import pytest
import trustme

from threadline.net.srv import SrvLookupError
from threadline.services.account_setup import Lookups


@dataclass
class Reply:
    """What the server answers for one URL."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    #: Send the body this many bytes at a time, waiting on ``release`` between them.
    drip: int = 0
    release: threading.Event | None = None


@dataclass
class Request:
    host: str  # the Host header
    path: str  # with the query


class _Handler(http.server.BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:
        host = (self.headers.get("Host") or "").split(":")[0]
        self.server.owner.requests.append(Request(host, self.path))
        reply = self.server.owner.replies.get(f"https://{host}{self.path}", Reply(404))
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if "Content-Length" not in reply.headers and "Transfer-Encoding" not in reply.headers:
            self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if not reply.drip:
            self.wfile.write(reply.body)
            return
        for start in range(0, len(reply.body), reply.drip):
            self.wfile.write(reply.body[start : start + reply.drip])
            self.wfile.flush()
            if reply.release is not None:
                reply.release.wait(10)

    def log_message(self, format: str, *args: object) -> None:
        """Quiet."""


class _Server(http.server.ThreadingHTTPServer):
    owner: AutoconfigServer
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up early (a refused file, a time limit) is no news."""


class AutoconfigServer:
    """HTTPS on 127.0.0.1 for the given names; ``replies`` maps a full URL to a Reply."""

    def __init__(self, names: tuple[str, ...]) -> None:
        self.names = names
        self.ca = trustme.CA()
        leaf = self.ca.issue_cert(*names)
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        leaf.configure_cert(context)
        self.replies: dict[str, Reply] = {}
        self.requests: list[Request] = []
        self.httpd = _Server(("127.0.0.1", 0), _Handler)
        self.httpd.owner = self
        self.httpd.socket = context.wrap_socket(self.httpd.socket, server_side=True)
        self.port = self.httpd.server_address[1]
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def client_context(self) -> ssl.SSLContext:
        """A verifying client context that trusts this server's CA only."""
        context = ssl.create_default_context()
        self.ca.configure_trust(context)
        return context

    def route(self, host: str, port: int) -> tuple[str, int]:
        """Where a connection to ``host`` goes: here, for the names this server has."""
        if host not in self.names or port != 443:
            raise ConnectionRefusedError(f"the test routes no connection to {host}:{port}")
        return ("127.0.0.1", self.port)

    def serve(self, url: str, body: bytes | str, status: int = 200, **headers: str) -> None:
        self.replies[url] = Reply(status, body.encode() if isinstance(body, str) else body,
                                  headers)  # fmt: skip

    def __enter__(self) -> AutoconfigServer:
        self.thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self.httpd.shutdown()
        self.httpd.server_close()
        self.thread.join(5)


@pytest.fixture
def no_dns(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Fail the test on any name look-up: only numeric loopback addresses pass."""
    looked_up: list[str] = []
    real = socket.getaddrinfo

    def guarded(host: object, *args: object, **kwargs: object) -> object:
        if host not in ("127.0.0.1", b"127.0.0.1"):
            looked_up.append(str(host))
            raise AssertionError(f"the test looked up {host!r}")
        return real(host, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(socket, "getaddrinfo", guarded)
    yield looked_up
    assert looked_up == []


def offline_lookups() -> Lookups:
    """Look-ups that reach nothing: no DNS to ask, every connection refused. For windows
    whose tests do not look settings up, so that nothing could ever leave the machine."""

    def no_resolver() -> dns.resolver.Resolver:
        raise SrvLookupError("This test asks no DNS.")

    def refuse(host: str, port: int) -> tuple[str, int]:
        raise ConnectionRefusedError(f"the test routes no connection to {host}:{port}")

    return Lookups(ssl.create_default_context(), route=refuse, make_resolver=no_resolver)
