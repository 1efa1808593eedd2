"""Autoconfig files fetched over HTTPS only, verified, small, quick, from real local servers."""

from __future__ import annotations

import ssl
import threading
import time
from collections.abc import Iterator

import pytest

from helpers.autoconfig_server import AutoconfigServer, Reply, no_dns
from threadline.net.autoconfig import (
    ISPDB_URL,
    MAX_BYTES,
    AutoconfigFetchError,
    fetch,
    ispdb_url,
    own_urls,
)

__all__ = ["no_dns"]

NAMES = ("autoconfig.example.org", "example.org", "autoconfig.thunderbird.net")
URL = "https://autoconfig.example.org/mail/config-v1.1.xml?emailaddress=ann%2Bx@example.org"


@pytest.fixture
def server(no_dns: list[str]) -> Iterator[AutoconfigServer]:
    with AutoconfigServer(NAMES) as running:
        yield running


def get(server: AutoconfigServer, url: str = URL, **kwargs: object) -> bytes:
    return fetch(url, context=server.client_context(), route=server.route, **kwargs)  # type: ignore[arg-type]


def test_the_urls_are_thunderbirds() -> None:
    assert own_urls("ann+x@example.org", "example.org") == [
        "https://autoconfig.example.org/mail/config-v1.1.xml?emailaddress=ann%2Bx@example.org",
        "https://example.org/.well-known/autoconfig/mail/config-v1.1.xml",
    ]
    assert ISPDB_URL == "https://autoconfig.thunderbird.net/v1.1/{domain}"
    assert ispdb_url("example.org") == "https://autoconfig.thunderbird.net/v1.1/example.org"
    assert ispdb_url("a/b.example") == "https://autoconfig.thunderbird.net/v1.1/a%2Fb.example"


def test_a_file_is_fetched_with_its_real_name_and_certificate(server: AutoconfigServer) -> None:
    server.serve(URL, b"<clientConfig/>")
    assert get(server) == b"<clientConfig/>"
    [request] = server.requests
    assert (request.host, request.path) == (
        "autoconfig.example.org", "/mail/config-v1.1.xml?emailaddress=ann%2Bx@example.org",
    )  # fmt: skip


def test_a_certificate_the_context_does_not_trust_is_refused(server: AutoconfigServer) -> None:
    server.serve(URL, b"<clientConfig/>")
    stranger = ssl.create_default_context()  # the system's CAs: not the test CA
    with pytest.raises(AutoconfigFetchError) as refused:
        fetch(URL, context=stranger, route=server.route)
    assert str(refused.value).startswith("The certificate of autoconfig.example.org is not trusted")
    assert server.requests == []  # nothing was asked over the untrusted connection


def test_a_certificate_for_another_name_is_refused(no_dns: list[str]) -> None:
    with AutoconfigServer(("other.example.net",)) as other:

        def route(_host: str, _port: int) -> tuple[str, int]:
            return ("127.0.0.1", other.port)

        with pytest.raises(AutoconfigFetchError, match="is not trusted"):
            fetch(URL, context=other.client_context(), route=route)


@pytest.mark.parametrize("status", [404, 403, 500])
def test_no_file_is_said_with_the_status(server: AutoconfigServer, status: int) -> None:
    server.serve(URL, b"<html>nope</html>", status)
    with pytest.raises(AutoconfigFetchError) as refused:
        get(server)
    assert str(refused.value) == (
        f"autoconfig.example.org has no autoconfig file there (HTTP {status})."
    )
    assert refused.value.status == status


def test_redirects_are_followed_to_https_only(server: AutoconfigServer) -> None:
    moved = "https://example.org/.well-known/autoconfig/mail/config-v1.1.xml"
    server.serve(URL, b"", 301, Location=moved)
    server.serve(moved, b"<clientConfig/>")
    assert get(server) == b"<clientConfig/>"
    server.serve(URL, b"", 302, Location="http://example.org/config.xml")
    with pytest.raises(AutoconfigFetchError) as refused:
        get(server)
    assert str(refused.value) == (
        "autoconfig.example.org sent Threadline on to http://example.org/config.xml, which is "
        "not HTTPS; nothing was fetched from there."
    )
    assert [r.path for r in server.requests].count("/config.xml") == 0


def test_endless_redirects_end(server: AutoconfigServer) -> None:
    server.serve(URL, b"", 307, Location=URL)
    with pytest.raises(AutoconfigFetchError, match="redirected too often"):
        get(server)
    assert len(server.requests) == 4  # the first and three redirects


def test_only_https_is_ever_asked(server: AutoconfigServer) -> None:
    with pytest.raises(AutoconfigFetchError, match="is not an HTTPS address"):
        get(server, "http://autoconfig.example.org/mail/config-v1.1.xml")
    assert server.requests == []


def test_a_file_too_large_is_refused_declared_or_not(server: AutoconfigServer) -> None:
    server.serve(URL, b"x" * (MAX_BYTES + 1))
    with pytest.raises(AutoconfigFetchError, match="too large to be an autoconfig file"):
        get(server)
    big = b"<!-- " + b"x" * 5000 + b" -->"
    server.replies[URL] = Reply(200, big, {"Content-Length": "1000000", "Connection": "close"})
    with pytest.raises(AutoconfigFetchError, match="too large"):
        get(server)  # refused from the header, before reading
    server.replies[URL] = Reply(200, big, {"Transfer-Encoding": "chunked"})  # no length at all
    server.replies[URL].body = b"%x\r\n%s\r\n0\r\n\r\n" % (len(big), big)
    with pytest.raises(AutoconfigFetchError, match="too large"):
        get(server, limit=4096)
    assert get(server, limit=len(big)) == big


def test_a_slow_server_does_not_hold_the_fetch_past_its_time(server: AutoconfigServer) -> None:
    release = threading.Event()
    server.replies[URL] = Reply(200, b"<clientConfig/>" * 10, drip=10, release=release)
    started = time.monotonic()
    try:
        with pytest.raises(AutoconfigFetchError, match="did not answer in time"):
            get(server, timeout=0.5)
    finally:
        release.set()
    assert time.monotonic() - started < 3


def test_a_host_that_cannot_be_reached_is_said_in_words(no_dns: list[str]) -> None:
    def refused(_host: str, _port: int) -> tuple[str, int]:
        raise ConnectionRefusedError

    with pytest.raises(AutoconfigFetchError) as refused_error:
        fetch(URL, context=ssl.create_default_context(), route=refused)
    assert str(refused_error.value) == "autoconfig.example.org refused the connection."
