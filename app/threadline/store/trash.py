"""The local Trash: deleted messages leave the list, search and the reader, and stay
stored (byte for byte) until the deletion is undone.

One deletion (a conversation, or a single message) is one row of ``deletions``; each
message it took points at it, so undoing it gives back exactly those messages. A
conversation whose every message is deleted has no messages to count, so it is not
listed; a new message that joins it later shows it again with that message alone.

The server side follows the pattern of read state (``seen_pending``): a deleted message
still in a server folder gets ``trash_pending`` on that location, and the next sync
moves it to the account's Trash folder and records where it went (``server_trash``).
Undo before that sync only takes ``trash_pending`` off; undo after it marks the
``server_trash`` rows ``restore_pending`` and the next sync moves the message back.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from threadline.store.db import transaction
from threadline.store.folders import Folder
from threadline.store.messages import MessageStore


@dataclass(frozen=True)
class Deletion:
    """One deletion: when, what (a conversation's subject), how many messages."""

    id: int
    deleted_at: int
    subject: str
    messages: int
    #: Server locations now waiting to be moved to the server's Trash by the next sync.
    to_move: int = 0


@dataclass(frozen=True)
class Restored:
    """What undoing a deletion gave back."""

    thread_ids: tuple[int, ...]
    messages: int
    #: Server work for the next sync: moves cancelled before they happened are not
    #: counted; messages already in the server's Trash to move back are.
    to_move_back: int = 0
    #: The deletion this undid.
    deletion_id: int = 0


@dataclass(frozen=True)
class InServerTrash:
    """A deleted message the sync moved to the server's Trash, to move back on Undo."""

    rowid: int
    folder_id: int
    trash: str
    uidvalidity: int
    uid: int
    message_id: str
    has_message_id: bool


def _deletion(row: sqlite3.Row) -> Deletion:
    return Deletion(row["id"], row["deleted_at"], row["subject"], row["messages"])


class Trash:
    """Deleting and restoring messages, and the server moves that follow, in one store."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.messages = MessageStore(conn)

    # -- deleting and undoing -----------------------------------------------------------

    def delete_thread(self, thread_id: int, *, now: float | None = None) -> Deletion | None:
        """Delete every message of a conversation not deleted yet; ``None`` if none was."""
        with transaction(self.conn):
            rowids = [
                row[0]
                for row in self.conn.execute(
                    "SELECT id FROM messages WHERE thread_id = ? AND deletion_id IS NULL",
                    (thread_id,),
                )
            ]
            return self._delete(rowids, now)

    def delete_messages(
        self, rowids: Iterable[int], *, now: float | None = None
    ) -> Deletion | None:
        """Delete some messages (one card of a conversation); ``None`` if none was left to
        delete (unknown, or deleted already)."""
        with transaction(self.conn):
            alive = [
                rowid
                for rowid in dict.fromkeys(rowids)
                if self.conn.execute(
                    "SELECT 1 FROM messages WHERE id = ? AND deletion_id IS NULL", (rowid,)
                ).fetchone()
            ]
            return self._delete(alive, now)

    def _delete(self, rowids: Sequence[int], now: float | None) -> Deletion | None:
        if not rowids:
            return None
        conn = self.conn
        first = conn.execute(
            "SELECT subject FROM messages WHERE id IN (SELECT value FROM json_each(?))"
            " ORDER BY date_utc, id LIMIT 1",
            (_json(rowids),),
        ).fetchone()
        moment = int(time.time() if now is None else now)
        deletion_id = conn.execute(
            "INSERT INTO deletions (deleted_at, subject, messages) VALUES (?, ?, ?) RETURNING id",
            (moment, first[0] if first else "", len(rowids)),
        ).fetchone()[0]
        threads = {
            row[0]
            for row in conn.execute(
                "UPDATE messages SET deletion_id = ? WHERE id IN (SELECT value FROM json_each(?))"
                " RETURNING thread_id",
                (deletion_id, _json(rowids)),
            ).fetchall()
        }
        to_move = conn.execute(
            "UPDATE locations SET trash_pending = 1 WHERE gone = 0 AND trash_pending = 0"
            " AND message_id IN (SELECT id FROM messages WHERE deletion_id = ?)",
            (deletion_id,),
        ).rowcount
        # Undone, then deleted again before the sync moved it back: it stays in the Trash.
        conn.execute(
            "UPDATE server_trash SET restore_pending = 0 WHERE restore_pending = 1"
            " AND message_id IN (SELECT id FROM messages WHERE deletion_id = ?)",
            (deletion_id,),
        )
        for thread_id in threads:
            self.messages.recount(thread_id)
        return Deletion(deletion_id, moment, first[0] if first else "", len(rowids), to_move)

    def restore(self, deletion_id: int) -> Restored:
        """Undo a deletion: its messages are back where they were (``KeyError`` if there
        is no such deletion, e.g. it was undone already)."""
        conn = self.conn
        with transaction(conn):
            if (
                conn.execute("SELECT 1 FROM deletions WHERE id = ?", (deletion_id,)).fetchone()
                is None
            ):
                raise KeyError(deletion_id)
            taken = "message_id IN (SELECT id FROM messages WHERE deletion_id = ?)"
            conn.execute(
                f"UPDATE locations SET trash_pending = 0 WHERE trash_pending = 1 AND {taken}",  # noqa: S608
                (deletion_id,),
            )
            back = conn.execute(
                f"UPDATE server_trash SET restore_pending = 1 WHERE {taken}",  # noqa: S608
                (deletion_id,),
            ).rowcount
            threads = {
                row[0]
                for row in conn.execute(
                    "UPDATE messages SET deletion_id = NULL WHERE deletion_id = ?"
                    " RETURNING thread_id",
                    (deletion_id,),
                ).fetchall()
            }
            row = conn.execute(
                "DELETE FROM deletions WHERE id = ? RETURNING messages", (deletion_id,)
            ).fetchone()
            for thread_id in threads:
                self.messages.recount(thread_id)
        return Restored(tuple(sorted(threads)), int(row[0]), back, deletion_id)

    def deletions(self, limit: int = 200) -> list[Deletion]:
        """What is in the Trash, the latest deletion first."""
        rows = self.conn.execute(
            "SELECT id, deleted_at, subject, messages FROM deletions"
            " ORDER BY deleted_at DESC, id DESC LIMIT ?",
            (limit,),
        )
        return [_deletion(row) for row in rows]

    def deleted_rowids(self, deletion_id: int) -> list[int]:
        """The messages a deletion took, oldest first."""
        rows = self.conn.execute(
            "SELECT id FROM messages WHERE deletion_id = ? ORDER BY date_utc, id", (deletion_id,)
        )
        return [row[0] for row in rows]

    def is_deleted(self, rowid: int) -> bool:
        """Whether a stored message is in the Trash."""
        row = self.conn.execute(
            "SELECT deletion_id FROM messages WHERE id = ?", (rowid,)
        ).fetchone()
        return row is not None and row[0] is not None

    # -- the server: moving to its Trash and back ---------------------------------------

    def pending_moves(self, folder: Folder) -> list[int]:
        """UIDs in ``folder`` of deleted messages still to move to the server's Trash."""
        rows = self.conn.execute(
            "SELECT uid FROM locations WHERE folder_id = ? AND uidvalidity = ?"
            " AND trash_pending = 1 AND gone = 0 ORDER BY uid",
            (folder.id, folder.uidvalidity),
        )
        return [row[0] for row in rows]

    def moved(
        self,
        folder: Folder,
        uids: Iterable[int],
        trash: str,
        *,
        trash_uidvalidity: int = 0,
        new_uids: dict[int, int] | None = None,
    ) -> None:
        """The server moved these UIDs of ``folder`` to ``trash`` (``new_uids``: their
        UIDs there, from COPYUID). Their locations here are gone; where they went is kept
        for Undo."""
        new_uids = new_uids or {}
        with transaction(self.conn):
            for uid in uids:
                row = self.conn.execute(
                    "UPDATE locations SET trash_pending = 0, gone = 1 WHERE folder_id = ?"
                    " AND uidvalidity = ? AND uid = ? RETURNING message_id",
                    (folder.id, folder.uidvalidity, uid),
                ).fetchone()
                if row is None:
                    continue
                new_uid = new_uids.get(uid, 0)
                # undone while the sync was moving it: the next sync moves it back
                self.conn.execute(
                    "INSERT INTO server_trash (message_id, folder_id, trash, uidvalidity, uid,"
                    " restore_pending) VALUES (?, ?, ?, ?, ?, (SELECT deletion_id IS NULL"
                    " FROM messages WHERE id = ?)) ON CONFLICT DO UPDATE SET"
                    " trash = excluded.trash, uidvalidity = excluded.uidvalidity,"
                    " uid = excluded.uid, restore_pending = excluded.restore_pending",
                    (row[0], folder.id, trash, trash_uidvalidity if new_uid else 0, new_uid,
                     row[0]),
                )  # fmt: skip

    def kept_on_server(self, folder: Folder, uids: Iterable[int]) -> None:
        """Deleted here only: the server has nowhere to move them (no Trash folder), or
        they are in its Trash already. Nothing more is asked of the server."""
        with transaction(self.conn):
            self.conn.executemany(
                "UPDATE locations SET trash_pending = 0 WHERE folder_id = ? AND uidvalidity = ?"
                " AND uid = ?",
                [(folder.id, folder.uidvalidity, uid) for uid in uids],
            )

    def pending_restores(self, account_id: str) -> list[InServerTrash]:
        """Messages undeleted here that the server still has in its Trash."""
        rows = self.conn.execute(
            "SELECT t.message_id, t.folder_id, t.trash, t.uidvalidity, t.uid,"
            " m.message_id AS msgid, m.has_message_id FROM server_trash t"
            " JOIN folders f ON f.id = t.folder_id JOIN messages m ON m.id = t.message_id"
            " WHERE f.account_id = ? AND t.restore_pending = 1 ORDER BY t.trash, t.uid",
            (account_id,),
        )
        return [
            InServerTrash(row[0], row[1], row[2], row[3], row[4], row[5], bool(row[6]))
            for row in rows
        ]

    def restored_on_server(self, copies: Iterable[InServerTrash]) -> None:
        """These are out of the server's Trash (moved back, or not to be found there):
        forgotten here; the folder's next sync finds the message at its new UID."""
        with transaction(self.conn):
            self.conn.executemany(
                "DELETE FROM server_trash WHERE message_id = ? AND folder_id = ?",
                [(copy.rowid, copy.folder_id) for copy in copies],
            )

    def has_pending(self) -> bool:
        """Whether a deletion or an undo waits for the server (the app's sync wakes)."""
        return (
            self.conn.execute(
                "SELECT 1 FROM locations WHERE trash_pending = 1 AND gone = 0 UNION ALL"
                " SELECT 1 FROM server_trash WHERE restore_pending = 1 LIMIT 1"
            ).fetchone()
            is not None
        )


def _json(rowids: Sequence[int]) -> str:
    """Row ids as a JSON array, for ``json_each`` (no limit on how many, unlike ``?``s)."""
    return "[" + ",".join(str(int(rowid)) for rowid in rowids) + "]"
