"""Links in received mail: does the text a person reads agree with where the link goes?

Phishing mail shows ``https://bank.example`` as the text of a link that leads elsewhere.
Like Thunderbird, Threadline asks before opening a link whose visible text is itself a
web (or e-mail) address naming another host than the real target.
"""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

_HOST = re.compile(r"^[\w-]+(\.[\w-]+)+$")
_EMAIL = re.compile(r"^[^\s@<>]+@([\w-]+(\.[\w-]+)+)$")
#: Punctuation around an address in running text: "(see <https://bank.example>)."
_SURROUNDING = ".,;:!?()[]{}<>\"'«»“”‘’"


def _normal_host(host: str) -> str:
    host = host.strip().rstrip(".").lower()
    try:
        host = host.encode("idna").decode("ascii")
    except UnicodeError:
        pass
    return host.removeprefix("www.")


def shown_host(text: str) -> str | None:
    """The host a link's visible text names, when the text reads as an address; else None."""
    text = text.strip().strip(_SURROUNDING).strip()
    if not text or any(c.isspace() for c in text):
        return None
    email = _EMAIL.match(text.removeprefix("mailto:"))
    if email:
        return _normal_host(email.group(1))
    candidate = text if "://" in text else f"http://{text}"
    try:
        host = urlsplit(candidate).hostname
    except ValueError:
        return None
    if not host or not _HOST.match(host):
        return None
    bare = "://" not in text and not text.lower().startswith("www.") and "/" not in text
    if bare and not re.search(r"\.[a-z]{2,}$", host, re.IGNORECASE):
        return None  # a bare "example.com" is an address; "v2.0" or "e.g." are not
    return _normal_host(host)


def target_host(href: str) -> str | None:
    """The host a link really leads to (for ``mailto:``, the address's domain)."""
    try:
        parts = urlsplit(href.strip())
    except ValueError:
        return None
    if parts.scheme.lower() == "mailto":
        address = unquote(parts.path).split(",")[0]
        found = _EMAIL.match(address.strip())
        return _normal_host(found.group(1)) if found else None
    return _normal_host(parts.hostname) if parts.hostname else None


def is_deceptive(text: str, href: str) -> bool:
    """True when ``text`` reads as an address of another host than ``href`` goes to."""
    shown = shown_host(text)
    if shown is None:
        return False
    return shown != target_host(href)
