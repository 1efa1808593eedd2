"""Header values: the ones going out checked, the ones coming in decoded.

Python 3.11's ``email`` package folds a value with an embedded newline into a new
header line instead of refusing it, so every value a user or script supplies goes
through :func:`check_header_value` before a message is built.

Every subject and name that comes in (a received header, a ``mailto:`` URL) is read
through :func:`decode_words`: the one place RFC 2047 encoded words become text.
"""

from __future__ import annotations

import re
from base64 import b64decode
from binascii import Error as Base64Error
from collections.abc import Iterable

from threadline.core.charsets import decode_declared
from threadline.errors import InvalidInputError
from threadline.i18n import translate

#: Characters that end a line somewhere: SMTP, MIME parsers, or str.splitlines().
_FORBIDDEN = "\r\n\x00\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"


def _forbidden_name(char: str) -> str:
    """A character of :data:`_FORBIDDEN` in words: what a header value "contains"."""
    names = {
        "\r": translate("headers", "a carriage return (CR)"),
        "\n": translate("headers", "a line feed (LF)"),
        "\x00": translate("headers", "a NUL character"),
        "\x0b": translate("headers", "a vertical tab"),
        "\x0c": translate("headers", "a form feed"),
        "\x1c": translate("headers", "a file separator"),
        "\x1d": translate("headers", "a group separator"),
        "\x1e": translate("headers", "a record separator"),
        "\x85": translate("headers", "a next-line character (NEL)"),
        "\u2028": translate("headers", "a line separator"),
        "\u2029": translate("headers", "a paragraph separator"),
    }
    return names[char]


class HeaderInjectionError(InvalidInputError):
    """A header value contains a line break (which could smuggle in other headers)."""


#: Other control characters: no mail header may carry them (RFC 5322 §2.2).
_CONTROL = re.compile("[\x01-\x08\x0e-\x1b\x1f\x7f-\x84\x86-\x9f]")


def check_header_value(field: str, value: str) -> str:
    """Return ``value`` unchanged, or raise :class:`HeaderInjectionError` naming ``field``:
    what the value is, in the user's language with its article, as the subject of the
    sentence ("the subject", "the To address")."""
    field = field[:1].upper() + field[1:]
    for char in _FORBIDDEN:
        if char in value:
            raise HeaderInjectionError(
                translate(
                    "headers",
                    "{field} contains {character}, which is not allowed in a mail header. Remove "
                    "the line break and try again.",
                ).format(field=field, character=_forbidden_name(char))
            )
    control = _CONTROL.search(value)
    if control:
        raise HeaderInjectionError(
            translate(
                "headers",
                "{field} contains a control character (U+{code}), which is not allowed in a "
                "mail header. Remove it and try again.",
            ).format(field=field, code=format(ord(control.group()), "04X"))
        )
    return value


def check_header_values(field: str, values: Iterable[str]) -> list[str]:
    """Check several values of one field (e.g. every recipient)."""
    return [check_header_value(field, value) for value in values]


_THREADING, _MIME, _TRACE = "threading", "mime", "trace"

#: Headers Threadline writes itself (or mail servers do), by lower-case name, with what
#: to use instead (:func:`_instead`). A second copy of any of them would make a message that
#: threads wrongly, shows a forged sender, or reveals a Bcc (RFC 5322 §3.6 allows each only
#: once).
RESERVED_HEADERS: dict[str, str] = {
    "from": "from",
    "sender": "from",
    "to": "to",
    "cc": "cc",
    "bcc": "bcc",
    "reply-to": "reply-to",
    "subject": "subject",
    "date": "date",
    "message-id": _THREADING,
    "in-reply-to": _THREADING,
    "references": _THREADING,
    "thread-index": _THREADING,
    "thread-topic": _THREADING,
    "mime-version": _MIME,
    "content-type": _MIME,
    "content-transfer-encoding": _MIME,
    "content-disposition": _MIME,
    "user-agent": "user-agent",
    "return-path": _TRACE,
    "received": _TRACE,
}


def _instead(kind: str) -> str:
    """Why a reserved header cannot be added, and what to do instead."""
    reasons = {
        "from": translate(
            "headers", "the From is the sending account or one of its aliases (--account)"
        ),
        "to": translate("headers", "give the recipients with --to"),
        "cc": translate("headers", "give the recipients with --cc"),
        "bcc": translate(
            "headers", "give hidden recipients with --bcc (they never appear in the headers)"
        ),
        "reply-to": translate(
            "headers",
            "pass the address as reply_to (the command line takes --header 'Reply-To: ...' as "
            "that)",
        ),
        "subject": translate("headers", "give the subject with --subject"),
        "date": translate(
            "headers", "Threadline dates a message when it goes out (--at sends it later)"
        ),
        _THREADING: translate(
            "headers",
            "Threadline writes the threading headers itself: reply with --in-reply-to, --thread "
            "or --thread-key",
        ),
        _MIME: translate(
            "headers", "Threadline writes the MIME structure from the body, --html and --attach"
        ),
        "user-agent": translate("headers", "Threadline writes its own name there"),
        _TRACE: translate(
            "headers", "it is a trace header that mail servers write, never the sender"
        ),
    }
    return reasons[kind]


def check_extra_header(name: str) -> str:
    """Return ``name`` if a script may add a header of that name, else raise.

    Refused: the headers of :data:`RESERVED_HEADERS` and every ``Resent-*`` header.
    """
    key = name.strip().lower()
    kind = RESERVED_HEADERS.get(key)
    if kind is None and key.startswith("resent-"):
        kind = _TRACE
    if kind is not None:
        raise InvalidInputError(
            translate("headers", "The header {name} cannot be added to a message: {reason}.")
            .format(name=repr(name), reason=_instead(kind))
        )  # fmt: skip
    return name


#: An RFC 2047 encoded word: ``=?charset?Q?text?=`` or ``=?charset?B?text?=``.
_ENCODED_WORD = re.compile(r"=\?([^?\s]+)\?([QqBb])\?([^?\s]*)\?=")
#: An encoded word that a sender's program broke across lines (a fold inside it).
_BROKEN_WORD = re.compile(r"=\?[^?\s]+\?[QqBb]\?[^?\s]*(?:\r?\n[ \t]+[^?\s]*)+\?=")
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_FOLD_WHITESPACE = re.compile(r"\r?\n[ \t]+")
_Q_ESCAPE = re.compile(rb"=([0-9A-Fa-f]{2})")
#: A raw byte 0x80-0xFF as the parser keeps it (PEP 383), and surrogates that are not.
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")
_STRAY_SURROGATE = re.compile("[\ud800-\udc7f\udd00-\udfff]")
#: What a display name cannot hold unquoted (RFC 5322 ``specials``).
_SPECIALS = frozenset('()<>[]:;@\\,."')


def decode_words(value: str, *, phrase: bool = False) -> str:
    """A received header value as text; never raises.

    RFC 2047 encoded words are decoded (charsets read by :func:`decode_declared`, so a
    wrong or unknown one still gives readable text), the whitespace between two of them
    dropped and their bytes joined first (a character split between two words is
    whole again); folds are unfolded, also inside a word a sender's program broke; raw
    8-bit bytes (which the parser keeps as surrogate escapes) are read as UTF-8, else as
    Windows-1252. Control characters are left for the caller.

    ``phrase``: the value is an address list, so decoded text that holds a comma or other
    special is returned as a quoted string (``"Doe, John" <j@x.org>``).
    """
    text = raw_header_text(str(value))
    if "=?" not in text:
        return _FOLD.sub("", text)
    text = _BROKEN_WORD.sub(lambda found: _FOLD_WHITESPACE.sub("", found.group()), text)
    text = _FOLD.sub("", text)
    out: list[str] = []
    run: list[tuple[str, bytes]] = []  # (charset, bytes) of adjacent encoded words
    position = 0
    quoted = False
    for word in _ENCODED_WORD.finditer(text):
        between = text[position : word.start()]
        decoded = _word_bytes(word.group(2), word.group(3))
        if decoded is None:  # not decodable: kept as it is written
            continue
        if run and between.strip(" \t"):
            out.append(_run_text(run, phrase=phrase, quoted=quoted))
            run = []
        if not run:
            out.append(between)
            quoted = _quoted_after(between, quoted) if phrase else False
        run.append((word.group(1), decoded))
        position = word.end()
    if run:
        out.append(_run_text(run, phrase=phrase, quoted=quoted))
    out.append(text[position:])
    return "".join(out)


def raw_header_text(text: str) -> str:
    """Surrogate-escaped raw bytes (RFC 6532 UTF-8, or a legacy 8-bit charset) as text."""
    text = _STRAY_SURROGATE.sub("\ufffd", text)
    if not _ESCAPED_BYTE.search(text):
        return text
    return decode_declared(text.encode("utf-8", "surrogateescape"), "utf-8")


def _word_bytes(encoding: str, text: str) -> bytes | None:
    """The bytes an encoded word's text stands for, or ``None`` when it is not valid."""
    data = text.encode("utf-8")
    if encoding in "Qq":
        spaced = data.replace(b"_", b" ")  # before =5F becomes "_"
        return _Q_ESCAPE.sub(lambda found: bytes.fromhex(found.group(1).decode()), spaced)
    data = data.rstrip(b"=")
    try:
        return b64decode(data + b"=" * (-len(data) % 4), validate=True)
    except (Base64Error, ValueError):
        return None


def _run_text(run: list[tuple[str, bytes]], *, phrase: bool, quoted: bool) -> str:
    """Adjacent encoded words as text: the bytes of words in one charset decoded together."""
    pieces: list[str] = []
    charset, data = run[0][0].lower(), b""
    for word_charset, word_bytes in run:
        if word_charset.lower() != charset:
            pieces.append(decode_declared(data, charset))
            charset, data = word_charset.lower(), b""
        data += word_bytes
    pieces.append(decode_declared(data, charset))
    text = "".join(pieces)
    if not phrase:
        return text
    escaped = text.replace("\\", "\\\\").replace('"', '\\"')
    if quoted:
        return escaped
    return f'"{escaped}"' if _SPECIALS.intersection(text) else text


def _quoted_after(text: str, quoted: bool) -> bool:
    """Whether a quoted string is open after ``text`` (it was open before: ``quoted``)."""
    escaped = False
    for char in text:
        if escaped:
            escaped = False
        elif char == "\\" and quoted:
            escaped = True
        elif char == '"':
            quoted = not quoted
    return quoted
