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
