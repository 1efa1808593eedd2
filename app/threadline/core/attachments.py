"""Attachments: safe names, regular files only, and their bytes written in chunks.

A file attached from disk is not read when it is attached: :func:`write_base64` reads it
in pieces when the message is written (to a spooled file, to the outbox, to the server),
so a 30 MB file never becomes 30 MB of bytes plus 40 MB of base64 text in memory.
"""

from __future__ import annotations

import base64
import mimetypes
import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Protocol

from threadline.core.terminal import is_unsafe
from threadline.errors import InvalidInputError
from threadline.i18n import translate

#: The size limit of a message when the server does not say (it gives SIZE in EHLO):
#: what Gmail, Outlook.com and most providers take.
DEFAULT_MAX_SIZE = 25 * 1024 * 1024

#: Bytes of file per base64 line (76 characters, RFC 2045 §6.8) and per chunk read.
_LINE_BYTES = 57
_CHUNK_BYTES = _LINE_BYTES * 1024


class Writable(Protocol):
    """Where a message is written: a file, a spool, a hashing wrapper, a socket."""

    def write(self, data: bytes, /) -> object:
        """Write all of ``data``."""


def format_size(size: int) -> str:
    """``41.2 MB``, ``512 KB``: sizes for people (1 MB = 1,048,576 bytes)."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".0 MB", " MB")
    return f"{max(1, size // 1024)} KB"


def encoded_size(size: int) -> int:
    """Bytes a file of ``size`` bytes takes in a message: base64 in 76-column lines."""
    lines = -(-size // _LINE_BYTES)
    return 4 * -(-size // 3) + 2 * lines


def _cannot_attach(path: Path, error: OSError) -> InvalidInputError:
    reason = error.strerror or str(error)
    text = translate("attachments", "Cannot attach {path}: {reason}.")
    return InvalidInputError(text.format(path=path, reason=reason))


def _regular_stat(path: Path) -> os.stat_result:
    try:
        info = path.stat()  # follows links: a link to /dev/zero is a device
    except OSError as error:
        raise _cannot_attach(path, error) from error
    if not stat.S_ISREG(info.st_mode):
        if stat.S_ISDIR(info.st_mode):
            kind = translate("attachments", "a folder")
        elif stat.S_ISFIFO(info.st_mode):
            kind = translate("attachments", "a FIFO (named pipe)")
        elif stat.S_ISCHR(info.st_mode) or stat.S_ISBLK(info.st_mode):
            kind = translate("attachments", "a device")
        else:
            kind = translate("attachments", "a socket or other special file")
        raise InvalidInputError(
            translate(
                "attachments",
                "Cannot attach {path}: it is {kind}, not a regular file.",
            ).format(path=path, kind=kind)
        )
    return info


def regular_file_size(path: Path) -> int:
    """The size of ``path``, or :class:`InvalidInputError` unless it is a regular file."""
    return _regular_stat(path).st_size


def open_regular(path: Path) -> BinaryIO:
    """``path`` opened for reading, checked to be a regular file first (it may have been
    replaced since it was attached) and opened without waiting on a FIFO."""
    _regular_stat(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        if not stat.S_ISREG(os.fstat(fd).st_mode):  # swapped between the checks
            os.close(fd)
            raise InvalidInputError(
                translate(
                    "attachments",
                    "Cannot attach {path}: it is not a regular file.",
                ).format(path=path)
            )
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        file: BinaryIO = os.fdopen(fd, "rb")
        return file
    except OSError as error:
        raise _cannot_attach(path, error) from error


def write_base64(path: Path, out: Writable) -> int:
    """Write the file as base64 lines of 76 characters joined by CRLF (no CRLF after the
    last line), reading it in chunks; returns the bytes of file read."""
    read = 0
    first = True
    with open_regular(path) as file:
        while chunk := file.read(_CHUNK_BYTES):
            read += len(chunk)
            encoded = base64.b64encode(chunk)
            lines = [encoded[i : i + 76] for i in range(0, len(encoded), 76)]
            if not first:
                out.write(b"\r\n")
            out.write(b"\r\n".join(lines))
            first = False
    return read


#: A MIME type as RFC 6838 allows it: ``type/subtype`` of restricted-name characters.
_CONTENT_TYPE = re.compile(r"[a-z0-9][a-z0-9!#$&^_.+-]*/[a-z0-9][a-z0-9!#$&^_.+-]*")


def safe_filename(name: str) -> str:
    """``name`` made safe as an attachment's file name, whoever chose it.

    A name from received mail or a file on disk may hold CR/LF (which the ``email``
    package refuses with a bare ValueError), terminal controls, a bidi override that
    makes ``fdp.exe`` read ``exe.pdf``, or directories (``../../x``, ``C:\\x``) that a
    recipient's client might follow. Each control or bidi character (see
    :mod:`threadline.core.terminal`), line separator and lone surrogate becomes ``_``;
    only the part after the last ``/`` or ``\\`` is kept, without surrounding spaces;
    the rest of the name is kept as it is, but for angle brackets or double quotes around
    all of it, which readers drop (``email.utils.unquote``: ``<>`` would arrive with no
    name at all). A name that ends up empty or all dots is ``attachment``.
    """
    cleaned = "".join("_" if is_unsafe(c) or c in "\u2028\u2029" else c for c in name)
    parts = [part.strip() for part in re.split(r"[/\\]", cleaned)]
    kept = [part for part in parts if part.strip(".")]
    chosen = kept[-1] if kept else ""
    while len(chosen) >= 2 and (chosen[0], chosen[-1]) in (("<", ">"), ('"', '"')):
        chosen = chosen[1:-1].strip()
    return chosen if chosen.strip(".") else "attachment"


@dataclass(frozen=True)
class Attachment:
    """A file attached to a message: its bytes, or a file read only when the message is
    written (``path``), in chunks, so a large file is never held in memory.

    The file name is cleaned with :func:`safe_filename` and a malformed content type
    becomes ``application/octet-stream`` when the attachment is made, wherever it
    comes from (a file, received mail, a saved draft).
    """

    filename: str
    data: bytes = b""
    content_type: str = "application/octet-stream"
    #: The file to read when the message is written (``data`` is then empty).
    path: Path | None = None
    #: The file's size when it was attached (for limits and the composer's list).
    file_size: int = 0

    def __post_init__(self) -> None:
        content_type = self.content_type.strip().lower()
        if not _CONTENT_TYPE.fullmatch(content_type):
            content_type = "application/octet-stream"
        object.__setattr__(self, "filename", safe_filename(self.filename))
        object.__setattr__(self, "content_type", content_type)

    @property
    def size(self) -> int:
        """Bytes of content (of the file, as it was when attached)."""
        return self.file_size if self.path is not None else len(self.data)

    def content(self) -> bytes:
        """All the bytes (reads the file: for small attachments and saved drafts)."""
        if self.path is None:
            return self.data
        with open_regular(self.path) as file:
            return file.read()

    @classmethod
    def from_path(cls, path: Path | str, *, max_size: int | None = None) -> Attachment:
        """A regular file, read when the message is written; the MIME type is guessed
        from its name. Devices, FIFOs and folders are refused (reading ``/dev/zero``
        never ends, a FIFO waits for a writer), and so is a file over ``max_size``."""
        path = Path(path)
        size = regular_file_size(path)
        if max_size is not None and size > max_size:
            raise InvalidInputError(
                translate(
                    "attachments",
                    "Cannot attach {path}: it is {size}, more than the {limit} a message may "
                    "carry here.",
                ).format(path=path, size=format_size(size), limit=format_size(max_size))
            )
        guessed, encoding = mimetypes.guess_type(path.name)
        content_type = guessed if guessed and not encoding else "application/octet-stream"
        return cls(filename=path.name, content_type=content_type, path=path, file_size=size)
