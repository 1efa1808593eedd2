"""Export conversations and messages exactly as they were stored.

A new export file is private to the user (0600), like the store it comes from. The
user chose the path, so it may be a link, and a file that exists keeps its mode.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import BinaryIO

from threadline.errors import NotFoundError
from threadline.i18n import translate
from threadline.store.mbox import write_mbox
from threadline.store.messages import MessageStore


def export_conversation_mbox(store: MessageStore, thread_id: int, target: Path) -> int:
    """Write a conversation's messages, in tree order, to an mbox file; returns the count."""
    messages = store.thread_messages(thread_id)
    if not messages:
        raise NotFoundError(
            translate(
                "export",
                "There is no conversation {thread}.",
            ).format(thread=thread_id)
        )
    with _create_private(Path(target)) as stream:
        return write_mbox(stream, (store.raw(m.rowid) for m in messages))


def export_message_eml(store: MessageStore, rowid: int, target: Path) -> None:
    """Write one message's exact bytes to an .eml file."""
    try:
        raw = store.raw(rowid)
    except KeyError:
        raise NotFoundError(
            translate(
                "export",
                "There is no message {id}.",
            ).format(id=rowid)
        ) from None
    with _create_private(Path(target)) as stream:
        stream.write(raw)


def _create_private(target: Path) -> BinaryIO:
    """Open ``target`` for writing (truncated), created 0600 when it does not exist."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC | getattr(os, "O_BINARY", 0)
    return os.fdopen(os.open(target, flags, 0o600), "wb")
