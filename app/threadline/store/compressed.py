"""Open a file that may be compressed (gzip, xz, bzip2, zstd) as a stream of its content.

The kind is told by the file's first bytes, not its name (``.mbox.gz``, ``.mbox.xz``,
``.zst``, or a Takeout ``.mbox`` that is plain). The content is decompressed as it is
read, never whole. Damaged or cut-short data raises :class:`DamagedFileError` with a
sentence for people, where the decompressors raise a dozen different errors.
"""

from __future__ import annotations

import bz2
import gzip
import io
import lzma
import re
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO, Protocol

import zstandard

from threadline.i18n import translate

#: Read size of the decompressed stream.
BUFFER = 256 * 1024

_ERRORS = (EOFError, OSError, zlib.error, lzma.LZMAError, zstandard.ZstdError)


class DamagedFileError(Exception):
    """Compressed data that cannot be read to its end (damaged, or cut short)."""


class _Decompressing(Protocol):
    def readinto1(self, buffer: bytearray | memoryview, /) -> int: ...

    def close(self) -> None: ...


class _Zstd:
    """zstd frames, one after another, decompressed as read; a frame cut short raises.

    (``zstandard``'s own stream reader ends quietly where the data is cut short.)
    """

    def __init__(self, raw: BinaryIO) -> None:
        self.raw = raw
        self.inner = zstandard.ZstdDecompressor().decompressobj()
        self.pending = b""
        self.started = False  # a frame begun and not finished

    def readinto1(self, buffer: bytearray | memoryview) -> int:
        while not self.pending:
            chunk = self.raw.read(BUFFER)
            if not chunk:
                if self.started:
                    raise EOFError("the last zstd frame is cut short")
                return 0
            self.pending = self._decompress(chunk)
        size = min(len(buffer), len(self.pending))
        buffer[:size] = self.pending[:size]
        self.pending = self.pending[size:]
        return size

    def _decompress(self, chunk: bytes) -> bytes:
        out = []
        while chunk:
            self.started = True
            out.append(self.inner.decompress(chunk))
            if not self.inner.eof:
                break
            chunk = self.inner.unused_data  # the next frame
            self.inner = zstandard.ZstdDecompressor().decompressobj()
            self.started = False
        return b"".join(out)

    def close(self) -> None:
        self.raw.close()


#: (magic bytes, name for people, opener of the decompressed stream)
_KINDS: tuple[tuple[bytes, str, Callable[[BinaryIO], _Decompressing]], ...] = (
    (b"\x1f\x8b", "gzip", lambda raw: gzip.GzipFile(fileobj=raw, mode="rb")),
    (b"\xfd7zXZ\x00", "xz", lambda raw: lzma.LZMAFile(raw)),  # noqa: SIM115 (closed by _Checked)
    (b"\x28\xb5\x2f\xfd", "zstd", _Zstd),
    (b"BZh", "bzip2", lambda raw: bz2.BZ2File(raw)),
)
#: bzip2's magic is short: its block (or end of stream) marker must follow.
_BZIP2 = re.compile(rb"BZh[1-9](?:1AY&SY|\x17rE8P\x90)")


def compression_of(head: bytes) -> str | None:
    """The compression of a file starting with ``head`` (``"gzip"``...), else ``None``."""
    for magic, name, _ in _KINDS:
        if head.startswith(magic) and (name != "bzip2" or _BZIP2.match(head)):
            return name
    return None


def open_content(path: Path) -> BinaryIO:
    """``path`` opened for reading its content: decompressed if it is compressed.

    Close the result when done (it closes the file too).
    """
    raw = path.open("rb")
    try:
        kind = compression_of(raw.read(10))
        raw.seek(0)
        for _magic, name, opener in _KINDS:
            if name == kind:
                checked = _Checked(opener(raw), raw, name)
                return io.BufferedReader(checked, BUFFER)
    except BaseException:
        raw.close()
        raise
    return raw


class _Checked(io.RawIOBase):
    """A decompressing stream whose errors become :class:`DamagedFileError`."""

    def __init__(self, inner: _Decompressing, file: BinaryIO, kind: str) -> None:
        super().__init__()
        self.inner, self.file, self.kind = inner, file, kind

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:  # a little at a time: what came before damage is not lost with it
            return self.inner.readinto1(buffer)
        except _ERRORS as error:
            raise DamagedFileError(
                translate("compressed", "its {kind} data is damaged or cut short ({error})").format(
                    kind=self.kind, error=type(error).__name__
                )
            ) from None

    def close(self) -> None:
        try:
            self.inner.close()
        finally:
            self.file.close()
            super().close()
