"""Header folding (RFC 5322 §2.2.3): every line at most 998 octets, nothing lost.

Folding inserts CRLF before whitespace, so unfolding (removing each CRLF that precedes a
space or tab) gives the header back. :func:`fold_text` keeps every character of a value,
runs of spaces and tabs included; what cannot go on a line as it is (non-ASCII text, a
word too long for one line, text that looks like an encoded word) becomes RFC 2047
encoded words that carry their own spaces, so decoding gives the value back exactly.
"""

from __future__ import annotations

import re

from threadline.errors import InvalidInputError
from threadline.i18n import translate

#: The longest header line RFC 5322 §2.1.1 allows, without its CRLF.
MAX_LINE = 998

#: The line length RFC 5322 §2.1.1 recommends, where the words allow it.
WIDTH = 78

#: An RFC 2047 encoded word may be at most 75 characters long (§2).
_ENCODED_WORD_MAX = 75

#: A value split where it may be folded: optional spaces/tabs, then a word (or trailing
#: whitespace alone). Joining the pieces gives the value back.
_CHUNK = re.compile(r"[ \t]*[^ \t]+|[ \t]+")

#: Characters a "Q"-encoded word may carry as they are (RFC 2047 §5 (3), the strictest).
_Q_SAFE = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!*+-/")


def fold_tokens(name: str, tokens: list[str], linesep: str = "\r\n", width: int = WIDTH) -> str:
    """``Name: tok tok`` folded with CRLF+space between tokens, lines up to ``width``."""
    lines = [f"{name}:"]
    for token in tokens:
        if len(lines[-1]) + 1 + len(token) > width and lines[-1] != f"{name}:":
            lines.append("")
        lines[-1] += f" {token}"
    return linesep.join(lines) + linesep


def _looks_encoded(word: str) -> bool:
    return "=?" in word and "?=" in word


def _q_encode(char: str) -> str:
    if char in _Q_SAFE:
        return char
    if char == " ":
        return "_"
    return "".join(f"={byte:02X}" for byte in char.encode("utf-8"))


def encoded_words(text: str) -> list[str]:
    """``text`` as UTF-8 "Q" encoded words of at most 75 characters, split between
    characters; decoded and joined (whitespace between them is ignored) they give
    ``text`` back, spaces and tabs included."""
    words: list[str] = []
    prefix, suffix = "=?utf-8?q?", "?="
    room = _ENCODED_WORD_MAX - len(prefix) - len(suffix)
    current = ""
    for char in text:
        encoded = _q_encode(char)
        if current and len(current) + len(encoded) > room:
            words.append(prefix + current + suffix)
            current = ""
        current += encoded
    if current:
        words.append(prefix + current + suffix)
    return words


def _tokens(name: str, value: str) -> list[str]:
    """The value as tokens that may each start a line: every one but the first begins
    with whitespace. Plain chunks stay as they are; runs of chunks that cannot (non-ASCII,
    too long, encoded-word look-alikes) become encoded words, their inner whitespace
    encoded too, since decoders drop the whitespace between two encoded words."""
    plain_room = MAX_LINE - len(name) - 2
    tokens: list[str] = []
    run = ""  # text waiting to be encoded (from the first word of a run on)
    for chunk in _CHUNK.findall(value):
        word = chunk.lstrip(" \t")
        space = chunk[: len(chunk) - len(word)]
        plain = chunk.isascii() and not _looks_encoded(word) and len(chunk) <= plain_room
        if run and (not plain or not word):  # trailing whitespace after a run joins it
            run += chunk
        elif plain:
            if run:
                tokens.extend(_spaced(encoded_words(run)))
                run = ""
            tokens.append(chunk)
        elif word and len(space) <= WIDTH:
            if space:
                tokens.append(space)  # kept as it is, before the first encoded word
            run = word
        elif tokens:  # whitespace too long for a line: encoded with what follows, but
            tokens.append(chunk[0])  # one plain space still separates the encoded word
            run = chunk[1:]
        else:
            run = chunk
    if run:
        tokens.extend(_spaced(encoded_words(run)))
    return _merge_whitespace(tokens)


def _spaced(words: list[str]) -> list[str]:
    """Encoded words separated by one space (ignored by decoders): the fold points."""
    return [words[0], *(f" {word}" for word in words[1:])] if words else []


def _merge_whitespace(tokens: list[str]) -> list[str]:
    """Join a whitespace-only token to the token after it (a line is never blank)."""
    merged: list[str] = []
    pending = ""
    for token in tokens:
        if token and not token.strip(" \t"):
            pending += token
            continue
        merged.append(pending + token)
        pending = ""
    if pending:
        if merged:
            merged[-1] += pending
        else:
            merged.append(pending)
    return merged


def fold_text(name: str, value: str, linesep: str = "\r\n", width: int = WIDTH) -> str:
    """``Name: value`` folded at whitespace, every line at most 998 octets (``width``
    where the words allow), non-ASCII text in RFC 2047 encoded words.

    Unfolding and decoding the result gives ``value`` back exactly; an ASCII value that
    fits gives ``Name: value`` back by unfolding alone.
    """
    tokens = _tokens(name, value)
    if not tokens:
        return f"{name}:{linesep}"
    lines = [f"{name}: {tokens[0]}"]
    for token in tokens[1:]:
        if len(lines[-1]) + len(token) > width:
            lines.append(token)
        else:
            lines[-1] += token
    return linesep.join(lines) + linesep


def unfold(text: str) -> str:
    """A folded header unfolded (RFC 5322 §2.2.3): every CRLF before a space or tab
    removed; the final line end dropped."""
    return re.sub(r"\r?\n(?=[ \t])", "", text).rstrip("\r\n")


_LONG_LINE = re.compile(rb"[^\r\n]{%d}" % (MAX_LINE + 1))


def check_line_lengths(raw: bytes) -> None:
    """Refuse a message with a line over 998 octets (RFC 5322 §2.1.1, RFC 5321 §4.5.3.1.6):
    servers answer "500 Line too long" and would refuse it for good."""
    found = _LONG_LINE.search(raw)
    if found is None:
        return
    head_end = raw.find(b"\r\n\r\n")
    start = raw.rfind(b"\n", 0, found.start()) + 1
    end = raw.find(b"\n", start)
    length = len(raw[start : end if end >= 0 else len(raw)].rstrip(b"\r"))
    if 0 <= start < head_end:
        name = b""
        for line in raw[:start].split(b"\n"):
            if line and line[:1] not in (b" ", b"\t"):
                name = line.split(b":", 1)[0]
        if raw[start : start + 1] not in (b" ", b"\t"):
            name = raw[start:end].split(b":", 1)[0]
        shown = name.decode("ascii", "replace")[:60]
        raise InvalidInputError(
            translate(
                "folding",
                "The {header} header would have a line of {length} characters, more than the "
                "{limit} mail allows (RFC 5322 §2.1.1), and it cannot be folded. Shorten it.",
            ).format(header=shown, length=format(length, ","), limit=MAX_LINE)
        )
    raise InvalidInputError(
        translate(
            "folding",
            "A line of the message is {length} characters long, more than the {limit} mail "
            "allows (RFC 5322 §2.1.1); servers would refuse it. Attach such a message as a "
            "file instead.",
        ).format(length=format(length, ","), limit=MAX_LINE)
    )
