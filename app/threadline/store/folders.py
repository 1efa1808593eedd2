"""Server folders and where each stored message lives on the server.

A folder's sync state (UIDVALIDITY, UIDNEXT, HIGHESTMODSEQ) changes only in the
transaction that stored what it covers, so a crash can never skip mail: the next sync
starts from the last state that was committed together with its messages.

Read state: a message with locations is unread while none of them is ``\\Seen`` (as
last known from the server) or read here and waiting to be stored there
(``seen_pending``). Messages expunged on the server stay, their location marked gone.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from threadline.store.db import transaction
from threadline.store.messages import MessageStore
from threadline.store.models import AddedMessage

if TYPE_CHECKING:
    from threadline.store.indexing import MessageRecord

#: Roles of the folders Threadline finds by itself; user-added folders have none.
INBOX, SENT, ALL = "inbox", "sent", "all"

_LOCATE = (
    "INSERT INTO locations (folder_id, uidvalidity, uid, message_id, seen, gm_msgid)"
    " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET message_id = excluded.message_id,"
    " seen = excluded.seen, gone = 0, gm_msgid = excluded.gm_msgid"
)


@dataclass(frozen=True)
class Folder:
    """One synced server folder and how far it is synced."""

    id: int
    account_id: str
    name: str
    role: str
    uidvalidity: int
    uidnext: int
    highestmodseq: int
    full_check_at: int
    synced_at: int
    last_error: str
    missing: bool


@dataclass(frozen=True)
class Arrived:
    """A message as a server folder sent it, not indexed yet."""

    uid: int
    seen: bool
    raw: bytes
    gm_msgid: int | None = None


@dataclass(frozen=True)
class NewMessage:
    """A message fetched from a folder, indexed, ready to be stored with its location."""

    uid: int
    seen: bool
    record: MessageRecord
    raw: bytes
    gm_msgid: int | None = None


def _folder(row: sqlite3.Row) -> Folder:
    return Folder(
        id=row["id"],
        account_id=row["account_id"],
        name=row["name"],
        role=row["role"],
        uidvalidity=row["uidvalidity"],
        uidnext=row["uidnext"],
        highestmodseq=row["highestmodseq"],
        full_check_at=row["full_check_at"],
        synced_at=row["synced_at"],
        last_error=row["last_error"],
        missing=bool(row["missing"]),
    )


class FolderStore:
    """Folders, their sync state and message locations, in the store's connection."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.messages = MessageStore(conn)

    # -- folders ------------------------------------------------------------------------

    def folders(self, account_id: str) -> list[Folder]:
        """The account's folders: roles first (inbox, sent, all), then by name."""
        rows = self.conn.execute(
            "SELECT * FROM folders WHERE account_id = ? ORDER BY"
            " CASE role WHEN 'inbox' THEN 0 WHEN 'all' THEN 1 WHEN 'sent' THEN 2 ELSE 3 END,"
            " name",
            (account_id,),
        )
        return [_folder(row) for row in rows]

    def get(self, folder_id: int) -> Folder:
        """One folder by id (``KeyError`` if there is none)."""
        row = self.conn.execute("SELECT * FROM folders WHERE id = ?", (folder_id,)).fetchone()
        if row is None:
            raise KeyError(folder_id)
        return _folder(row)

    def by_role(self, account_id: str, role: str) -> Folder | None:
        """The account's folder with ``role`` (inbox, sent, all), if known."""
        row = self.conn.execute(
            "SELECT * FROM folders WHERE account_id = ? AND role = ? AND missing = 0",
            (account_id, role),
        ).fetchone()
        return _folder(row) if row else None

    def ensure(self, account_id: str, name: str, role: str = "") -> Folder:
        """Add a folder to sync (or give an existing one ``role``); it is present again."""
        with transaction(self.conn):
            if role:  # one folder per role: another that had it loses it
                self.conn.execute(
                    "UPDATE folders SET role = '' WHERE account_id = ? AND role = ? AND name != ?",
                    (account_id, role, name),
                )
            self.conn.execute(
                "INSERT INTO folders (account_id, name, role) VALUES (?, ?, ?)"
                " ON CONFLICT (account_id, name) DO UPDATE SET missing = 0,"
                " role = CASE WHEN excluded.role != '' THEN excluded.role ELSE role END",
                (account_id, name, role),
            )
        row = self.conn.execute(
            "SELECT * FROM folders WHERE account_id = ? AND name = ?", (account_id, name)
        ).fetchone()
        return _folder(row)

    def message_count(self, folder_id: int) -> int:
        """How many stored messages came from the folder (gone from it there or not)."""
        row = self.conn.execute(
            "SELECT count(DISTINCT message_id) FROM locations WHERE folder_id = ?", (folder_id,)
        ).fetchone()
        return int(row[0])

    def remove(self, folder_id: int) -> None:
        """Stop syncing a folder; its messages stay in the store."""
        with transaction(self.conn):
            self.conn.execute("DELETE FROM folders WHERE id = ?", (folder_id,))

    def mark_missing(self, folder_id: int, reason: str) -> None:
        """The folder is gone from the server: its messages stay, marked gone from it."""
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE folders SET missing = 1, last_error = ? WHERE id = ?", (reason, folder_id)
            )
            self.conn.execute(
                "UPDATE locations SET gone = 1 WHERE folder_id = ? AND gone = 0", (folder_id,)
            )

    def record_error(self, folder_id: int, reason: str) -> None:
        """Remember why the last sync of a folder failed ('' when it worked)."""
        with transaction(self.conn):
            self.conn.execute("UPDATE folders SET last_error = ? WHERE id = ?", (reason, folder_id))

    def reset_validity(self, folder_id: int, uidvalidity: int) -> Folder:
        """Start the folder over under a new UIDVALIDITY (RFC 4549 §4.1).

        Locations under the old one mean nothing now and are marked gone; the messages
        stay, and downloading the folder again adds no duplicates (same bytes, one message).
        """
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE locations SET gone = 1 WHERE folder_id = ? AND uidvalidity != ?",
                (folder_id, uidvalidity),
            )
            self.conn.execute(
                "UPDATE folders SET uidvalidity = ?, uidnext = 0, highestmodseq = 0,"
                " full_check_at = 0 WHERE id = ?",
                (uidvalidity, folder_id),
            )
        return self.get(folder_id)

    def save_state(
        self,
        folder_id: int,
        *,
        uidnext: int | None = None,
        highestmodseq: int | None = None,
        full_check_at: int | None = None,
        synced_at: int | None = None,
    ) -> None:
        """Record how far a folder is synced; call inside the transaction that stored it."""
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE folders SET uidnext = coalesce(?, uidnext),"
                " highestmodseq = coalesce(?, highestmodseq),"
                " full_check_at = coalesce(?, full_check_at),"
                " synced_at = coalesce(?, synced_at), last_error = '' WHERE id = ?",
                (uidnext, highestmodseq, full_check_at, synced_at, folder_id),
            )

    # -- locations ----------------------------------------------------------------------

    def known_uids(self, folder: Folder) -> set[int]:
        """UIDs of the folder's messages stored here and not gone, under its UIDVALIDITY."""
        rows = self.conn.execute(
            "SELECT uid FROM locations WHERE folder_id = ? AND uidvalidity = ? AND gone = 0",
            (folder.id, folder.uidvalidity),
        )
        return {row[0] for row in rows}

    def message_with_gm_msgid(self, account_id: str, gm_msgid: int) -> int | None:
        """The stored message Gmail knows by this X-GM-MSGID (seen in another folder)."""
        row = self.conn.execute(
            "SELECT l.message_id FROM locations l JOIN folders f ON f.id = l.folder_id"
            " WHERE f.account_id = ? AND l.gm_msgid = ? LIMIT 1",
            (account_id, gm_msgid),
        ).fetchone()
        return int(row[0]) if row else None

    def store_new(self, folder: Folder, messages: Sequence[NewMessage], *, uidnext: int) -> int:
        """Store fetched messages and their locations, and move the folder's UIDNEXT on,
        all in one transaction. Returns how many messages were new to the store."""
        added = 0
        is_sent = folder.role == SENT
        with transaction(self.conn):
            touched: list[int] = []
            located: list[tuple[int, int, int, int, int, int | None]] = []
            for message in messages:
                result = self.messages.insert(
                    message.record,
                    message.raw,
                    is_sent=is_sent,
                    is_unread=not message.seen and not is_sent,
                )
                located.append(
                    (folder.id, folder.uidvalidity, message.uid, result.rowid,
                     int(message.seen), message.gm_msgid)
                )  # fmt: skip
                if result.duplicate:
                    touched.append(result.rowid)
                else:
                    added += 1
            self.conn.executemany(_LOCATE, located)
            self._refresh_unread(touched)
            self.save_state(folder.id, uidnext=uidnext)
        return added

    def link(self, folder: Folder, copies: Sequence[tuple[int, int, bool, int | None]]) -> None:
        """Record stored messages also found in ``folder``: ``(uid, rowid, seen, gm_msgid)``
        (Gmail shows one message under several labels; it is downloaded once)."""
        if not copies:
            return
        with transaction(self.conn):
            self.conn.executemany(
                "INSERT INTO locations (folder_id, uidvalidity, uid, message_id, seen, gm_msgid)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
                " message_id = excluded.message_id, seen = excluded.seen, gone = 0",
                [(folder.id, folder.uidvalidity, uid, rowid, int(seen), gm)
                 for uid, rowid, seen, gm in copies],
            )  # fmt: skip
            self._refresh_unread(rowid for _uid, rowid, _seen, _gm in copies)

    def store_arrivals(
        self,
        folder: Folder,
        arrivals: Iterable[Arrived],
        *,
        workers: int | None = None,
        batch: int = 500,
        on_stored: Callable[[int], None] | None = None,
    ) -> int:
        """Store a folder's new messages as they arrive (ascending UIDs): parsed in worker
        processes, written ``batch`` at a time; each batch's transaction also records
        where its messages live and moves the folder's UIDNEXT past them, so a crash
        never skips mail. ``on_stored(done)`` after each batch. Returns how many were new.
        """
        # the worker processes' machinery (multiprocessing): only a sync needs it
        from threadline.store.batch_index import index_many, store_many

        pending: dict[int, Arrived] = {}
        located: list[tuple[int, int, int, int, int, int | None]] = []
        touched: list[int] = []
        last_uid = 0
        added = 0
        is_sent = folder.role == SENT

        def raws() -> Iterator[bytes]:
            for position, arrival in enumerate(arrivals):
                pending[position] = arrival
                yield arrival.raw

        def after_insert(position: int, result: AddedMessage) -> None:
            nonlocal last_uid, added
            arrival = pending.pop(position)
            located.append(
                (folder.id, folder.uidvalidity, arrival.uid, result.rowid,
                 int(arrival.seen), arrival.gm_msgid)
            )  # fmt: skip
            last_uid = arrival.uid
            if result.duplicate:
                touched.append(result.rowid)
            else:
                added += 1

        def before_commit() -> None:
            self.conn.executemany(_LOCATE, located)
            self._refresh_unread(touched)
            self.save_state(folder.id, uidnext=last_uid + 1)
            located.clear()
            touched.clear()

        store_many(
            self.messages,
            index_many(raws(), workers=workers),
            batch=batch,
            is_unread=lambda position: not pending[position].seen and not is_sent,
            is_sent=is_sent,
            after_insert=after_insert,
            before_commit=before_commit,
            after_commit=on_stored,
        )
        return added

    def add_location(self, folder: Folder, uid: int, rowid: int, *, seen: bool) -> None:
        """Record that a stored message is also at ``uid`` in ``folder`` (filing a copy)."""
        with transaction(self.conn):
            self.conn.execute(
                "INSERT INTO locations (folder_id, uidvalidity, uid, message_id, seen)"
                " VALUES (?, ?, ?, ?, ?) ON CONFLICT DO UPDATE SET"
                " message_id = excluded.message_id, seen = excluded.seen, gone = 0",
                (folder.id, folder.uidvalidity, uid, rowid, int(seen)),
            )

    def apply_flags(self, folder: Folder, seen_by_uid: dict[int, bool]) -> int:
        """Take the server's read state for known messages; returns how many changed.

        A message read here and not yet marked on the server keeps its local state.
        """
        if not seen_by_uid:
            return 0
        with transaction(self.conn):
            changed_rows: list[int] = []
            for uid, seen in seen_by_uid.items():
                row = self.conn.execute(
                    "UPDATE locations SET seen = ? WHERE folder_id = ? AND uidvalidity = ?"
                    " AND uid = ? AND seen != ? RETURNING message_id",
                    (int(seen), folder.id, folder.uidvalidity, uid, int(seen)),
                ).fetchone()
                if row:
                    changed_rows.append(row[0])
            self._refresh_unread(changed_rows)
        return len(changed_rows)

    def mark_gone(self, folder: Folder, uids: Iterable[int]) -> int:
        """Messages expunged from the folder on the server: kept here, marked gone."""
        uids = list(uids)
        if not uids:
            return 0
        with transaction(self.conn):
            count = 0
            for uid in uids:
                count += self.conn.execute(
                    "UPDATE locations SET gone = 1 WHERE folder_id = ? AND uidvalidity = ?"
                    " AND uid = ? AND gone = 0",
                    (folder.id, folder.uidvalidity, uid),
                ).rowcount
        return count

    def _refresh_unread(self, rowids: Iterable[int]) -> None:
        """Recompute read state from the locations of some messages, and their threads."""
        rowids = list(dict.fromkeys(rowids))
        if not rowids:
            return
        threads: set[int] = set()
        for rowid in rowids:
            row = self.conn.execute(
                "UPDATE messages SET is_unread = (is_sent = 0 AND NOT EXISTS (SELECT 1 FROM"
                " locations l WHERE l.message_id = messages.id AND (l.seen_pending = 1"
                " OR (l.seen AND l.seen_pending = 0))))"
                " WHERE id = ? RETURNING thread_id",
                (rowid,),
            ).fetchone()
            if row:
                threads.add(row[0])
        for thread_id in threads:
            self.conn.execute(
                "UPDATE threads SET unread_count = (SELECT count(*) FROM messages"
                " WHERE thread_id = threads.id AND is_unread = 1 AND deletion_id IS NULL)"
                " WHERE id = ?",
                (thread_id,),
            )

    # -- read state going to the server ---------------------------------------------------

    def mark_thread_read(self, thread_id: int) -> int:
        """Mark a conversation read here, and note \\Seen to store on the server.

        Returns how many server locations now wait for their \\Seen flag.
        """
        with transaction(self.conn):
            pending = self.conn.execute(
                "UPDATE locations SET seen_pending = 1 WHERE seen = 0 AND seen_pending = 0"
                " AND gone = 0 AND message_id IN (SELECT id FROM messages WHERE thread_id = ?)",
                (thread_id,),
            ).rowcount
            self.messages.mark_read(thread_id)
        return pending

    def mark_message_unread(self, rowid: int) -> int:
        """Mark one message unread here, and note that its \\Seen flag is to be taken off
        on the server ("Mark as unread"); returns how many server locations now wait."""
        with transaction(self.conn):
            self.conn.execute(  # read here but not yet there: nothing to tell the server
                "UPDATE locations SET seen_pending = 0 WHERE message_id = ? AND seen_pending = 1"
                " AND seen = 0",
                (rowid,),
            )
            pending = self.conn.execute(
                "UPDATE locations SET seen_pending = -1 WHERE message_id = ? AND seen = 1"
                " AND gone = 0",
                (rowid,),
            ).rowcount
            self.messages.mark_unread(rowid)
        return pending

    def pending_unseen(self, folder: Folder) -> list[int]:
        """UIDs in ``folder`` marked unread here whose \\Seen flag the server still has."""
        rows = self.conn.execute(
            "SELECT uid FROM locations WHERE folder_id = ? AND uidvalidity = ?"
            " AND seen_pending = -1 AND gone = 0 ORDER BY uid",
            (folder.id, folder.uidvalidity),
        )
        return [row[0] for row in rows]

    def unseen_stored(self, folder: Folder, uids: Iterable[int]) -> None:
        """The server no longer has \\Seen on these UIDs."""
        with transaction(self.conn):
            self.conn.executemany(
                "UPDATE locations SET seen = 0, seen_pending = 0 WHERE folder_id = ?"
                " AND uidvalidity = ? AND uid = ?",
                [(folder.id, folder.uidvalidity, uid) for uid in uids],
            )

    def pending_seen(self, folder: Folder) -> list[int]:
        """UIDs in ``folder`` read here whose \\Seen flag the server does not have yet."""
        rows = self.conn.execute(
            "SELECT uid FROM locations WHERE folder_id = ? AND uidvalidity = ?"
            " AND seen_pending = 1 AND gone = 0 ORDER BY uid",
            (folder.id, folder.uidvalidity),
        )
        return [row[0] for row in rows]

    def seen_stored(self, folder: Folder, uids: Iterable[int]) -> None:
        """The server now has \\Seen on these UIDs."""
        with transaction(self.conn):
            self.conn.executemany(
                "UPDATE locations SET seen = 1, seen_pending = 0 WHERE folder_id = ?"
                " AND uidvalidity = ? AND uid = ?",
                [(folder.id, folder.uidvalidity, uid) for uid in uids],
            )

    def has_pending_seen(self) -> bool:
        """Whether any read state waits to go to a server (the app's sync wakes for it)."""
        return (
            self.conn.execute("SELECT 1 FROM locations WHERE seen_pending != 0 LIMIT 1").fetchone()
            is not None
        )

    # -- for the conversation list ------------------------------------------------------

    def folder_names(self, thread_id: int) -> list[str]:
        """The server folders a conversation's messages live in (not gone), by name."""
        rows = self.conn.execute(
            "SELECT DISTINCT f.name FROM locations l JOIN folders f ON f.id = l.folder_id"
            " JOIN messages m ON m.id = l.message_id WHERE m.thread_id = ? AND l.gone = 0"
            " ORDER BY f.name",
            (thread_id,),
        )
        return [row[0] for row in rows]
