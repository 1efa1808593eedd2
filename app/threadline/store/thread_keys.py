"""Thread keys: a name a script chooses for a conversation, remembered across restarts."""

from __future__ import annotations

import sqlite3
import time
from dataclasses import dataclass

from threadline.core.headers import check_header_value
from threadline.errors import InvalidInputError
from threadline.i18n import translate


@dataclass(frozen=True)
class ThreadKey:
    """Where a keyed conversation stands: what the next message replies to."""

    key: str
    account_id: str
    subject: str
    last_message_id: str
    last_references: tuple[str, ...]
    last_thread_index: str
    messages: int


def check_key(key: str) -> str:
    """A key is any non-empty one-line text of at most 200 characters."""
    check_header_value(translate("thread_keys", "the thread key"), key)
    if not key.strip() or len(key) > 200:
        raise InvalidInputError(
            translate(
                "thread_keys",
                "A thread key must be 1 to 200 characters on one line.",
            )
        )
    return key


class ThreadKeys:
    """The ``thread_keys`` table; call inside the transaction that queues the message."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def get(self, key: str) -> ThreadKey | None:
        """The state of a key, or ``None`` when nothing was sent under it yet."""
        row = self.conn.execute("SELECT * FROM thread_keys WHERE key = ?", (key,)).fetchone()
        if row is None:
            return None
        return ThreadKey(
            key=row["key"],
            account_id=row["account_id"],
            subject=row["subject"],
            last_message_id=row["last_message_id"],
            last_references=tuple(row["last_references"].split()),
            last_thread_index=row["last_thread_index"],
            messages=row["messages"],
        )

    def advance(
        self,
        key: str,
        *,
        account_id: str,
        subject: str,
        message_id: str,
        references: list[str],
        thread_index: str,
    ) -> None:
        """Record the newest message sent under ``key`` (creating the key if new; the
        subject and account are the first message's, see :meth:`change_subject`)."""
        now = int(time.time())
        self.conn.execute(
            "INSERT INTO thread_keys (key, account_id, subject, last_message_id, last_references,"
            " last_thread_index, messages, created_at, updated_at) VALUES (?,?,?,?,?,?,1,?,?)"
            " ON CONFLICT (key) DO UPDATE SET last_message_id = excluded.last_message_id,"
            " last_references = excluded.last_references,"
            " last_thread_index = excluded.last_thread_index, messages = messages + 1,"
            " updated_at = excluded.updated_at",
            (key, account_id, subject, message_id, " ".join(references), thread_index, now, now),
        )

    def change_subject(self, key: str, subject: str) -> None:
        """The conversation under ``key`` changed its topic: later messages keep this one."""
        self.conn.execute("UPDATE thread_keys SET subject = ? WHERE key = ?", (subject, key))

    def all(self) -> list[ThreadKey]:
        """Every key, most recently used first."""
        keys = [
            r[0] for r in self.conn.execute("SELECT key FROM thread_keys ORDER BY updated_at DESC")
        ]
        return [k for k in (self.get(key) for key in keys) if k is not None]
