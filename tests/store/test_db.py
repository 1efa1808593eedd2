"""Opening the store: migrations, WAL, transactions."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from threadline.store import db


def test_a_new_store_is_migrated_to_the_latest_schema(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "s.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(db.migrations())
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_does_not_migrate_twice(tmp_path: Path) -> None:
    db.connect(tmp_path / "s.sqlite3").close()
    conn = db.connect(tmp_path / "s.sqlite3")
    assert conn.execute("PRAGMA user_version").fetchone()[0] == len(db.migrations())


def test_a_store_from_a_newer_version_is_refused_with_a_clear_error(tmp_path: Path) -> None:
    path = tmp_path / "s.sqlite3"
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA user_version = 999")
    raw.close()
    with pytest.raises(db.StoreError, match="newer Threadline"):
        db.connect(path)


def test_transaction_rolls_back_on_error(tmp_path: Path) -> None:
    conn = db.connect(tmp_path / "s.sqlite3")
    conn.execute("CREATE TABLE t (x)")
    with pytest.raises(ZeroDivisionError), db.transaction(conn):
        conn.execute("INSERT INTO t VALUES (1)")
        _ = 1 / 0
    assert conn.execute("SELECT count(*) FROM t").fetchone()[0] == 0
