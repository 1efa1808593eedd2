"""Is a file mail, and which messages does it hold?

A file is a message when it starts with RFC 5322 header fields among which is at least
one of From, Date or Message-ID (so a ``PKG-INFO`` or a ``SOURCES.txt`` is not). It is an
mbox when its first line is a ``From `` separator with a date, or one followed by such
headers. Compressed files (gzip, xz, bzip2, zstd) are read through their content. Bytes
are never judged: a NUL, or any 8-bit byte, is kept as it is.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from itertools import chain
from pathlib import Path
from typing import BinaryIO

from threadline.i18n import translate
from threadline.store.compressed import open_content
from threadline.store.envelope import Check, parse_envelope
from threadline.store.mbox import read_entries

#: How much of a file is read to tell what it is (headers of real mail reach 20 KB).
SNIFF_BYTES = 256 * 1024

#: One header field's first line: a name of printable ASCII but ':', then ':'.
_FIELD = re.compile(rb"[\x21-\x39\x3b-\x7e]+[ \t]*:")
_WANTED = re.compile(rb"(?:from|date|message-id)[ \t]*:", re.IGNORECASE)


class NotMailError(Exception):
    """A file is neither a message nor an mbox."""


@dataclass(frozen=True)
class FileMessage:
    """One message of a file: its place in the file (from 1), bytes, mbox separator."""

    number: int
    raw: bytes
    separator: bytes = b""

    @property
    def envelope_time(self) -> int | None:
        """The time on its mbox separator line, if any."""
        envelope = parse_envelope(self.separator, Check.PREFIX) if self.separator else None
        return envelope.time if envelope else None


def has_mail_headers(head: bytes) -> bool:
    """Whether ``head`` starts with header fields that include From, Date or Message-ID."""
    for line in io.BytesIO(head):
        if line in (b"\n", b"\r\n"):
            return False
        if line[:1] in (b" ", b"\t"):  # a field's continuation
            continue
        if not _FIELD.match(line):
            return False
        if _WANTED.match(line):
            return True
    return False


def sniff(head: bytes) -> str:
    """``"mbox"`` or ``"message"`` from a file's first bytes, else :class:`NotMailError`."""
    stripped = head.lstrip(b"\r\n")
    if stripped.startswith(b"From "):
        first, _, rest = stripped.partition(b"\n")
        if parse_envelope(first + b"\n", Check.LAX) or has_mail_headers(rest):
            return "mbox"
        raise NotMailError(
            translate(
                "mail_files", "it starts with 'From ' but is not an mbox (no mail headers follow)"
            )
        )
    if not _FIELD.match(stripped):
        raise NotMailError(
            translate("mail_files", "it does not start with mail headers or an mbox 'From ' line")
        )
    if not has_mail_headers(stripped):
        raise NotMailError(
            translate("mail_files", "its headers have no From, Date or Message-ID: it is not mail")
        )
    return "message"


def messages_in(path: Path) -> Iterator[FileMessage]:
    """The messages of one file (one for .eml and Maildir files, many for an mbox).

    Raises :class:`NotMailError` before the first message for a file that is not mail,
    :class:`~threadline.store.compressed.DamagedFileError` where compressed data ends
    badly (the messages before it were given), ``OSError`` when it cannot be read.
    """
    with open_content(path) as stream:
        head = _head(stream)
        if sniff(b"".join(head)) == "message":
            yield FileMessage(1, b"".join(head) + stream.read())
            return
        for number, entry in enumerate(read_entries(chain(head, stream)), start=1):
            yield FileMessage(number, entry.raw, entry.separator)


def _head(stream: BinaryIO) -> list[bytes]:
    """The first lines of ``stream``: through the first header block's end (the first
    empty line after some text), at most about :data:`SNIFF_BYTES`."""
    lines: list[bytes] = []
    size = 0
    text = False
    while size < SNIFF_BYTES and (line := stream.readline(SNIFF_BYTES)):
        lines.append(line)
        size += len(line)
        blank = line in (b"\n", b"\r\n")
        if blank and text:
            break
        text = text or not blank
    return lines
