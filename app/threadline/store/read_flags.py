"""Whether a message in a mail file was read, as the file says.

Maildir keeps it in the file's place and name: ``new/`` holds mail no program has seen,
``cur/`` files end in ``:2,`` and their flags, ``S`` for seen (cr.yp.to/proto/maildir,
Dovecot's ``!`` and ``;`` separators too). An mbox keeps it in headers its writers add:
``Status:`` with ``R`` (mutt, Pine, Python's :mod:`mailbox`) and Thunderbird's
``X-Mozilla-Status:``, whose 0x0001 bit is "read". A file that says nothing gives
``None``: the caller decides.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

_INFO = re.compile(r"[:!;]2,([A-Za-z]*)$")
_STATUS = re.compile(rb"^Status:[ \t]*([A-Za-z]*)", re.IGNORECASE | re.MULTILINE)
_MOZILLA = re.compile(
    rb"^X-Mozilla-Status:[ \t]*([0-9A-Fa-f]{1,4})\b", re.IGNORECASE | re.MULTILINE
)
#: Thunderbird's "read" bit in X-Mozilla-Status.
_MOZILLA_READ = 0x0001


def was_read(path: Path, raw: bytes) -> bool | None:
    """``True``/``False`` when the Maildir place or the headers say; else ``None``."""
    in_maildir = _maildir_read(path)
    if in_maildir is not None:
        return in_maildir
    return _headers_read(raw)


def _maildir_read(path: Path) -> bool | None:
    if path.parent.name not in ("new", "cur") or not _is_maildir(path.parent.parent):
        return None
    if path.parent.name == "new":
        return False
    info = _INFO.search(path.name)
    return info is not None and "S" in info.group(1)


@lru_cache(maxsize=256)
def _is_maildir(folder: Path) -> bool:
    """Whether ``folder`` has Maildir's ``cur`` and ``new`` (asked once per folder)."""
    return (folder / "cur").is_dir() and (folder / "new").is_dir()


def _headers_read(raw: bytes) -> bool | None:
    end = raw.find(b"\n\n")
    end_crlf = raw.find(b"\r\n\r\n")
    ends = [e for e in (end, end_crlf) if e >= 0]
    head = raw[: min(ends)] if ends else raw
    mozilla = _MOZILLA.search(head)
    if mozilla is not None:
        return bool(int(mozilla.group(1), 16) & _MOZILLA_READ)
    status = _STATUS.search(head)
    if status is not None:
        return "R" in status.group(1).decode("ascii").upper()
    return None
