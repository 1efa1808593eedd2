"""Open the SQLite store: WAL, foreign keys, migrations by ``PRAGMA user_version``.

Migrations are the files ``migrations/NNNN_name.sql`` beside this module, applied in
order inside one transaction each; ``user_version`` records the last one applied.
"""

from __future__ import annotations

import os
import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

from threadline.errors import ThreadlineError
from threadline.i18n import translate

_MIGRATION_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


class StoreError(ThreadlineError):
    """The store file cannot be opened or is from a newer Threadline."""


def migrations() -> list[tuple[int, str, str]]:
    """All migrations as ``(version, file name, sql)``, in order, versions 1, 2, 3..."""
    found = []
    for entry in resources.files("threadline.store").joinpath("migrations").iterdir():
        match = _MIGRATION_NAME.match(entry.name)
        if match:
            found.append((int(match.group(1)), entry.name, entry.read_text(encoding="utf-8")))
    found.sort()
    for expected, (version, name, _sql) in enumerate(found, start=1):
        if version != expected:
            raise RuntimeError(f"migration {name} is out of sequence (expected {expected:04d})")
    return found


def connect(path: Path, *, readonly: bool = False) -> sqlite3.Connection:
    """Open (and create or upgrade) the store at ``path``.

    The connection is in autocommit mode: use :func:`transaction` for writes.
    """
    path = Path(path)
    try:
        if readonly:
            uri = f"{path.resolve().as_uri()}?mode=ro"
            conn = sqlite3.connect(uri, uri=True, isolation_level=None, check_same_thread=False)
        else:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            _create_private(path)
            conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
    except (sqlite3.Error, OSError) as error:
        reason = (error.strerror if isinstance(error, OSError) else None) or str(error)
        raise StoreError(
            translate("store", "Cannot open the mail store {path}: {reason}").format(
                path=path, reason=reason
            )
        ) from error
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA busy_timeout = 5000")
    if not readonly:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        _migrate(conn, path)
    return conn


def _create_private(path: Path) -> None:
    """Create the store file 0600 before SQLite opens it (no-op when it exists).

    SQLite creates the ``-wal`` and ``-shm`` files with the main file's permissions, so
    they are private too. An existing file keeps its mode: ``Profile.ensure`` tightens it.
    """
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except FileExistsError:
        pass


def _migrate(conn: sqlite3.Connection, path: Path) -> None:
    current = conn.execute("PRAGMA user_version").fetchone()[0]
    available = migrations()
    if current > len(available):
        raise StoreError(
            translate(
                "store",
                "The mail store {path} was written by a newer Threadline (schema {schema}, "
                "this version knows {known}). Update Threadline.",
            ).format(path=path, schema=current, known=len(available))
        )
    for version, _name, sql in available[current:]:
        with transaction(conn):
            for statement in _split_sql(sql):
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version:d}")


def _split_sql(script: str) -> Iterator[str]:
    """Split a migration into statements (``executescript`` would commit on its own)."""
    statement = ""
    for line in script.splitlines(keepends=True):
        if not statement and (not line.strip() or line.lstrip().startswith("--")):
            continue
        statement += line
        if sqlite3.complete_statement(statement):
            yield statement.strip()
            statement = ""
    if statement.strip():
        raise RuntimeError(f"incomplete SQL statement in migration: {statement[:60]!r}")


@contextmanager
def transaction(
    conn: sqlite3.Connection, *, immediate: bool = True
) -> Iterator[sqlite3.Connection]:
    """Run the block in one transaction: commit on success, roll back on any exception.

    ``BEGIN IMMEDIATE`` (the default) takes the write lock at once, so two writers never
    deadlock half-way. Nested use joins the outer transaction.
    """
    if conn.in_transaction:
        yield conn
        return
    conn.execute("BEGIN IMMEDIATE" if immediate else "BEGIN")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")
