"""Import mail into the store: .eml files, mbox files, Maildir folders, folders of those.

Re-importing adds nothing (messages are deduplicated by their bytes). A file that is
not mail is reported by name and the import goes on. Symbolic links found inside a
folder are never followed (they could pull in any file, or loop): each is reported as a
problem. A link the user named on the command line or in the dialog is followed.
Progress goes to a callback that the CLI and the GUI share; a cancel callback stops the
import between messages, keeping everything imported so far.
"""

from __future__ import annotations

import os
import stat
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from threadline.errors import NotFoundError
from threadline.store.batch_index import index_many, store_many
from threadline.store.db import transaction
from threadline.store.indexing import MessageRecord, index_message
from threadline.store.mbox import read_mbox
from threadline.store.messages import MessageStore
from threadline.store.models import AddedMessage

#: Messages written per transaction: large enough to be fast, small enough to keep
#: the write lock short for a GUI reading at the same time.
BATCH_SIZE = 500
_SNIFF_BYTES = 4096


@dataclass(frozen=True)
class ImportProgress:
    """How far an import is: bytes of input read, messages seen, the current file."""

    bytes_done: int
    bytes_total: int
    messages: int
    current: str


@dataclass(frozen=True)
class ImportProblem:
    """A file that could not be imported, and why (in words for people).

    ``is_link``: a symbolic link inside an imported folder, skipped without following it.
    """

    path: str
    reason: str
    is_link: bool = False


@dataclass
class ImportReport:
    """What an import did."""

    imported: int = 0
    duplicates: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        """One line for people: ``Imported 12 messages (3 already there), 1 problem.``"""
        text = f"Imported {self.imported} message{'s' if self.imported != 1 else ''}"
        if self.duplicates:
            text += f" ({self.duplicates} already there)"
        links = sum(1 for p in self.problems if p.is_link)
        files = len(self.problems) - links
        if files:
            text += f", {files} file{'s' if files != 1 else ''} skipped"
        if links:
            text += f", {links} symbolic link{'s' if links != 1 else ''} skipped"
        if self.cancelled:
            text += "; cancelled before the end"
        return text + "."


class NotMailError(Exception):
    """A file is neither a message nor an mbox."""


def is_maildir(folder: Path) -> bool:
    """Whether ``folder`` is a Maildir (it has ``cur`` and ``new``, real folders, not links)."""
    return _is_real_dir(folder / "cur") and _is_real_dir(folder / "new")


def _is_real_dir(path: Path) -> bool:
    try:
        return stat.S_ISDIR(path.lstat().st_mode)
    except OSError:
        return False


def expand(paths: Iterable[Path], problems: list[ImportProblem] | None = None) -> Iterator[Path]:
    """Every mail file under ``paths``: Maildir messages (cur, new), files, recursively.

    ``tmp`` of a Maildir holds deliveries still being written and is skipped, as are
    hidden files and notmuch's ``.notmuch`` folder. A path in ``paths`` that is a link is
    followed (the user named it); links found inside folders are not, and are added to
    ``problems``.
    """
    skipped = problems if problems is not None else []
    for path in paths:
        if path.is_file():
            yield path
        elif path.is_dir():
            yield from _walk(path, skipped)
        elif path.is_symlink():
            raise NotFoundError(f"{path} is a symbolic link to something that does not exist.")
        else:
            raise NotFoundError(f"{path} does not exist.")


def _link_skipped(path: str) -> ImportProblem:
    return ImportProblem(
        path,
        f"skipped a symbolic link: {path} (links inside an imported folder are not followed).",
        is_link=True,
    )


def _scan(folder: Path) -> list[os.DirEntry[str]]:
    with os.scandir(folder) as entries:
        return sorted(entries, key=lambda e: e.name)


def _walk(folder: Path, skipped: list[ImportProblem]) -> Iterator[Path]:
    if is_maildir(folder):
        for sub in ("cur", "new"):
            for entry in _scan(folder / sub):
                if entry.name.startswith("."):
                    continue
                if entry.is_symlink():
                    skipped.append(_link_skipped(entry.path))
                elif entry.is_file(follow_symlinks=False):
                    yield Path(entry.path)
        skip = {"cur", "new", "tmp"}
    else:
        skip = set()
    for entry in _scan(folder):
        if entry.name in skip or entry.name == ".notmuch":
            continue
        if entry.is_symlink():
            if not _is_bookkeeping(entry.name):
                skipped.append(_link_skipped(entry.path))
        elif entry.is_dir(follow_symlinks=False):
            if entry.name.startswith(".") and not is_maildir(Path(entry.path)):
                continue
            yield from _walk(Path(entry.path), skipped)
        elif entry.is_file(follow_symlinks=False) and not _is_bookkeeping(entry.name):
            yield Path(entry.path)


def _is_bookkeeping(name: str) -> bool:
    """Files mail programs keep beside messages (indexes, flags), not mail."""
    return name.startswith((".", "dovecot", "courierimap", "maildirfolder", "subscriptions"))


def sniff(head: bytes) -> str:
    """``"mbox"`` or ``"message"`` from a file's first bytes, else :class:`NotMailError`."""
    if b"\x00" in head:
        raise NotMailError("it is a binary file, not mail")
    stripped = head.lstrip(b"\r\n")
    if stripped.startswith(b"From "):
        return "mbox"
    first = stripped.split(b"\n", 1)[0].rstrip(b"\r")
    name, colon, _ = first.partition(b":")
    if colon and name and all(33 <= c <= 126 and c != 58 for c in name):
        return "message"
    raise NotMailError("it does not start with mail headers or an mbox 'From ' line")


def messages_in(path: Path) -> Iterator[bytes]:
    """The raw messages in one file (one for .eml / Maildir files, many for mbox)."""
    with path.open("rb") as stream:
        kind = sniff(stream.read(_SNIFF_BYTES))
        stream.seek(0)
        if kind == "message":
            yield stream.read()
        else:
            for _offset, raw in read_mbox(stream):
                yield raw


ProgressCallback = Callable[[ImportProgress], None]
CancelCallback = Callable[[], bool]


def import_paths(
    store: MessageStore,
    paths: Iterable[Path | str],
    *,
    progress: ProgressCallback | None = None,
    cancelled: CancelCallback | None = None,
    is_unread: bool = False,
    workers: int | None = None,
) -> ImportReport:
    """Import every message under ``paths`` into ``store``.

    A large import is parsed in ``workers`` processes while this one stores (``None``:
    as many as help, 0: none; see :func:`~threadline.store.batch_index.index_many`),
    :data:`BATCH_SIZE` messages a transaction. ``progress`` is called after each file and
    each batch; ``cancelled`` is asked between files and after each batch, and what was
    stored before stays.
    """
    report = ImportReport()
    files = list(expand((Path(p) for p in paths), report.problems))
    feed = _Feed(files, report, progress, cancelled)
    store_many(
        store,
        feed.items(workers),
        batch=BATCH_SIZE,
        is_unread=is_unread,
        after_insert=feed.count,
        after_commit=feed.committed,
    )
    return report


class _Feed:
    """The messages of the files to import, each file's end (progress, problem, a chance
    to cancel) reported when the messages before it have been handed to the writer."""

    def __init__(
        self,
        files: list[Path],
        report: ImportReport,
        progress: ProgressCallback | None,
        cancelled: CancelCallback | None,
    ) -> None:
        self.files = files
        self.report = report
        self.progress = progress
        self.cancelled = cancelled
        self.sizes = [_size(f) for f in files]
        self.total = sum(self.sizes)
        self.done = 0  # bytes of the files reported finished
        self.current = str(files[0]) if files else ""
        #: (messages read before the file ended, the file's index, its problem)
        self.ends: deque[tuple[int, int, ImportProblem | None]] = deque()
        self.stopped = False  # cancelled: no more messages
        self.exhausted = False  # every message handed out

    def items(self, workers: int | None) -> Iterator[tuple[MessageRecord, bytes]]:
        """``(record, raw)`` of every message, in order, until the end or a cancel."""
        if self.files and self._cancel_asked():
            return
        with closing(index_many(self._raws(), workers=workers)) as parsed:
            for position, item in enumerate(parsed):
                self._files_ended(position)
                if self.stopped:
                    return
                yield item
        self._files_ended(None)
        self.exhausted = True

    def _raws(self) -> Iterator[bytes]:
        read = 0
        for index, path in enumerate(self.files):
            if self.stopped:
                return
            problem = None
            try:
                for raw in messages_in(path):
                    yield raw
                    read += 1
            except NotMailError as error:
                problem = ImportProblem(str(path), f"{path} was not imported: {error}.")
            except OSError as error:
                reason = error.strerror or str(error)
                problem = ImportProblem(str(path), f"{path} could not be read: {reason}.")
            self.ends.append((read, index, problem))

    def _files_ended(self, position: int | None) -> None:
        """Report the files whose messages all come before ``position`` (``None``: all)."""
        while self.ends and not self.stopped and (position is None or self.ends[0][0] <= position):
            read, index, problem = self.ends.popleft()
            path = self.files[index]
            if problem:
                self.report.problems.append(problem)
            self.done += self.sizes[index]
            if self.progress:
                self.progress(ImportProgress(self.done, self.total, read, str(path)))
            if index + 1 < len(self.files):
                self.current = str(self.files[index + 1])
                self._cancel_asked()

    def count(self, _position: int, added: AddedMessage) -> None:
        """Count one stored message (``store_many``'s ``after_insert``)."""
        if added.duplicate:
            self.report.duplicates += 1
        else:
            self.report.imported += 1

    def committed(self, done: int) -> None:
        """Report a batch (``store_many``'s ``after_commit``); a cancel stops the next one."""
        if self.progress:
            self.progress(ImportProgress(self.done, self.total, done, self.current))
        if not self.exhausted:
            self._cancel_asked()

    def _cancel_asked(self) -> bool:
        if self.cancelled and self.cancelled():
            self.report.cancelled = self.stopped = True
        return self.stopped


def _count(report: ImportReport) -> int:
    return report.imported + report.duplicates


def _size(path: Path) -> int:
    try:
        return path.stat().st_size
    except OSError:
        return 0


def import_bytes(store: MessageStore, messages: Iterable[bytes]) -> ImportReport:
    """Import raw messages from memory (tests, the demo profile) in one transaction."""
    report = ImportReport()
    with transaction(store.conn), store.search_rows_deferred():
        for raw in messages:
            added = store.insert(index_message(raw), raw)
            if added.duplicate:
                report.duplicates += 1
            else:
                report.imported += 1
    return report
