"""Read and write mbox files byte-exactly (mboxrd quoting).

The stdlib ``mailbox.mbox`` escapes ``From `` lines when writing but never unescapes
them when reading, so a round trip changes the message. Here a message is stored as
its bytes between separators, with one level of ``>From `` quoting removed, and written
back with that level added: export then import gives back the very same bytes.
"""

from __future__ import annotations

import io
import re
import time
from collections.abc import Iterable, Iterator
from typing import BinaryIO

_QUOTED_FROM = re.compile(rb"^>+From ")
_NEEDS_QUOTE = re.compile(rb"^>*From ")


def read_mbox(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """Yield ``(offset_after, message bytes)`` for each message of an mbox stream.

    A message starts at a ``From `` line at the start of the file or after an empty line.
    """
    lines: list[bytes] = []
    started = False
    previous_blank = True
    offset = 0
    for line in stream:
        offset += len(line)
        if line.startswith(b"From ") and previous_blank:
            if started:
                yield offset - len(line), _finish(lines)
            lines = []
            started = True
            previous_blank = False
            continue
        previous_blank = line in (b"\n", b"\r\n")
        if started:
            lines.append(line[1:] if _QUOTED_FROM.match(line) else line)
    if started:
        yield offset, _finish(lines)


def _finish(lines: list[bytes]) -> bytes:
    """Drop the empty line that separates messages in an mbox."""
    if lines and lines[-1] in (b"\n", b"\r\n"):
        lines = lines[:-1]
    return b"".join(lines)


def mbox_entry(raw: bytes, sender: str = "MAILER-DAEMON", when: float | None = None) -> bytes:
    """One message as an mbox entry: ``From `` line, quoted body, separating empty line."""
    stamp = time.strftime("%a %b %d %H:%M:%S %Y", time.gmtime(when))
    # lines end at LF only, as read_mbox reads them (bytes.splitlines() also breaks at a
    # lone CR, and a "From " quoted after one would never be unquoted)
    quoted = b"".join(b">" + line if _NEEDS_QUOTE.match(line) else line for line in io.BytesIO(raw))
    if not quoted.endswith(b"\n"):
        quoted += b"\n"
    return f"From {sender} {stamp}\n".encode("ascii") + quoted + b"\n"


def write_mbox(stream: BinaryIO, messages: Iterable[bytes]) -> int:
    """Write messages as an mbox; returns how many were written."""
    count = 0
    for raw in messages:
        stream.write(mbox_entry(raw))
        count += 1
    return count
