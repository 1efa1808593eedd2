"""What the store's queries return: plain, immutable values (no SQLite rows leak out)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class AddedMessage:
    """The outcome of adding one message."""

    rowid: int
    thread_id: int
    duplicate: bool  # the same bytes were already stored; nothing was added


@dataclass(frozen=True)
class ConversationSummary:
    """One line of the conversation list."""

    thread_id: int
    subject: str
    participants: str
    message_count: int
    unread_count: int
    has_sent: bool
    latest_date: int  # UTC epoch seconds
    snippet: str


@dataclass(frozen=True)
class StoredMessage:
    """One stored message's index columns; ``depth`` is its level in the thread tree."""

    rowid: int
    thread_id: int
    message_id: str
    has_message_id: bool
    parent_id: str | None
    subject: str
    from_name: str
    from_addr: str
    to_addrs: str
    cc_addrs: str
    date_utc: int
    snippet: str
    is_sent: bool
    is_unread: bool
    depth: int = 0

    @property
    def sender(self) -> str:
        """The sender as people read it: the name, else the address."""
        return self.from_name or self.from_addr or "(unknown sender)"


@dataclass(frozen=True)
class KnownAddress:
    """An address seen in mail, for completion."""

    address: str
    name: str
    uses: int

    def formatted(self) -> str:
        """``Name <address>`` or the bare address."""
        return f"{self.name} <{self.address}>" if self.name else self.address
