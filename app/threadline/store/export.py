"""Export conversations and messages exactly as they were stored."""

from __future__ import annotations

from pathlib import Path

from threadline.errors import NotFoundError
from threadline.store.mbox import write_mbox
from threadline.store.messages import MessageStore


def export_conversation_mbox(store: MessageStore, thread_id: int, target: Path) -> int:
    """Write a conversation's messages, in tree order, to an mbox file; returns the count."""
    messages = store.thread_messages(thread_id)
    if not messages:
        raise NotFoundError(f"There is no conversation {thread_id}.")
    with Path(target).open("wb") as stream:
        return write_mbox(stream, (store.raw(m.rowid) for m in messages))


def export_message_eml(store: MessageStore, rowid: int, target: Path) -> None:
    """Write one message's exact bytes to an .eml file."""
    try:
        raw = store.raw(rowid)
    except KeyError:
        raise NotFoundError(f"There is no message {rowid}.") from None
    Path(target).write_bytes(raw)
