"""Autoconfig files over HTTPS: where they are, and fetching one warily.

A domain publishes its mail settings at ``https://autoconfig.<domain>/mail/config-v1.1.xml``
(with ``?emailaddress=``) or ``https://<domain>/.well-known/autoconfig/mail/config-v1.1.xml``;
Thunderbird's database of providers (ISPDB) answers for others at
``https://autoconfig.thunderbird.net/v1.1/<domain>``. Only HTTPS, verified with the
caller's TLS context (:func:`threadline.net.tls.client_context` in the app), a time limit
for the whole fetch, a size limit, and at most a few redirects, each to HTTPS again.

``route`` says where to connect for a host name; the certificate is still checked against
the name. Tests route every name to a server on 127.0.0.1, so nothing is looked up.
"""

from __future__ import annotations

import http.client
import socket
import ssl
import time
from collections.abc import Callable
from urllib.parse import quote, urljoin, urlsplit

from threadline import __version__
from threadline.errors import ThreadlineError
from threadline.i18n import translate

OWN_URLS = (
    "https://autoconfig.{domain}/mail/config-v1.1.xml?emailaddress={address}",
    "https://{domain}/.well-known/autoconfig/mail/config-v1.1.xml",
)
#: Thunderbird's database; it is told the domain, never the address.
ISPDB_URL = "https://autoconfig.thunderbird.net/v1.1/{domain}"
#: Seconds for a whole fetch, redirects included.
TIMEOUT = 10.0
#: The largest file read (real ones are a few kilobytes).
MAX_BYTES = 256 * 1024
MAX_REDIRECTS = 3
_REDIRECTS = (301, 302, 303, 307, 308)

#: host, port -> the address to connect to (the certificate is checked against host).
Route = Callable[[str, int], tuple[str, int]]


class AutoconfigFetchError(ThreadlineError):
    """Nothing usable came back; the text says what happened. ``status`` is the HTTP one."""

    def __init__(self, message: str, status: int = 0) -> None:
        super().__init__(message)
        self.status = status


def own_urls(address: str, domain: str) -> list[str]:
    """Where ``domain`` itself may publish its settings, in the order to prefer."""
    return [url.format(domain=domain, address=quote(address, safe="@")) for url in OWN_URLS]


def ispdb_url(domain: str, template: str = ISPDB_URL) -> str:
    """Where Thunderbird's database answers for ``domain``."""
    return template.format(domain=quote(domain, safe=""))


class _Connection(http.client.HTTPSConnection):
    """An HTTPS connection that connects where ``route`` says, verifying ``host``."""

    def __init__(
        self, host: str, port: int, *, context: ssl.SSLContext, timeout: float, route: Route | None
    ) -> None:
        super().__init__(host, port, timeout=timeout, context=context)
        self.tls_context = context
        self.route = route
        self.tls_socket: ssl.SSLSocket | None = None  # kept: http.client drops self.sock

    def connect(self) -> None:
        target = self.route(self.host, self.port) if self.route else (self.host, self.port)
        raw = socket.create_connection(target, self.timeout)
        try:
            self.sock = self.tls_socket = self.tls_context.wrap_socket(
                raw, server_hostname=self.host
            )
        except BaseException:
            raw.close()
            raise


def fetch(
    url: str,
    *,
    context: ssl.SSLContext,
    timeout: float = TIMEOUT,
    limit: int = MAX_BYTES,
    route: Route | None = None,
) -> bytes:
    """The body of ``url`` (HTTPS, status 200), or :class:`AutoconfigFetchError`."""
    deadline = time.monotonic() + timeout
    for _ in range(MAX_REDIRECTS + 1):
        parts = urlsplit(url)
        host = parts.hostname or ""
        if parts.scheme != "https" or not host:
            raise AutoconfigFetchError(
                translate(
                    "autoconfig", "{url} is not an HTTPS address; Threadline only asks over HTTPS."
                ).format(url=url)
            )
        try:
            status, location, body = _get(url, context, deadline, limit, route)
        except AutoconfigFetchError:
            raise
        except ssl.SSLCertVerificationError as error:
            raise AutoconfigFetchError(
                translate(
                    "autoconfig",
                    "The certificate of {host} is not trusted ({reason}); nothing from it was "
                    "used.",
                ).format(host=host, reason=error.verify_message)
            ) from None
        except ssl.SSLError as error:
            reason = error.reason or str(error)
            raise AutoconfigFetchError(
                translate("autoconfig", "The encrypted connection to {host} failed ({reason}).")
                .format(host=host, reason=reason)
            ) from None  # fmt: skip
        except socket.gaierror:
            raise AutoconfigFetchError(
                translate("autoconfig", "{host} does not exist.").format(host=host)
            ) from None
        except TimeoutError:
            raise AutoconfigFetchError(
                translate("autoconfig", "{host} did not answer in time.").format(host=host)
            ) from None
        except ConnectionRefusedError:
            raise AutoconfigFetchError(
                translate("autoconfig", "{host} refused the connection.").format(host=host)
            ) from None
        except (OSError, http.client.HTTPException) as error:
            reason = getattr(error, "strerror", None) or str(error) or type(error).__name__
            raise AutoconfigFetchError(
                translate("autoconfig", "Cannot reach {host} ({reason}).").format(
                    host=host, reason=reason
                )
            ) from None
        if status == 200:
            return body
        if status in _REDIRECTS and location:
            url = urljoin(url, location)
            if urlsplit(url).scheme != "https":
                raise AutoconfigFetchError(
                    translate(
                        "autoconfig",
                        "{host} sent Threadline on to {url}, which is not HTTPS; nothing was "
                        "fetched from there.",
                    ).format(host=host, url=url)
                )
            continue
        raise AutoconfigFetchError(
            translate("autoconfig", "{host} has no autoconfig file there (HTTP {status}).")
            .format(host=host, status=status),
            status,
        )  # fmt: skip
    raise AutoconfigFetchError(
        translate("autoconfig", "{host} redirected too often.").format(host=urlsplit(url).hostname)
    )


def _get(
    url: str, context: ssl.SSLContext, deadline: float, limit: int, route: Route | None
) -> tuple[int, str, bytes]:
    """One GET: the status, the Location header and (for 200) the body within ``limit``."""
    parts = urlsplit(url)
    host = parts.hostname or ""
    connection = _Connection(
        host, parts.port or 443, context=context, timeout=_left(deadline), route=route
    )
    try:
        target = parts.path or "/"
        if parts.query:
            target += f"?{parts.query}"
        connection.request(
            "GET",
            target,
            headers={
                "Accept": "application/xml, text/xml",
                "User-Agent": f"Threadline/{__version__}",
                "Connection": "close",
            },
        )
        response = connection.getresponse()
        if response.status != 200:
            return response.status, response.getheader("Location", ""), b""
        declared = response.getheader("Content-Length", "")
        if declared.isdigit() and int(declared) > limit:
            raise AutoconfigFetchError(too_large(host))
        chunks: list[bytes] = []
        size = 0
        while True:
            if connection.tls_socket is not None:  # each wait ends by the deadline
                connection.tls_socket.settimeout(_left(deadline))
            chunk = response.read1(min(65536, limit + 1 - size))
            if not chunk:
                return 200, "", b"".join(chunks)
            chunks.append(chunk)
            size += len(chunk)
            if size > limit:
                raise AutoconfigFetchError(too_large(host))
    finally:
        connection.close()


def too_large(host: str) -> str:
    return translate("autoconfig", "{host} sent a file too large to be an autoconfig file.").format(
        host=host
    )


def _left(deadline: float) -> float:
    left = deadline - time.monotonic()
    if left <= 0:
        raise TimeoutError
    return left
