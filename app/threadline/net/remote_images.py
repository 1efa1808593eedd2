"""Pictures a message links to on the web, fetched only after the user agreed.

HTTPS is verified with the same trust as mail (:func:`threadline.net.tls.client_context`);
plain HTTP is allowed because the user asked for this message's pictures (as Thunderbird
and Geary do). A redirect may only lead to another http(s) address, a picture may not
be larger than :data:`MAX_BYTES`, no cookie is kept or sent, and the request says no
more about the reader than any browser would.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Iterable
from dataclasses import dataclass, field
from http.client import HTTPMessage
from typing import IO, Any

from threadline.net.tls import client_context

#: The largest picture fetched (bytes); a larger one stays blocked.
MAX_BYTES = 5 * 1024 * 1024
#: The most pictures fetched for one message.
MAX_PICTURES = 60
TIMEOUT = 15.0
_SCHEMES = ("http", "https")


@dataclass
class FetchedPictures:
    """What came back: the bytes by address, and why the others did not."""

    pictures: dict[str, bytes] = field(default_factory=dict)
    failed: dict[str, str] = field(default_factory=dict)


class _WebOnlyRedirects(urllib.request.HTTPRedirectHandler):
    """Follow a redirect only to another http(s) address (never file:, ftp:, data:)."""

    max_redirections = 5

    def redirect_request(
        self, req: urllib.request.Request, fp: IO[bytes], code: int, msg: str,
        headers: HTTPMessage, newurl: str,
    ) -> urllib.request.Request | None:  # fmt: skip
        if newurl.split(":", 1)[0].lower() not in _SCHEMES:
            raise urllib.error.HTTPError(newurl, code, "redirect to a non-web address", headers, fp)
        return super().redirect_request(req, fp, code, msg, headers, newurl)


def _opener() -> urllib.request.OpenerDirector:
    handlers: list[Any] = [
        urllib.request.HTTPSHandler(context=client_context()),
        _WebOnlyRedirects(),
    ]
    opener = urllib.request.build_opener(*handlers)
    opener.addheaders = [("User-Agent", "Mozilla/5.0"), ("Accept", "image/*")]
    return opener


def fetch_pictures(addresses: Iterable[str], *, timeout: float = TIMEOUT) -> FetchedPictures:
    """Fetch each web address (at most :data:`MAX_PICTURES`), one after another."""
    result = FetchedPictures()
    opener = _opener()
    for address in list(dict.fromkeys(addresses))[:MAX_PICTURES]:
        if address.split(":", 1)[0].lower() not in _SCHEMES:
            result.failed[address] = "not a web address"
            continue
        try:
            with opener.open(address, timeout=timeout) as response:
                data = response.read(MAX_BYTES + 1)
        except (OSError, ValueError, urllib.error.URLError) as error:
            result.failed[address] = str(getattr(error, "reason", error))
            continue
        if len(data) > MAX_BYTES:
            result.failed[address] = "larger than 5 MB"
            continue
        result.pictures[address] = data
    return result
