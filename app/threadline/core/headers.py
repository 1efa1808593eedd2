"""Refuse header values that could inject headers (CR, LF, other line breaks) or hold controls.

Python 3.11's ``email`` package folds a value with an embedded newline into a new
header line instead of refusing it, so every value a user or script supplies goes
through :func:`check_header_value` before a message is built.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from threadline.errors import InvalidInputError

#: Characters that end a line somewhere: SMTP, MIME parsers, or str.splitlines().
_FORBIDDEN = {
    "\r": "a carriage return (CR)",
    "\n": "a line feed (LF)",
    "\x00": "a NUL character",
    "\x0b": "a vertical tab",
    "\x0c": "a form feed",
    "\x1c": "a file separator",
    "\x1d": "a group separator",
    "\x1e": "a record separator",
    "\x85": "a next-line character (NEL)",
    "\u2028": "a line separator",
    "\u2029": "a paragraph separator",
}


class HeaderInjectionError(InvalidInputError):
    """A header value contains a line break (which could smuggle in other headers)."""


#: Other control characters: no mail header may carry them (RFC 5322 §2.2).
_CONTROL = re.compile("[\x01-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def check_header_value(field: str, value: str) -> str:
    """Return ``value`` unchanged, or raise :class:`HeaderInjectionError` naming ``field``."""
    for char, description in _FORBIDDEN.items():
        if char in value:
            raise HeaderInjectionError(
                f"The {field} contains {description}, which is not allowed in a mail header. "
                "Remove the line break and try again."
            )
    control = _CONTROL.search(value)
    if control:
        raise HeaderInjectionError(
            f"The {field} contains a control character (U+{ord(control.group()):04X}), "
            "which is not allowed in a mail header. Remove it and try again."
        )
    return value


def check_header_values(field: str, values: Iterable[str]) -> list[str]:
    """Check several values of one field (e.g. every recipient)."""
    return [check_header_value(field, value) for value in values]


_THREADING = (
    "Threadline writes the threading headers itself: reply with --in-reply-to, --thread "
    "or --thread-key"
)
_MIME = "Threadline writes the MIME structure from the body, --html and --attach"
_TRACE = "it is a trace header that mail servers write, never the sender"

#: Headers Threadline writes itself (or mail servers do), by lower-case name, with what
#: to use instead. A second copy of any of them would make a message that threads wrongly,
#: shows a forged sender, or reveals a Bcc (RFC 5322 §3.6 allows each only once).
RESERVED_HEADERS: dict[str, str] = {
    "from": "the From is the sending account or one of its aliases (--account)",
    "sender": "the From is the sending account or one of its aliases (--account)",
    "to": "give the recipients with --to",
    "cc": "give the recipients with --cc",
    "bcc": "give hidden recipients with --bcc (they never appear in the headers)",
    "reply-to": "pass the address as reply_to (the command line takes --header "
    "'Reply-To: ...' as that)",
    "subject": "give the subject with --subject",
    "date": "Threadline dates a message when it goes out (--at sends it later)",
    "message-id": _THREADING,
    "in-reply-to": _THREADING,
    "references": _THREADING,
    "thread-index": _THREADING,
    "thread-topic": _THREADING,
    "mime-version": _MIME,
    "content-type": _MIME,
    "content-transfer-encoding": _MIME,
    "content-disposition": _MIME,
    "user-agent": "Threadline writes its own name there",
    "return-path": _TRACE,
    "received": _TRACE,
}


def check_extra_header(name: str) -> str:
    """Return ``name`` if a script may add a header of that name, else raise.

    Refused: the headers of :data:`RESERVED_HEADERS` and every ``Resent-*`` header.
    """
    key = name.strip().lower()
    reason = RESERVED_HEADERS.get(key)
    if reason is None and key.startswith("resent-"):
        reason = _TRACE
    if reason is not None:
        raise InvalidInputError(f"The header {name!r} cannot be added to a message: {reason}.")
    return name
