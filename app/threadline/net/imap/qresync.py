"""What imapclient lacks for a quick resync (RFC 7162): SELECT with QRESYNC, VANISHED.

``SELECT folder (QRESYNC (uidvalidity modseq))`` makes the server report, before the
tagged OK, every message expunged since that modseq (``* VANISHED (EARLIER) 41,43:116``)
and the flags of every message changed since (``* 49 FETCH (UID 117 FLAGS (\\Seen)
MODSEQ (90060115205545359))``). imapclient's ``select_folder`` takes no parameters and
its ``fetch`` drops answers for a ``1:*`` set, so these few lines talk to the imaplib
object underneath, as imapclient itself does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from imapclient import IMAPClient
from imapclient.response_parser import parse_fetch_response

from threadline.i18n import translate
from threadline.net.imap.errors import FolderMissing, ServerRefused

_SEQUENCE_PART = re.compile(r"^(\d+)(?::(\d+))?$")


@dataclass(frozen=True)
class Selected:
    """A selected folder's state, and what QRESYNC reported as changed since last time."""

    name: str
    uidvalidity: int
    uidnext: int
    highestmodseq: int  # 0: the server keeps no modseqs for this folder (NOMODSEQ)
    exists: int
    vanished: frozenset[int] = frozenset()
    changed_flags: dict[int, tuple[str, ...]] = field(default_factory=dict)
    #: The server answered the QRESYNC parameters (so vanished / changed_flags are complete).
    resynced: bool = False


def parse_sequence_set(text: str) -> set[int]:
    """The numbers of an IMAP sequence set such as ``41,43:116`` (``*`` is not allowed)."""
    numbers: set[int] = set()
    for part in text.strip().split(","):
        match = _SEQUENCE_PART.match(part.strip())
        if not match:
            raise ValueError(f"not a sequence set: {text!r}")
        low = int(match.group(1))
        high = int(match.group(2) or low)
        if low > high:
            low, high = high, low
        numbers.update(range(low, high + 1))
    return numbers


def sequence_set(numbers: Iterable[int]) -> str:
    """The shortest IMAP sequence set for some numbers: ``[1, 2, 3, 7]`` -> ``1:3,7``.

    Command lines have a length limit (Dovecot: 64 KB); a folder's UIDs are mostly runs.
    """
    ordered = sorted(set(numbers))
    if not ordered:
        raise ValueError("an empty sequence set")
    parts: list[str] = []
    start = previous = ordered[0]
    for number in ordered[1:]:
        if number == previous + 1:
            previous = number
            continue
        parts.append(f"{start}:{previous}" if previous > start else str(start))
        start = previous = number
    parts.append(f"{start}:{previous}" if previous > start else str(start))
    return ",".join(parts)


def chunks(numbers: Sequence[int], limit: int = 2000) -> Iterator[list[int]]:
    """``numbers`` in pieces whose sequence sets stay well inside a command line."""
    for start in range(0, len(numbers), limit):
        yield list(numbers[start : start + limit])


def _vanished(lines: list[Any]) -> set[int]:
    found: set[int] = set()
    for line in lines:
        text = line.decode("ascii", "replace") if isinstance(line, bytes) else str(line)
        text = re.sub(r"^\(EARLIER\)\s*", "", text.strip(), flags=re.IGNORECASE)
        if text:
            found |= parse_sequence_set(text)
    return found


def _flags(data: dict[bytes, Any]) -> tuple[str, ...]:
    return tuple(
        f.decode("utf-8", "replace") if isinstance(f, bytes) else str(f)
        for f in data.get(b"FLAGS", ())
    )


def select(
    client: IMAPClient, name: str, *, known: tuple[int, int] | None, readonly: bool = False
) -> Selected:
    """SELECT (or EXAMINE) ``name``, with ``QRESYNC (uidvalidity modseq)`` when ``known``.

    QRESYNC must be enabled on the connection first (``ENABLE QRESYNC``).
    """
    imap = client._imap
    imap.untagged_responses.clear()
    folder = client._normalise_folder(name)
    arguments = [folder.encode("ascii") if isinstance(folder, str) else folder]
    if known is not None and known[0] and known[1]:
        arguments.append(f"(QRESYNC ({known[0]} {known[1]}))".encode("ascii"))
    command = b"EXAMINE" if readonly else b"SELECT"
    kind, data = client._raw_command(command, arguments, uid=False)
    if kind != "OK":
        reason = " ".join(
            (d.decode("utf-8", "replace") if isinstance(d, bytes) else str(d)) for d in data if d
        )
        imap.state = "AUTH"
        if "NONEXISTENT" in reason.upper() or "exist" in reason.lower():
            raise FolderMissing(
                translate(
                    "imap",
                    "The folder {folder} is no longer on the server (deleted or renamed). Its "
                    "messages stay in Threadline.",
                ).format(folder=repr(name))
            )
        raise ServerRefused(
            translate("imap", "The server would not open the folder {folder} ({reason}).").format(
                folder=repr(name), reason=reason
            )
        )
    imap.state = "SELECTED"
    imap.is_readonly = readonly  # imaplib refuses later commands when this disagrees
    untagged = imap.untagged_responses
    vanished_lines = untagged.pop("VANISHED", [])
    fetch_lines = untagged.pop("FETCH", [])
    info = client._process_select_response(untagged)
    changed: dict[int, tuple[str, ...]] = {}
    if fetch_lines:
        for uid, values in parse_fetch_response(fetch_lines, True, True).items():
            changed[int(uid)] = _flags(values)
    return Selected(
        name=name,
        uidvalidity=int(info.get(b"UIDVALIDITY", 0)),
        uidnext=int(info.get(b"UIDNEXT", 0)),
        highestmodseq=int(info.get(b"HIGHESTMODSEQ", 0)),
        exists=int(info.get(b"EXISTS", 0)),
        vanished=frozenset(_vanished(vanished_lines)),
        changed_flags=changed,
        resynced=len(arguments) > 1,
    )


def uid_fetch(
    client: IMAPClient, message_set: str, items: str, modifiers: str | None = None
) -> dict[int, dict[bytes, Any]]:
    """``UID FETCH <set> <items> [<modifiers>]`` keeping every answer (``1:*`` included)."""
    imap = client._imap
    arguments = ["UID", "FETCH", message_set, items] + ([modifiers] if modifiers else [])
    tag = imap._command(*arguments)
    kind, data = imap._command_complete("FETCH", tag)
    if kind != "OK":
        raise ServerRefused(
            translate("imap", "The server refused to list messages ({reason}).").format(
                reason=repr(data)
            )
        )
    kind, data = imap._untagged_response(kind, data, "FETCH")
    parsed = parse_fetch_response(data, True, True)
    return {int(uid): values for uid, values in parsed.items()}
