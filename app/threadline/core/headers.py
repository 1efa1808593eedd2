"""Refuse header values that could inject headers: CR, LF and other line breaks.

Python 3.11's ``email`` package folds a value with an embedded newline into a new
header line instead of refusing it, so every value a user or script supplies goes
through :func:`check_header_value` before a message is built.
"""

from __future__ import annotations

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


def check_header_value(field: str, value: str) -> str:
    """Return ``value`` unchanged, or raise :class:`HeaderInjectionError` naming ``field``."""
    for char, description in _FORBIDDEN.items():
        if char in value:
            raise HeaderInjectionError(
                f"The {field} contains {description}, which is not allowed in a mail header. "
                "Remove the line break and try again."
            )
    return value


def check_header_values(field: str, values: Iterable[str]) -> list[str]:
    """Check several values of one field (e.g. every recipient)."""
    return [check_header_value(field, value) for value in values]
