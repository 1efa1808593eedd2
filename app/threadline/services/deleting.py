"""Delete a conversation or one message, and undo it: what the main window and the
``threadline delete`` command share. No Qt here.

Deleting moves messages to the local Trash (:mod:`threadline.store.trash`): they leave
the conversation list, search and the reader at once and stay stored until the deletion
is undone. Copies on an IMAP server are moved to its Trash folder by the next sync;
``Deletion.to_move`` / ``Restored.to_move_back`` say whether the caller should wake the
sync (the app) or tell the user to run one (the command).
"""

from __future__ import annotations

import sqlite3

from threadline.errors import NotFoundError
from threadline.i18n import Context, translate
from threadline.store.trash import Deletion, Restored, Trash

deleting = Context("deleting")


def delete_conversation(
    conn: sqlite3.Connection, thread_id: int, *, now: float | None = None
) -> Deletion:
    """Move every message of a conversation to the Trash (``NotFoundError`` if it has none
    left: unknown, or deleted already)."""
    deletion = Trash(conn).delete_thread(thread_id, now=now)
    if deletion is None:
        raise NotFoundError(
            translate(
                "deleting",
                "There is no conversation {thread} (see 'threadline threads').",
            ).format(thread=thread_id)
        )
    return deletion


def delete_message(conn: sqlite3.Connection, rowid: int, *, now: float | None = None) -> Deletion:
    """Move one message to the Trash; its conversation stays with the others."""
    deletion = Trash(conn).delete_messages([rowid], now=now)
    if deletion is None:
        raise NotFoundError(
            translate(
                "deleting",
                "There is no message {id} to delete (deleted already?).",
            ).format(id=rowid)
        )
    return deletion


def undo_deletion(conn: sqlite3.Connection, deletion_id: int) -> Restored:
    """Give back exactly what a deletion took (``NotFoundError`` if it was undone)."""
    try:
        return Trash(conn).restore(deletion_id)
    except KeyError:
        raise NotFoundError(
            translate(
                "deleting",
                "There is no deletion {id} in the Trash (undone already?).",
            ).format(id=deletion_id)
        ) from None


def deleted_text(deletion: Deletion, *, whole_conversation: bool) -> str:
    """What the status line says: "Conversation moved to Trash." and what follows."""
    if whole_conversation:
        text = translate("deleting", "Conversation moved to Trash.")
    else:
        text = translate("deleting", "Message moved to Trash.")
    if deletion.to_move:
        copies = deleting.tr(
            "The cop(y/ies) on the server go(es) to its Trash folder at the next sync.",
            "",
            deletion.to_move,
        )
        text = f"{text} {copies}"
    return text


def restored_text(restored: Restored) -> str:
    """What the status line says after Undo."""
    text = deleting.tr("%n message(s) restored.", "", restored.messages)
    if restored.to_move_back:
        back = translate("deleting", "It comes back from the server's Trash at the next sync.")
        text = f"{text} {back}"
    return text
