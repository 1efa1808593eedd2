"""Read and write mbox files byte-exactly (mboxrd quoting).

The stdlib ``mailbox.mbox`` escapes ``From `` lines when writing but never unescapes
them when reading, so a round trip changes the message. Here a message is stored as
its bytes between separators, with one level of ``>From `` quoting removed, and written
back with that level added: export then import gives back the very same bytes.

A separator is a ``From `` line that passes mutt's envelope checks
(:mod:`threadline.store.envelope`): any at the start of the file, a lax check after an
empty line, a strict one where scripts appended a message with no empty line before it.
So an unquoted ``From`` sentence in an mboxo body stays in its message. A message whose
``Content-Length`` header leads exactly to an empty line and the next separator (mboxcl2,
as mutt writes it) has its body taken as it is: mboxcl2 quotes nothing, so nothing is
unquoted. (Our export quotes every ``From`` line, so a message's own Content-Length,
counted before quoting, leads to a separator only where there was nothing to unquote:
the round trip stays exact.)
"""

from __future__ import annotations

import io
import re
import time
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import BinaryIO

from threadline.store.envelope import Check, is_separator, parse_envelope

_QUOTED_FROM = re.compile(rb"^>+From ")
_NEEDS_QUOTE = re.compile(rb"^>*From ")
_CONTENT_LENGTH = re.compile(rb"content-length:[ \t]*(\d{1,12})[ \t]*\r?\n", re.IGNORECASE)
_BLANK = (b"\n", b"\r\n")
_C = frozenset(b"Cc")  # the first byte of a Content-Length header
#: A Content-Length beyond this is not followed (the body is read line by line instead).
MAX_CONTENT_LENGTH = 256 * 1024 * 1024


@dataclass(frozen=True, slots=True)
class MboxEntry:
    """One message of an mbox: where its entry ends, its bytes, its separator line."""

    offset: int
    raw: bytes
    separator: bytes

    @property
    def envelope_time(self) -> int | None:
        """When the separator says the message was stored (``None``: it does not say)."""
        envelope = parse_envelope(self.separator, Check.PREFIX)
        return envelope.time if envelope else None


def read_mbox(stream: BinaryIO) -> Iterator[tuple[int, bytes]]:
    """Yield ``(offset_after, message bytes)`` for each message of an mbox stream."""
    for entry in read_entries(stream):
        yield entry.offset, entry.raw


def read_entries(stream: Iterable[bytes]) -> Iterator[MboxEntry]:
    """Each message of an mbox stream (read line by line, never whole), in order.

    Text before the first separator is ignored. ``offset`` is where the message's entry
    ends: the start of the next separator line, or the end of the stream.
    """
    base = iter(stream)
    source: Iterator[bytes] = base
    pushed: deque[bytes] = deque()  # lines to read again, before the rest of ``base``
    message: list[bytes] = []
    separator = b""
    started = in_headers = fixed = False
    previous_blank = True
    length: int | None = None
    offset = 0
    blanks, quoted, c = _BLANK, _QUOTED_FROM.match, _C  # locals: this loop runs once a line
    for line in base:  # the start: after empty lines, any "From " line separates
        offset += len(line)
        if line in blanks:
            continue
        if parse_envelope(line, Check.PREFIX) is not None:
            started = in_headers = True
            separator = line
        previous_blank = False
        break
    if not started:  # text before the first separator: skipped
        for line in base:
            offset += len(line)
            if line.startswith(b"From ") and is_separator(
                line, Check.LAX if previous_blank else Check.STRICT
            ):
                started = in_headers = True
                separator = line
                break
            previous_blank = line in blanks
    if not started:
        return
    previous_blank = False
    while True:
        for line in source:
            offset += len(line)
            if line.startswith(b"From ") and is_separator(
                line, Check.LAX if previous_blank else Check.STRICT
            ):
                raw = _finish(message, previous_blank and not fixed)
                yield MboxEntry(offset - len(line), raw, separator)
                message, separator = [], line
                in_headers = True
                previous_blank = fixed = False
                length = None
                continue
            previous_blank = line in blanks
            message.append(line[1:] if quoted(line) else line)
            if not in_headers:
                continue
            if previous_blank:
                in_headers = False
                if length is not None:
                    body = _body_of_length(source, pushed, length)
                    if body is not None:
                        offset += sum(map(len, body))
                        message.extend(body[:-1])  # as it is (mboxcl2); the last: empty line
                        fixed = True
                    if pushed:
                        break  # read the lines given back
            elif line[0] in c and (match := _CONTENT_LENGTH.match(line)):
                length = int(match.group(1))
        else:
            break
        source = _replay(pushed, base)
    yield MboxEntry(offset, _finish(message, previous_blank and not fixed), separator)


def _replay(pushed: deque[bytes], base: Iterator[bytes]) -> Iterator[bytes]:
    """The lines given back, then the rest of the stream."""
    while pushed:
        yield pushed.popleft()
    for line in base:  # noqa: UP028 (``yield from`` would close the file with this generator)
        yield line


def _body_of_length(
    source: Iterator[bytes], pushed: deque[bytes], length: int
) -> list[bytes] | None:
    """The ``length`` bytes after the headers and the empty line after them, if they fit
    (mboxcl2); else ``None``, with every line read given back (in ``pushed``).

    They fit when they end at a line end followed by an empty line and then a separator
    (lax check), or by the end of the stream. The separator is given back too.
    """
    taken: list[bytes] = []
    size = 0
    if length <= MAX_CONTENT_LENGTH:
        while size < length and (line := next(source, b"")):
            taken.append(line)
            size += len(line)
    fits = size == length
    after = next(source, b"") if fits else b""
    if after:
        taken.append(after)
        fits = after in _BLANK
    following = next(source, b"") if fits and after else b""
    if following:
        pushed.appendleft(following)  # the next separator, or read again
        fits = is_separator(following, Check.LAX)
    if not fits:
        pushed.extendleft(reversed(taken))
        return None
    return taken if after else [*taken, b""]


def _finish(lines: list[bytes], ends_blank: bool) -> bytes:
    """The message: without the empty line that separates it from the next one."""
    if ends_blank and lines and lines[-1] in _BLANK:
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
