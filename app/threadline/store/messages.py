"""The conversation store: add messages, thread them, and answer the UI's queries.

Threads follow the references graph (JWZ / RFC 5256 REFERENCES without subject
merging). Each Message-ID ever seen, as a message or only as a reference, maps to a
conversation in ``known_ids``; a new message joins the conversation of any id it
shares, and when its ids span several conversations they are merged. Inserting one
message touches only the rows of the conversations involved: nothing is re-threaded.
"""

from __future__ import annotations

import re
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from typing import TYPE_CHECKING, TypeVar

from threadline.core.threads import ThreadNode
from threadline.core.threads import tree_order as core_tree_order
from threadline.store.db import transaction
from threadline.store.models import (
    AddedMessage,
    ConversationSummary,
    KnownAddress,
    StoredMessage,
)

# The parser (the stdlib's email package) is imported where mail is read: listing and
# showing stored conversations needs none of it.
if TYPE_CHECKING:
    from threadline.store.indexing import MessageRecord

_T = TypeVar("_T")

#: How many names the conversation list shows for a conversation.
MAX_PARTICIPANTS = 4

_MESSAGE_COLUMNS = (
    "id, thread_id, message_id, has_message_id, parent_id, subject, from_name, from_addr,"
    " to_addrs, cc_addrs, date_utc, snippet, is_sent, is_unread"
)
_THREAD_COLUMNS = (
    "id, subject, participants, message_count, unread_count, sent_count, latest_date, snippet"
)
_SEARCH_TOKEN = re.compile(r"\w[\w.@+'-]*", re.UNICODE)
_INSERT_SEARCH_ROW = (
    "INSERT INTO messages_fts (rowid, subject, addresses, body) VALUES (?, ?, ?, ?)"
)
#: How many words of a quote :meth:`MessageStore.bodies_contain` looks for, in a row
#: (enough to be one message's; more make the phrase query slower).
PHRASE_WORDS = 12
#: Held-back search rows are written early past this much text: memory stays bounded.
_MAX_DEFERRED_SEARCH_TEXT = 8 * 1024 * 1024


def _summary(row: sqlite3.Row) -> ConversationSummary:
    return ConversationSummary(
        thread_id=row["id"],
        subject=row["subject"],
        participants=row["participants"],
        message_count=row["message_count"],
        unread_count=row["unread_count"],
        has_sent=bool(row["sent_count"]),
        latest_date=row["latest_date"],
        snippet=row["snippet"],
    )


def _stored(row: sqlite3.Row, depth: int = 0) -> StoredMessage:
    return StoredMessage(
        rowid=row["id"],
        thread_id=row["thread_id"],
        message_id=row["message_id"],
        has_message_id=bool(row["has_message_id"]),
        parent_id=row["parent_id"],
        subject=row["subject"],
        from_name=row["from_name"],
        from_addr=row["from_addr"],
        to_addrs=row["to_addrs"],
        cc_addrs=row["cc_addrs"],
        date_utc=row["date_utc"],
        snippet=row["snippet"],
        is_sent=bool(row["is_sent"]),
        is_unread=bool(row["is_unread"]),
        depth=depth,
    )


class MessageStore:
    """Messages and conversations in one SQLite connection (see :mod:`threadline.store.db`)."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._deferred_search: list[tuple[int, str, str, str]] | None = None
        self._deferred_text = 0

    # -- adding -----------------------------------------------------------------------

    def add_message(
        self, raw: bytes, *, is_sent: bool = False, is_unread: bool = False
    ) -> AddedMessage:
        """Store ``raw`` exactly and thread it; the same bytes twice are stored once."""
        from threadline.store.indexing import index_message

        record = index_message(raw)
        with transaction(self.conn):
            return self.insert(record, raw, is_sent=is_sent, is_unread=is_unread)

    def insert(
        self,
        record: MessageRecord,
        raw: bytes | Iterator[bytes],
        *,
        is_sent: bool = False,
        is_unread: bool = False,
    ) -> AddedMessage:
        """Insert an indexed message; the caller holds a transaction (batch imports).

        ``raw`` is the message's bytes, or its pieces in order (``record.size`` bytes in
        all): a large message is then written a piece at a time, never held whole.
        """
        conn = self.conn
        existing = conn.execute(
            "SELECT id, thread_id FROM messages WHERE sha256 = ?", (record.sha256,)
        ).fetchone()
        if existing:
            if is_sent:
                self._mark_sent(existing["id"], existing["thread_id"])
            return AddedMessage(existing["id"], existing["thread_id"], duplicate=True)
        thread_id = self._thread_for(record.thread_links)
        cursor = conn.execute(
            "INSERT INTO messages (thread_id, sha256, message_id, has_message_id, parent_id,"
            " refs, subject, from_name, from_addr, to_addrs, cc_addrs, date_utc, snippet,"
            " is_sent, is_unread, size, imported_at)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (
                thread_id,
                record.sha256,
                record.message_id,
                record.has_message_id,
                record.parent_id,
                " ".join(record.references),
                record.subject,
                record.from_name,
                record.from_addr,
                record.to_addrs,
                record.cc_addrs,
                record.date_utc,
                record.snippet,
                is_sent,
                is_unread,
                record.size,
                int(time.time()),
            ),
        )
        rowid = cursor.lastrowid
        assert rowid is not None
        if isinstance(raw, bytes):
            conn.execute("INSERT INTO raw_messages (message_id, raw) VALUES (?, ?)", (rowid, raw))
        else:
            self._write_pieces(rowid, raw, record.size)
        search_row = (
            rowid,
            record.subject,
            " ".join(f"{name} {address}" for name, address in record.addresses),
            record.body_text,
        )
        if self._deferred_search is None:
            conn.execute(_INSERT_SEARCH_ROW, search_row)
        else:
            self._deferred_search.append(search_row)
            self._deferred_text += len(record.body_text)
            if self._deferred_text > _MAX_DEFERRED_SEARCH_TEXT:
                self._write_deferred_search()
        self._count_into_thread(thread_id, record, is_sent=is_sent, is_unread=is_unread)
        self._remember_addresses(record)
        return AddedMessage(rowid, thread_id, duplicate=False)

    @contextmanager
    def search_rows_deferred(self) -> Iterator[None]:
        """Inside one transaction: the search rows of messages inserted in the block are
        written together when it ends.

        FTS5 holds new rows in memory and writes them out as a new segment whenever a
        statement needs a savepoint, as each thread merge does; with the rows held back
        to the end of the batch, a merge has nothing to write out (a batch import is about
        a third faster). End the block before COMMIT. When the block raises, its rows are
        not written: roll the transaction back. Nested blocks join the outer one.
        """
        if self._deferred_search is not None:
            yield
            return
        self._deferred_search = []
        try:
            yield
            self._write_deferred_search()
        finally:
            self._deferred_search = None
            self._deferred_text = 0

    def _write_deferred_search(self) -> None:
        if self._deferred_search:
            self.conn.executemany(_INSERT_SEARCH_ROW, self._deferred_search)
            self._deferred_search.clear()
            self._deferred_text = 0

    def _thread_for(self, links: Sequence[str]) -> int:
        """The conversation for a message with these ids, merging conversations it joins."""
        conn = self.conn
        unique = list(dict.fromkeys(links))
        known: dict[str, int] = {}
        for part in _chunks(unique):  # a statement takes only so many variables
            placeholders = ",".join("?" * len(part))
            known.update(
                conn.execute(
                    f"SELECT msgid, thread_id FROM known_ids WHERE msgid IN ({placeholders})",  # noqa: S608
                    part,
                ).fetchall()
            )
        found = list(dict.fromkeys(known.values()))
        if not found:
            target = conn.execute("INSERT INTO threads DEFAULT VALUES").lastrowid
            assert target is not None
        elif len(found) == 1:
            target = found[0]
        else:
            target = self._merge(found)  # moves every id of the merged threads to target
        # Ids already known now point at ``target`` (one thread, or merged into it): only
        # the new ones are written (rewriting every reference cost most of an insert).
        new = [(msgid, target) for msgid in unique if msgid not in known]
        if new:
            conn.executemany("INSERT INTO known_ids (msgid, thread_id) VALUES (?, ?)", new)
        return target

    def _merge(self, thread_ids: list[int]) -> int:
        """Fold several conversations into the largest; returns its id."""
        conn = self.conn
        sizes: list[tuple[int, int]] = []  # (message count, thread id)
        for part in _chunks(thread_ids):
            placeholders = ",".join("?" * len(part))
            sizes.extend(
                conn.execute(
                    f"SELECT message_count, id FROM threads WHERE id IN ({placeholders})",  # noqa: S608
                    part,
                ).fetchall()
            )
        target = min(sizes, key=lambda size: (-size[0], size[1]))[1]  # the largest, oldest
        others = [t for t in thread_ids if t != target]
        for other in others:
            conn.execute("UPDATE messages SET thread_id = ? WHERE thread_id = ?", (target, other))
            conn.execute("UPDATE known_ids SET thread_id = ? WHERE thread_id = ?", (target, other))
            conn.execute("DELETE FROM threads WHERE id = ?", (other,))
        self.recount(target)
        return int(target)

    def recount(self, thread_id: int) -> None:
        """Recompute a conversation's aggregates from its messages not in the Trash (after
        a merge, a deletion or its undo); the caller holds a transaction."""
        conn = self.conn
        rows = conn.execute(
            "SELECT subject, from_name, from_addr, date_utc, snippet, is_sent, is_unread"
            " FROM messages WHERE thread_id = ? AND deletion_id IS NULL ORDER BY date_utc, id",
            (thread_id,),
        ).fetchall()
        if not rows:
            conn.execute(
                "UPDATE threads SET message_count = 0, unread_count = 0, sent_count = 0,"
                " participants = '', snippet = '', subject = '' WHERE id = ?",
                (thread_id,),
            )
            return
        names: list[str] = []
        for row in rows:
            names = _with_participant(names, row["from_name"] or row["from_addr"])
        conn.execute(
            "UPDATE threads SET subject = ?, earliest_date = ?, latest_date = ?,"
            " message_count = ?, unread_count = ?, sent_count = ?, participants = ?,"
            " snippet = ? WHERE id = ?",
            (
                rows[0]["subject"],
                rows[0]["date_utc"],
                rows[-1]["date_utc"],
                len(rows),
                sum(r["is_unread"] for r in rows),
                sum(r["is_sent"] for r in rows),
                ", ".join(names),
                rows[-1]["snippet"],
                thread_id,
            ),
        )

    def _count_into_thread(
        self, thread_id: int, record: MessageRecord, *, is_sent: bool, is_unread: bool
    ) -> None:
        row = self.conn.execute(
            "SELECT participants, message_count FROM threads WHERE id = ?", (thread_id,)
        ).fetchone()
        current = [p for p in row["participants"].split(", ") if p]
        names = _with_participant(current, record.from_name or record.from_addr)
        date = record.date_utc
        self.conn.execute(
            "UPDATE threads SET"
            " subject = CASE WHEN message_count = 0 OR ? < earliest_date THEN ? ELSE subject END,"
            " earliest_date = CASE WHEN message_count = 0 OR ? < earliest_date"
            "   THEN ? ELSE earliest_date END,"
            " snippet = CASE WHEN message_count = 0 OR ? >= latest_date THEN ? ELSE snippet END,"
            " latest_date = CASE WHEN message_count = 0 OR ? > latest_date"
            "   THEN ? ELSE latest_date END,"
            " message_count = message_count + 1,"
            " unread_count = unread_count + ?, sent_count = sent_count + ?, participants = ?"
            " WHERE id = ?",
            (
                date,
                record.subject,
                date,
                date,
                date,
                record.snippet,
                date,
                date,
                int(is_unread),
                int(is_sent),
                ", ".join(names),
                thread_id,
            ),
        )

    def _write_pieces(self, rowid: int, pieces: Iterator[bytes], size: int) -> None:
        """Room for ``size`` bytes (``raw`` is its row's last column: nothing is filled in
        memory), then the pieces written into it one by one."""
        self.conn.execute(
            "INSERT INTO raw_messages (message_id, raw) VALUES (?, zeroblob(?))", (rowid, size)
        )
        written = 0
        with self.conn.blobopen("raw_messages", "raw", rowid) as blob:
            for piece in pieces:
                if written + len(piece) > size:
                    raise ValueError(f"the message has more than the {size} bytes indexed")
                blob.write(piece)
                written += len(piece)
        if written != size:
            raise ValueError(f"the message ended after {written} of the {size} bytes indexed")

    def _mark_sent(self, rowid: int, thread_id: int) -> None:
        changed = self.conn.execute(
            "UPDATE messages SET is_sent = 1 WHERE id = ? AND is_sent = 0 RETURNING deletion_id",
            (rowid,),
        ).fetchone()
        if changed is not None and changed[0] is None:  # (one in the Trash is not counted)
            self.conn.execute(
                "UPDATE threads SET sent_count = sent_count + 1 WHERE id = ?", (thread_id,)
            )

    def _remember_addresses(self, record: MessageRecord) -> None:
        now = record.date_utc
        self.conn.executemany(
            "INSERT INTO addresses (address, name, uses, last_used) VALUES (?, ?, 1, ?)"
            " ON CONFLICT (address) DO UPDATE SET uses = uses + 1,"
            " name = CASE WHEN excluded.name != '' THEN excluded.name ELSE name END,"
            " last_used = max(last_used, excluded.last_used)",
            [(address, name, now) for name, address in dict.fromkeys(record.addresses)],
        )

    # -- reading ----------------------------------------------------------------------

    def raw(self, rowid: int) -> bytes:
        """The exact bytes of a stored message."""
        row = self.conn.execute(
            "SELECT raw FROM raw_messages WHERE message_id = ?", (rowid,)
        ).fetchone()
        if row is None:
            raise KeyError(rowid)
        return bytes(row[0])

    def message(self, rowid: int) -> StoredMessage:
        """One stored message by its row id."""
        row = self.conn.execute(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE id = ?",  # noqa: S608
            (rowid,),
        ).fetchone()
        if row is None:
            raise KeyError(rowid)
        return _stored(row)

    def find_by_message_id(self, msgid: str) -> list[StoredMessage]:
        """The stored messages with this (bare) Message-ID: usually one, sometimes more."""
        rows = self.conn.execute(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE message_id = ? ORDER BY id",  # noqa: S608
            (msgid,),
        )
        return [_stored(row) for row in rows]

    def thread_of_message(self, msgid: str) -> int | None:
        """The conversation an id belongs to, even if only referenced so far."""
        row = self.conn.execute(
            "SELECT thread_id FROM known_ids WHERE msgid = ?", (msgid,)
        ).fetchone()
        return int(row[0]) if row else None

    def conversation(self, thread_id: int) -> ConversationSummary | None:
        """One conversation's summary, or ``None`` if there is no such conversation."""
        row = self.conn.execute(
            f"SELECT {_THREAD_COLUMNS} FROM threads WHERE id = ? AND message_count > 0",  # noqa: S608
            (thread_id,),
        ).fetchone()
        return _summary(row) if row else None

    def conversation_count(self) -> int:
        """How many conversations there are."""
        return int(
            self.conn.execute("SELECT count(*) FROM threads WHERE message_count > 0").fetchone()[0]
        )

    def message_count(self) -> int:
        """How many messages are stored."""
        return int(self.conn.execute("SELECT count(*) FROM messages").fetchone()[0])

    def conversations(
        self, limit: int = 200, offset: int = 0, *, after: ConversationSummary | None = None
    ) -> list[ConversationSummary]:
        """A page of conversations, the most recently active first.

        ``after`` (the last conversation of the previous page) continues the list with an
        index seek, so every page costs the same however deep the list is scrolled.
        """
        if after is not None:
            rows = self.conn.execute(
                f"SELECT {_THREAD_COLUMNS} FROM threads WHERE message_count > 0"  # noqa: S608
                " AND (latest_date < ? OR (latest_date = ? AND id < ?))"
                " ORDER BY latest_date DESC, id DESC LIMIT ?",
                (after.latest_date, after.latest_date, after.thread_id, limit),
            )
        else:
            rows = self.conn.execute(
                f"SELECT {_THREAD_COLUMNS} FROM threads WHERE message_count > 0"  # noqa: S608
                " ORDER BY latest_date DESC, id DESC LIMIT ? OFFSET ?",
                (limit, offset),
            )
        return [_summary(row) for row in rows]

    def newest_message(self, thread_id: int) -> StoredMessage | None:
        """The latest message of a conversation (what a reply "into" it answers)."""
        row = self.conn.execute(
            f"SELECT {_MESSAGE_COLUMNS} FROM messages WHERE thread_id = ?"  # noqa: S608
            " AND deletion_id IS NULL ORDER BY date_utc DESC, id DESC LIMIT 1",
            (thread_id,),
        ).fetchone()
        return _stored(row) if row else None

    def thread_messages(self, thread_id: int) -> list[StoredMessage]:
        """A conversation's messages in tree order (depth-first, siblings by date)."""
        rows = self.conn.execute(
            f"SELECT {_MESSAGE_COLUMNS}, refs FROM messages WHERE thread_id = ?"  # noqa: S608
            " AND deletion_id IS NULL ORDER BY date_utc, id",
            (thread_id,),
        ).fetchall()
        return tree_order(rows)

    def mark_read(self, thread_id: int) -> None:
        """Mark every message of a conversation read."""
        with transaction(self.conn):
            self.conn.execute(
                "UPDATE messages SET is_unread = 0 WHERE thread_id = ? AND is_unread = 1",
                (thread_id,),
            )
            self.conn.execute("UPDATE threads SET unread_count = 0 WHERE id = ?", (thread_id,))

    def mark_unread(self, rowid: int) -> None:
        """Mark one message unread ("Mark as unread"), and count it in its conversation."""
        with transaction(self.conn):
            row = self.conn.execute(
                "UPDATE messages SET is_unread = 1 WHERE id = ? RETURNING thread_id", (rowid,)
            ).fetchone()
            if row is not None:
                self.conn.execute(
                    "UPDATE threads SET unread_count = (SELECT count(*) FROM messages"
                    " WHERE thread_id = threads.id AND is_unread = 1"
                    " AND deletion_id IS NULL) WHERE id = ?",
                    (row[0],),
                )

    def search(self, query: str, limit: int = 200) -> list[ConversationSummary]:
        """Conversations with a message matching every word of ``query`` (full text).

        Words match subject, addresses and body; the last word also matches as a prefix
        (search as you type). Any user input is safe: FTS syntax is never interpreted.
        """
        fts_query = fts_query_for(query)
        if not fts_query:
            return []
        rows = self.conn.execute(
            f"SELECT {_THREAD_COLUMNS} FROM threads WHERE id IN ("  # noqa: S608
            " SELECT thread_id FROM messages WHERE deletion_id IS NULL AND id IN"
            "  (SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?))"
            " ORDER BY latest_date DESC, id DESC LIMIT ?",
            (fts_query, limit),
        )
        return [_summary(row) for row in rows]

    def bodies_contain(self, rowids: Sequence[int], text: str) -> bool:
        """Whether the body of one of the messages ``rowids`` holds ``text``'s first
        :data:`PHRASE_WORDS` words in a row (as the search index reads words: case,
        accents, punctuation, line breaks and ``>`` quote marks do not count).

        One phrase query on the search index (the index keeps no text to read back),
        within the rows' range; the rows found are then checked against ``rowids`` here:
        asking the index with ``rowid IN (...)`` runs the phrase query once per row
        (300 rows of a long conversation took 57 ms, and seconds in a large mailbox).
        ``False`` when ``text`` has no word.
        """
        words = text.split()[:PHRASE_WORDS]
        if not rowids or not any(char.isalnum() for char in "".join(words)):
            return False
        phrase = 'body : "' + " ".join(words).replace('"', '""') + '"'
        wanted = set(rowids)
        found = self.conn.execute(
            "SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? AND rowid BETWEEN ? AND ?",
            (phrase, min(wanted), max(wanted)),
        )
        return any(row[0] in wanted for row in found)

    def known_addresses(self, prefix: str, limit: int = 20) -> list[KnownAddress]:
        """Addresses (or names) starting with ``prefix``, the most used first."""
        prefix = prefix.strip()
        if not prefix:
            return []
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self.conn.execute(
            "SELECT address, name, uses FROM addresses"
            " WHERE address LIKE ? ESCAPE '\\' OR name LIKE ? ESCAPE '\\'"
            " OR name LIKE ? ESCAPE '\\'"
            " ORDER BY uses DESC, last_used DESC LIMIT ?",
            (f"{escaped}%", f"{escaped}%", f"% {escaped}%", limit),
        )
        return [KnownAddress(row["address"], row["name"], row["uses"]) for row in rows]


#: Ids per ``IN (...)`` lookup: SQLite's default limit of variables in one statement is
#: 32766, and a message may reference more ids than that.
_LOOKUP_CHUNK = 500


def _chunks(items: Sequence[_T]) -> Iterator[Sequence[_T]]:
    """``items`` in slices of at most :data:`_LOOKUP_CHUNK`."""
    for start in range(0, len(items), _LOOKUP_CHUNK):
        yield items[start : start + _LOOKUP_CHUNK]


def _with_participant(names: list[str], name: str) -> list[str]:
    name = name.strip()
    if not name or name in names or len(names) >= MAX_PARTICIPANTS:
        return names
    return [*names, name]


def fts_query_for(text: str) -> str:
    """An FTS5 query matching every word of ``text``; the last one as a prefix."""
    words = _SEARCH_TOKEN.findall(text)
    if not words:
        return ""
    quoted = ['"' + word.replace('"', "") + '"' for word in words]
    if not text.endswith(" "):
        quoted[-1] += "*"
    return " ".join(quoted)


def tree_order(rows: Iterable[sqlite3.Row]) -> list[StoredMessage]:
    """One conversation's rows (sorted by date) as a tree, depth-first (core.threads)."""
    rows = list(rows)
    nodes = [
        ThreadNode(row["id"], row["message_id"], row["parent_id"], tuple(row["refs"].split()))
        for row in rows
    ]
    by_key = {row["id"]: row for row in rows}
    return [_stored(by_key[node.key], depth) for node, depth in core_tree_order(nodes)]
