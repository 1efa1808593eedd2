"""Many messages at once: parse them in worker processes, store them in batches.

:func:`index_many` turns raw messages into index records, in input order. Large inputs
are parsed by a pool of worker processes while the caller goes on with the records
already parsed (storing them: one writer); small ones are parsed in this process, where
starting processes would cost more than it saves. A few chunks are in flight at most, so
memory stays bounded however long the input is.

:func:`store_many` writes ``(record, raw)`` pairs into a :class:`MessageStore`, one
transaction a batch, with hooks that run inside each batch's transaction (an IMAP sync
records where each message lives, and how far the folder is synced, in the same
transaction as the messages themselves).

Worker processes are started with ``forkserver`` where the platform has it, else
``spawn`` (never ``fork``: the GUI imports from a thread), so the program's entry point
must call :func:`multiprocessing.freeze_support` first when frozen (``cli.main`` does).
"""

from __future__ import annotations

import logging
import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from itertools import chain, islice
from multiprocessing.context import BaseContext
from sqlite3 import Connection

from threadline.store.indexing import MessageRecord, index_message
from threadline.store.messages import MessageStore
from threadline.store.models import AddedMessage

log = logging.getLogger(__name__)

#: Below this many messages, parsing stays in this process.
MIN_PARALLEL = 500
#: Messages per chunk sent to a worker, and the most bytes a chunk holds.
CHUNK = 200
CHUNK_BYTES = 4 * 1024 * 1024
#: Most workers started by default: one writer cannot store faster than a few parse.
MAX_DEFAULT_WORKERS = 4
#: While :func:`store_many` writes: page cache (KiB) and WAL pages between checkpoints.
BULK_CACHE_KIB = 16_000
BULK_CHECKPOINT_PAGES = 4_000

ChunkCallback = Callable[[int, int], None]


def default_workers() -> int:
    """Worker processes to use: the CPUs this process may run on, less one for the writer."""
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cpus = os.cpu_count() or 1
    return max(0, min(MAX_DEFAULT_WORKERS, cpus - 1)) if cpus > 1 else 0


def index_many(
    raws: Iterable[bytes],
    *,
    workers: int | None = None,
    chunk: int = CHUNK,
    min_parallel: int = MIN_PARALLEL,
    now: int | None = None,
    on_chunk: ChunkCallback | None = None,
) -> Generator[tuple[MessageRecord, bytes], None, None]:
    """``(index_message(raw), raw)`` for each of ``raws``, in order.

    ``raws`` is read as the output is consumed, never all at once. With at least
    ``min_parallel`` messages (and ``workers`` not 0; ``None`` is :func:`default_workers`)
    they are parsed in worker processes, ``chunk`` messages a task, at most
    ``2 * workers + 1`` tasks ahead of the consumer. ``on_chunk(pid, count)`` is called
    here as each chunk's records are handed out, with the process that parsed it.

    A message that makes a worker fail is parsed again here, so its error (there should
    be none: :func:`index_message` reads any mail) is raised where it is consumed. If the
    pool itself breaks, the rest is parsed here.
    """
    count = default_workers() if workers is None else max(0, workers)
    source = iter(raws)
    head = list(islice(source, min_parallel))
    if count == 0 or len(head) < min_parallel:
        yield from _in_process(chain(head, source), max(1, chunk), now, on_chunk)
        return
    yield from _in_pool(chain(head, source), count, max(1, chunk), now, on_chunk)


def _in_process(
    raws: Iterator[bytes], chunk: int, now: int | None, on_chunk: ChunkCallback | None
) -> Iterator[tuple[MessageRecord, bytes]]:
    pid = os.getpid()
    while part := list(islice(raws, chunk)):
        records = [index_message(raw, now=now) for raw in part]
        if on_chunk:
            on_chunk(pid, len(part))
        yield from zip(records, part, strict=True)


Parsed = Future[tuple[int, list[MessageRecord | None]]]


def _in_pool(
    raws: Iterator[bytes],
    workers: int,
    chunk: int,
    now: int | None,
    on_chunk: ChunkCallback | None,
) -> Iterator[tuple[MessageRecord, bytes]]:
    pool = _pool(workers)
    ahead: deque[tuple[list[bytes], Parsed]] = deque()
    try:
        while True:
            while len(ahead) < 2 * workers + 1 and (part := _next_chunk(raws, chunk)):
                ahead.append((part, _submit(pool, part, now)))
            if not ahead:
                return
            part, future = ahead.popleft()
            try:
                pid, records = future.result()
            except Exception as error:  # a broken pool: carry on here, losing nothing
                log.warning("parsing in worker processes failed (%r); going on here", error)
                pool.shutdown(wait=False, cancel_futures=True)
                waiting = [waiting for waiting, _ in ahead]
                ahead.clear()
                yield from _in_process(chain(part, *waiting, raws), chunk, now, on_chunk)
                return
            if on_chunk:
                on_chunk(pid, len(part))
            for record, raw in zip(records, part, strict=True):
                yield (record if record is not None else index_message(raw, now=now)), raw
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _submit(pool: Executor, part: list[bytes], now: int | None) -> Parsed:
    """The chunk's task; a worker that cannot even start fails it like a broken pool."""
    try:
        return pool.submit(index_chunk, part, now)
    except Exception as error:  # handed on to the caller's fallback
        failed: Parsed = Future()
        failed.set_exception(error)
        return failed


def _next_chunk(raws: Iterator[bytes], chunk: int) -> list[bytes]:
    """Up to ``chunk`` messages, fewer when they add up to :data:`CHUNK_BYTES`."""
    part: list[bytes] = []
    size = 0
    for raw in raws:
        part.append(raw)
        size += len(raw)
        if len(part) >= chunk or size >= CHUNK_BYTES:
            break
    return part


def _pool(workers: int) -> ProcessPoolExecutor:
    context: BaseContext
    if "forkserver" in multiprocessing.get_all_start_methods():
        server = multiprocessing.get_context("forkserver")
        # the server imports the parser once; each worker is a fork of it, ready at once
        server.set_forkserver_preload([__name__])
        context = server
    else:
        context = multiprocessing.get_context("spawn")
    return ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_started)


def _worker_started() -> None:
    """Ctrl-C is for the parent, which stops the pool (no traceback from each worker)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def index_chunk(raws: list[bytes], now: int | None) -> tuple[int, list[MessageRecord | None]]:
    """A worker's task: this process's id and the records (``None`` where parsing failed)."""
    records: list[MessageRecord | None] = []
    for raw in raws:
        try:
            records.append(index_message(raw, now=now))
        except Exception:  # parsed again by the caller, who sees the error
            records.append(None)
    return os.getpid(), records


@dataclass(frozen=True)
class StoreReport:
    """What :func:`store_many` did."""

    added: int
    duplicates: int
    batches: int


def store_many(
    store: MessageStore,
    items: Iterable[tuple[MessageRecord, bytes]],
    *,
    batch: int = 500,
    is_unread: bool | Callable[[int], bool] = False,
    is_sent: bool | Callable[[int], bool] = False,
    after_insert: Callable[[int, AddedMessage], None] | None = None,
    before_commit: Callable[[], None] | None = None,
    after_commit: Callable[[int], None] | None = None,
) -> StoreReport:
    """Store ``items`` (from :func:`index_many`), committing every ``batch`` of them.

    Each batch is taken from ``items`` first, then written in one ``BEGIN IMMEDIATE`` ..
    ``COMMIT`` (the write lock is not held while messages are parsed or downloaded).
    Inside that transaction ``after_insert(position, added)`` runs after each item
    (``position`` counts items from 0, duplicates included) and ``before_commit()`` once
    before the COMMIT; ``after_commit(done)`` runs after it with the items done so far.
    If anything raises, the batch is rolled back, with whatever the hooks wrote in it,
    and the error propagates; earlier batches stay. To stop early, end ``items`` (a
    generator may simply return): what came before is committed.

    ``is_unread`` and ``is_sent`` are one flag for every item, or a function of the
    item's position (an IMAP message's own ``\\Seen``). Call this outside a transaction:
    it commits its own.
    """
    conn = store.conn
    if conn.in_transaction:
        raise RuntimeError("store_many commits its own batches: call it outside a transaction")
    source = iter(items)
    batch = max(1, batch)
    added = duplicates = batches = done = 0
    with ExitStack() as bulk:
        while part := list(islice(source, batch)):
            if not batches and len(part) == batch:  # more may come: a bulk write
                bulk.enter_context(_bulk_writing(conn))
            conn.execute("BEGIN IMMEDIATE")
            try:
                with store.search_rows_deferred():
                    for position, (record, raw) in enumerate(part, start=done):
                        result = store.insert(
                            record,
                            raw,
                            is_sent=is_sent(position) if callable(is_sent) else is_sent,
                            is_unread=is_unread(position) if callable(is_unread) else is_unread,
                        )
                        if after_insert:
                            after_insert(position, result)
                        if result.duplicate:
                            duplicates += 1
                        else:
                            added += 1
                if before_commit:
                    before_commit()
                conn.execute("COMMIT")
            except BaseException:
                _roll_back(conn)
                raise
            batches += 1
            done += len(part)
            if after_commit:
                after_commit(done)
    return StoreReport(added, duplicates, batches)


@contextmanager
def _bulk_writing(conn: Connection) -> Iterator[None]:
    """A larger page cache and rarer checkpoints while many batches are written (each WAL
    checkpoint copies pages back and syncs the disk: an import spent a quarter of its time
    there); both restored afterwards, and the log folded back into the database. A write
    of less than one batch keeps the usual settings."""
    cache = int(conn.execute("PRAGMA cache_size").fetchone()[0])
    page = int(conn.execute("PRAGMA page_size").fetchone()[0])
    checkpoint = int(conn.execute("PRAGMA wal_autocheckpoint").fetchone()[0])
    cache_kib = -cache if cache < 0 else cache * page // 1024
    if cache_kib < BULK_CACHE_KIB:
        conn.execute(f"PRAGMA cache_size = {-BULK_CACHE_KIB:d}")
    if 0 < checkpoint < BULK_CHECKPOINT_PAGES:
        conn.execute(f"PRAGMA wal_autocheckpoint = {BULK_CHECKPOINT_PAGES:d}")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA cache_size = {cache:d}")
        conn.execute(f"PRAGMA wal_autocheckpoint = {checkpoint:d}")
    conn.execute("PRAGMA wal_checkpoint(PASSIVE)")


def _roll_back(conn: Connection) -> None:
    if conn.in_transaction:  # SQLite may have rolled back already (disk full, I/O error)
        conn.execute("ROLLBACK")
