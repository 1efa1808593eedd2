"""Many messages at once: parsed in worker processes in order, stored in batches with hooks."""

from __future__ import annotations

import os
import sqlite3
import threading
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import Any

import pytest

from helpers.corpus import generate_corpus
from helpers.mail import make_raw
from threadline.store import batch_index, db
from threadline.store.batch_index import (
    MIN_PARALLEL,
    StoreReport,
    default_workers,
    index_chunk,
    index_many,
    store_many,
)
from threadline.store.db import transaction
from threadline.store.indexing import MessageRecord, index_message
from threadline.store.messages import MessageStore
from threadline.store.models import AddedMessage

MALFORMED = [
    b"",
    b"\xff\xfe\x00garbage",
    b"Content-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\n",
    b"From: =?utf-8?b?!!!?= <a@b>\nSubject: =?x-unknown?q?abc?=\n\nx",
]


@pytest.fixture(scope="module")
def corpus() -> list[bytes]:
    """More than MIN_PARALLEL messages, malformed ones among them."""
    raws = generate_corpus(700, seed=3).messages
    for n, bad in enumerate(MALFORMED):
        raws.insert(100 + 150 * n, bad)
    assert len(raws) > MIN_PARALLEL
    return raws


@pytest.fixture
def store(tmp_path: Path) -> Iterator[MessageStore]:
    store = MessageStore(db.connect(tmp_path / "store.sqlite3"))
    yield store
    store.conn.close()


class Chunks:
    """An ``on_chunk`` hook: which processes parsed how many messages."""

    def __init__(self) -> None:
        self.by_pid: dict[int, int] = {}

    def __call__(self, pid: int, count: int) -> None:
        self.by_pid[pid] = self.by_pid.get(pid, 0) + count

    @property
    def workers(self) -> set[int]:
        return set(self.by_pid) - {os.getpid()}


# -- index_many --------------------------------------------------------------------------


def test_a_large_input_is_parsed_by_worker_processes_in_order(corpus: list[bytes]) -> None:
    chunks = Chunks()
    out = list(index_many(corpus, workers=2, on_chunk=chunks, now=9))  # (some have no date)
    assert [raw for _, raw in out] == corpus
    assert [record for record, _ in out] == [index_message(raw, now=9) for raw in corpus]
    assert chunks.workers and os.getpid() not in chunks.by_pid  # really other processes
    assert sum(chunks.by_pid.values()) == len(corpus)


def test_malformed_messages_are_indexed_in_the_batch_as_far_as_they_can_be(
    corpus: list[bytes],
) -> None:
    out = dict((raw, record) for record, raw in index_many(corpus, workers=1, now=5))
    for bad in MALFORMED:
        assert out[bad] == index_message(bad, now=5)
        assert out[bad].date_utc == 5  # read in a worker with the caller's "now"


def test_a_small_input_is_parsed_here_without_starting_processes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_pool(workers: int) -> None:
        raise AssertionError("a pool was started for a small input")

    monkeypatch.setattr(batch_index, "_pool", no_pool)
    raws = [make_raw(f"m{n}@x") for n in range(MIN_PARALLEL - 1)]
    chunks = Chunks()
    out = list(index_many(raws, workers=4, on_chunk=chunks))
    assert [record for record, _ in out] == [index_message(raw) for raw in raws]
    assert chunks.by_pid == {os.getpid(): len(raws)}
    assert list(index_many([], workers=4)) == []


def test_no_workers_means_this_process_whatever_the_size(
    monkeypatch: pytest.MonkeyPatch, corpus: list[bytes]
) -> None:
    monkeypatch.setattr(batch_index, "_pool", None)  # calling it would fail
    chunks = Chunks()
    assert len(list(index_many(corpus, workers=0, on_chunk=chunks))) == len(corpus)
    assert set(chunks.by_pid) == {os.getpid()}


def test_the_default_leaves_a_cpu_to_the_writer_and_at_least_none() -> None:
    assert 0 <= default_workers() <= batch_index.MAX_DEFAULT_WORKERS
    assert default_workers() < (os.cpu_count() or 1) or default_workers() == 0


def threads_for_processes(monkeypatch: pytest.MonkeyPatch) -> list[ThreadPoolExecutor]:
    """Run the pool's tasks on threads here, where the test can see and break them."""
    pools: list[ThreadPoolExecutor] = []

    def pool(workers: int) -> ThreadPoolExecutor:
        pools.append(ThreadPoolExecutor(workers))
        return pools[-1]

    monkeypatch.setattr(batch_index, "_pool", pool)
    return pools


def test_the_input_is_read_a_few_chunks_ahead_not_all_at_once(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads_for_processes(monkeypatch)
    read = 0

    def raws() -> Iterator[bytes]:
        nonlocal read
        for n in range(1000):
            read += 1
            yield make_raw(f"m{n}@x")

    parsed = index_many(raws(), workers=1, chunk=10, min_parallel=20)
    next(parsed)
    assert read <= 20 + 3 * 10  # the first look, then 2 * workers + 1 chunks in flight
    assert len(list(parsed)) == 999


def failing_on(monkeypatch: pytest.MonkeyPatch, marker: bytes, *, in_workers_only: bool) -> None:
    """Make ``index_message`` raise on messages holding ``marker`` (in the workers only)."""
    real = batch_index.index_message

    def index(raw: bytes, *, now: int | None = None) -> MessageRecord:
        in_worker = threading.current_thread() is not threading.main_thread()
        if marker in raw and (in_worker or not in_workers_only):
            raise ValueError("a bug in the parser")
        return real(raw, now=now)

    monkeypatch.setattr(batch_index, "index_message", index)


def test_a_message_a_worker_cannot_parse_is_parsed_again_by_the_caller(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads_for_processes(monkeypatch)
    failing_on(monkeypatch, b"bad@x", in_workers_only=True)
    raws = [make_raw(f"m{n}@x") for n in range(30)]
    raws[7] = make_raw("bad@x")
    out = [record.message_id for record, _ in index_many(raws, workers=2, chunk=4, min_parallel=10)]
    assert out == [f"m{n}@x" if n != 7 else "bad@x" for n in range(30)]


def test_an_error_of_the_parser_is_raised_where_that_message_is_consumed(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    threads_for_processes(monkeypatch)
    failing_on(monkeypatch, b"bad@x", in_workers_only=False)
    raws = [make_raw(f"m{n}@x") for n in range(30)]
    raws[7] = make_raw("bad@x")
    assert index_chunk(raws[:10], None)[1][7] is None  # a worker carries on with the chunk
    got: list[str] = []
    with pytest.raises(ValueError, match="a bug in the parser"):
        for record, _ in index_many(raws, workers=2, chunk=4, min_parallel=10):
            got.append(record.message_id)
    assert got == [f"m{n}@x" for n in range(7)]


class BreaksAfter(ThreadPoolExecutor):
    """A pool whose tasks fail after the first few: a worker killed, or none can start."""

    def __init__(self, workers: int, good: int, *, raises: bool) -> None:
        super().__init__(workers)
        self.good = good
        self.raises = raises

    def submit(self, fn: Any, /, *args: Any, **kwargs: Any) -> Future[Any]:
        if self.good > 0:
            self.good -= 1
            return super().submit(fn, *args, **kwargs)
        if self.raises:
            raise OSError("cannot start a worker process")
        future: Future[Any] = Future()
        future.set_exception(BrokenProcessPool("a worker was killed"))
        return future


@pytest.mark.parametrize("raises", [False, True])
def test_a_broken_pool_leaves_the_rest_to_this_process(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture, raises: bool
) -> None:
    monkeypatch.setattr(
        batch_index, "_pool", lambda workers: BreaksAfter(workers, 3, raises=raises)
    )
    raws = [make_raw(f"m{n}@x") for n in range(50)]
    chunks = Chunks()
    out = list(index_many(raws, workers=2, chunk=4, min_parallel=10, on_chunk=chunks))
    assert [raw for _, raw in out] == raws  # nothing lost, nothing twice, in order
    assert chunks.by_pid == {os.getpid(): 50}  # 3 chunks on threads here, then the rest
    assert "going on here" in caplog.text


def test_stopping_early_shuts_the_pool_down(monkeypatch: pytest.MonkeyPatch) -> None:
    pools = threads_for_processes(monkeypatch)
    raws = (make_raw(f"m{n}@x") for n in range(10_000))
    parsed = index_many(raws, workers=2, chunk=5, min_parallel=10)
    assert next(parsed)[0].message_id == "m0@x"
    parsed.close()
    [pool] = pools
    with pytest.raises(RuntimeError, match="shutdown"):
        pool.submit(print)


# -- store_many --------------------------------------------------------------------------


def indexed(count: int, prefix: str = "m") -> list[tuple[MessageRecord, bytes]]:
    raws = [make_raw(f"{prefix}{n}@x", subject=f"Note {n}") for n in range(count)]
    return [(index_message(raw), raw) for raw in raws]


def test_batches_are_committed_with_hooks_inside_each_transaction(store: MessageStore) -> None:
    conn = store.conn
    conn.execute("CREATE TABLE located (position INTEGER, rowid INTEGER)")
    conn.execute("CREATE TABLE state (batch_end INTEGER)")
    calls: list[str] = []

    def after_insert(position: int, added: AddedMessage) -> None:
        assert conn.in_transaction
        conn.execute("INSERT INTO located VALUES (?, ?)", (position, added.rowid))

    def before_commit() -> None:
        assert conn.in_transaction
        calls.append("before")
        conn.execute("INSERT INTO state SELECT max(position) FROM located")

    def after_commit(done: int) -> None:
        assert not conn.in_transaction
        calls.append(f"after {done}")

    report = store_many(
        store, indexed(12), batch=5, after_insert=after_insert,
        before_commit=before_commit, after_commit=after_commit,
    )  # fmt: skip
    assert report == StoreReport(added=12, duplicates=0, batches=3)
    assert calls == ["before", "after 5", "before", "after 10", "before", "after 12"]
    assert [r[0] for r in conn.execute("SELECT batch_end FROM state")] == [4, 9, 11]
    rows = conn.execute("SELECT position, rowid FROM located ORDER BY position").fetchall()
    assert [tuple(r) for r in rows] == [
        (n, store.find_by_message_id(f"m{n}@x")[0].rowid) for n in range(12)
    ]
    assert store.search("Note")  # the held-back search rows were written


def test_an_error_rolls_back_its_batch_with_what_the_hooks_wrote(store: MessageStore) -> None:
    conn = store.conn
    conn.execute("CREATE TABLE located (position INTEGER)")

    def after_insert(position: int, added: AddedMessage) -> None:
        conn.execute("INSERT INTO located VALUES (?)", (position,))
        if position == 7:
            raise OSError("the disk went away")

    with pytest.raises(OSError, match="went away"):
        store_many(store, indexed(12), batch=5, after_insert=after_insert)
    assert not conn.in_transaction
    assert store.message_count() == 5  # the first batch stays
    assert [r[0] for r in conn.execute("SELECT position FROM located")] == [0, 1, 2, 3, 4]
    assert store.search("Note") and len(conn.execute("SELECT * FROM messages_fts").fetchall()) == 5


def test_a_failing_before_commit_rolls_back_the_batch(store: MessageStore) -> None:
    def before_commit() -> None:
        raise RuntimeError("the folder state cannot be saved")

    with pytest.raises(RuntimeError, match="folder state"):
        store_many(store, indexed(3), before_commit=before_commit)
    assert store.message_count() == 0


def test_an_error_in_the_items_keeps_the_batches_before_it(store: MessageStore) -> None:
    def items() -> Iterator[tuple[MessageRecord, bytes]]:
        yield from indexed(6)
        raise ConnectionError("the server went away")

    with pytest.raises(ConnectionError):
        store_many(store, items(), batch=4)
    assert store.message_count() == 4 and not store.conn.in_transaction


def test_ending_the_items_early_commits_what_came(store: MessageStore) -> None:
    def items() -> Iterator[tuple[MessageRecord, bytes]]:
        for n, item in enumerate(indexed(20)):
            if n == 7:
                return  # cancelled
            yield item

    assert store_many(store, items(), batch=5) == StoreReport(7, 0, 2)
    assert store.message_count() == 7


def test_duplicates_are_counted_and_flags_may_be_per_message(store: MessageStore) -> None:
    items = indexed(4)
    seen = {1, 3}
    report = store_many(store, [*items, items[0]], is_unread=lambda position: position not in seen)
    assert report == StoreReport(added=4, duplicates=1, batches=1)
    unread = {n for n in range(4) if store.find_by_message_id(f"m{n}@x")[0].is_unread}
    assert unread == {0, 2}
    store_many(store, [items[2]], is_sent=True)  # a duplicate that turns out to be ours
    assert store.find_by_message_id("m2@x")[0].is_sent


def test_it_refuses_to_run_inside_a_transaction(store: MessageStore) -> None:
    store.conn.execute("BEGIN")
    with pytest.raises(RuntimeError, match="outside a transaction"):
        store_many(store, indexed(1))
    store.conn.execute("ROLLBACK")


def settings(conn: sqlite3.Connection) -> tuple[int, int]:
    cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    return cache, conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0]


def test_bulk_settings_are_restored_even_after_an_error(store: MessageStore) -> None:
    before = settings(store.conn)
    during: list[tuple[int, int]] = []

    def after_insert(position: int, added: AddedMessage) -> None:
        during.append(settings(store.conn))
        raise KeyError(position)

    with pytest.raises(KeyError):
        store_many(store, indexed(3), batch=2, after_insert=after_insert)
    assert during == [(-batch_index.BULK_CACHE_KIB, batch_index.BULK_CHECKPOINT_PAGES)]
    assert settings(store.conn) == before
    during.clear()
    with pytest.raises(KeyError):  # less than a batch: no bulk write
        store_many(store, indexed(3), batch=5, after_insert=after_insert)
    assert during == [before]


def tables(conn: sqlite3.Connection) -> list[list[tuple[object, ...]]]:
    """Every stored row (a message's import time left out)."""
    rows = [
        sorted(tuple(row) for row in conn.execute(f"SELECT * FROM {table}"))
        for table in ("threads", "known_ids", "addresses", "raw_messages")
    ]
    columns = [row[1] for row in conn.execute("PRAGMA table_info(messages)")]
    kept = ", ".join(c for c in columns if c != "imported_at")  # (not the last one any more)
    return [*rows, sorted(tuple(row) for row in conn.execute(f"SELECT {kept} FROM messages"))]


def test_parsed_in_parallel_and_stored_in_batches_is_the_same_store(
    tmp_path: Path, corpus: list[bytes]
) -> None:
    one = MessageStore(db.connect(tmp_path / "one.sqlite3"))
    for raw in corpus:  # as messages were stored one by one before
        with transaction(one.conn):
            one.insert(index_message(raw, now=7), raw)
    many = MessageStore(db.connect(tmp_path / "many.sqlite3"))
    store_many(many, index_many(corpus, workers=2, now=7), batch=100)
    assert tables(many.conn) == tables(one.conn)
    assert many.search("kalomi") == one.search("kalomi")
