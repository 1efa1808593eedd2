"""Outlook's conversation headers: ``Thread-Topic`` and ``Thread-Index``.

Outlook and Exchange group a conversation by these as well as by References. The index
is PidTagConversationIndex ([MS-OXOMSG] §2.2.1.3), base64-encoded:

* a 22-byte header block for a new conversation: the reserved byte ``0x01``, the 40 high
  bits of the current FILETIME (big-endian; the low 24 bits are dropped) and a random
  16-byte GUID;
* a reply appends one 5-byte child block to its parent's index: 1 bit delta code, 31 bits
  of time since the header time (FILETIME units >> 18, or >> 23 when the delta is too
  large for that), 8 random bits.

Long conversations: every reply adds 5 bytes, so after about 140 replies the header line
would pass the 998 octets RFC 5322 §2.1.1 allows, servers answer "500 Line too long" and
every later reply fails. A reply therefore keeps at most :data:`MAX_CHILD_BLOCKS` child
blocks (the newest ones) after the parent's header block.
"""

from __future__ import annotations

import base64
import binascii
import os
import uuid
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from threadline.core.subject import strip_reply_prefixes

HEADER_BLOCK_SIZE = 22
CHILD_BLOCK_SIZE = 5

#: The most child blocks a reply's Thread-Index keeps: the header block and the newest
#: 50 replies, 272 bytes, 364 base64 characters on one header line.
#: Sources: [MS-OXOMSG] §2.2.1.3 (PidTagConversationIndex) defines the 22-byte header
#: block and 5-byte "response levels" and sets no maximum; [MS-OXPROPS] §2.652
#: (PidTagConversationIndexTracking) and [MS-OXOMSG] §2.2.1.2 derive the conversation id
#: from the GUID of the header block alone, so Outlook's grouping needs only the first 22
#: bytes, which are always kept. Outlook 2003-2010 could not open messages whose
#: Thread-Index had grown to "hundreds of lines" ("Out of memory or system resources",
#: windowsexplored.com, "Forwarding an Email Ad Infinitum Until it Breaks", 2012), so an
#: index without bound breaks Outlook itself. No Microsoft document we found says how many
#: child blocks Outlook keeps; 50 is our bound: it keeps the depth Outlook shows for any
#: real discussion, and the header line far below 998 octets.
MAX_CHILD_BLOCKS = 50
_FILETIME_EPOCH = datetime(1601, 1, 1, tzinfo=UTC)
_SHORT_DELTA_LIMIT = 1 << 49  # deltas below this fit in 31 bits after >> 18


@dataclass(frozen=True)
class ThreadIndex:
    """A decoded Thread-Index: when the conversation started, its GUID, the replies."""

    started: datetime
    guid: uuid.UUID
    reply_delays: tuple[timedelta, ...]

    @property
    def depth(self) -> int:
        """How many replies deep the message is (0 for a new conversation)."""
        return len(self.reply_delays)


def thread_topic(subject: str | None) -> str:
    """The ``Thread-Topic`` value: the subject without its leading reply prefixes only
    (list tags, ``Fwd:`` and everything else kept), as Outlook's normalized subject."""
    return strip_reply_prefixes(subject)


def _filetime(moment: datetime) -> int:
    delta = moment.astimezone(UTC) - _FILETIME_EPOCH
    return (delta.days * 86_400 + delta.seconds) * 10_000_000 + delta.microseconds * 10


def _from_filetime(ticks: int) -> datetime:
    return _FILETIME_EPOCH + timedelta(microseconds=ticks // 10)


def new_thread_index(now: datetime | None = None, guid: uuid.UUID | None = None) -> str:
    """A base64 ``Thread-Index`` for a message that starts a conversation."""
    moment = now or datetime.now(UTC)
    high40 = (_filetime(moment) >> 24) & 0xFF_FFFF_FFFF
    block = b"\x01" + high40.to_bytes(5, "big") + (guid or uuid.uuid4()).bytes
    return base64.b64encode(block).decode("ascii")


def child_thread_index(parent_index: str | None, now: datetime | None = None) -> str:
    """The reply's ``Thread-Index``: the parent's plus one child block.

    Past :data:`MAX_CHILD_BLOCKS`, the oldest child blocks are dropped (the header block,
    which names the conversation, always stays). A missing or unreadable parent index
    starts a new one (Outlook then falls back to Thread-Topic and References), so a reply
    never fails because of it.
    """
    parent = _decode_raw(parent_index)
    if parent is None:
        return new_thread_index(now)
    children = parent[HEADER_BLOCK_SIZE:]
    keep = (MAX_CHILD_BLOCKS - 1) * CHILD_BLOCK_SIZE
    if len(children) > keep:
        parent = parent[:HEADER_BLOCK_SIZE] + children[len(children) - keep :]
    header_ticks = int.from_bytes(parent[1:6], "big") << 24
    delta = max(0, _filetime(now or datetime.now(UTC)) - header_ticks)
    if delta < _SHORT_DELTA_LIMIT:
        code, units = 0, (delta >> 18) & 0x7FFF_FFFF
    else:
        code, units = 1, (delta >> 23) & 0x7FFF_FFFF
    child = ((code << 31) | units).to_bytes(4, "big") + os.urandom(1)
    return base64.b64encode(parent + child).decode("ascii")


def _decode_raw(value: str | None) -> bytes | None:
    if not value:
        return None
    try:
        raw = base64.b64decode("".join(value.split()), validate=True)
    except (binascii.Error, ValueError):
        return None
    if len(raw) < HEADER_BLOCK_SIZE or (len(raw) - HEADER_BLOCK_SIZE) % CHILD_BLOCK_SIZE:
        return None
    return raw


def parse_thread_index(value: str | None) -> ThreadIndex | None:
    """Decode a ``Thread-Index`` header; ``None`` for anything malformed (never raises)."""
    raw = _decode_raw(value)
    if raw is None:
        return None
    started = _from_filetime(int.from_bytes(raw[1:6], "big") << 24)
    delays = []
    for offset in range(HEADER_BLOCK_SIZE, len(raw), CHILD_BLOCK_SIZE):
        word = int.from_bytes(raw[offset : offset + 4], "big")
        shift = 23 if word >> 31 else 18
        delays.append(timedelta(microseconds=((word & 0x7FFF_FFFF) << shift) // 10))
    return ThreadIndex(started=started, guid=uuid.UUID(bytes=raw[6:22]), reply_delays=tuple(delays))
