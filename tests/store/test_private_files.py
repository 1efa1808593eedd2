"""The store (with its WAL and shared-memory files) and exports are private to the user."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from helpers.files import mode
from helpers.mail import make_raw
from threadline.store import db
from threadline.store.export import export_conversation_mbox, export_message_eml
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore

pytestmark = [
    pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX"),
    pytest.mark.usefixtures("umask_022"),
]


def test_store_wal_and_shm_are_created_private(tmp_path: Path) -> None:
    path = tmp_path / "new" / "store.sqlite3"
    conn = db.connect(path)
    try:
        import_bytes(MessageStore(conn), [make_raw("a@x")])
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
        assert mode(path.parent) == 0o700
    finally:
        conn.close()


def test_exports_are_created_private(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "store.sqlite3")
    try:
        store = MessageStore(conn)
        added = store.add_message(make_raw("a@x"))
        rowid, thread_id = added.rowid, added.thread_id
        export_message_eml(store, rowid, tmp_path / "one.eml")
        export_conversation_mbox(store, thread_id, tmp_path / "all.mbox")
        assert mode(tmp_path / "one.eml") == 0o600
        assert mode(tmp_path / "all.mbox") == 0o600
        assert (tmp_path / "one.eml").read_bytes() == make_raw("a@x")
    finally:
        conn.close()
