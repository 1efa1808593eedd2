"""Import mail into the store: .eml files, mbox files and Maildir folders, compressed or
not, and folders of those.

Re-importing adds nothing (messages are deduplicated by their bytes). What cannot be
imported is reported with its path and the reason, and the import goes on: a file that
is not mail (:mod:`~threadline.store.mail_files`), a symbolic link or unreadable folder
inside a folder (:mod:`~threadline.store.mail_tree`), a compressed file cut short (the
messages before the damage go in), a single message the parser cannot read (MIME nested
a thousand levels deep). Progress goes to a callback that the CLI and the GUI share; a
cancel callback stops the import between messages, keeping everything imported so far.

A message without a readable Date (nor Received time, see
:mod:`~threadline.store.indexing`) is dated by its mbox separator, else by its file's
modification time, else by the time of the import.
"""

from __future__ import annotations

import dataclasses
import logging
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path

from threadline.i18n import Context, translate
from threadline.store.batch_index import index_many, store_many
from threadline.store.compressed import DamagedFileError
from threadline.store.db import transaction
from threadline.store.indexing import MessageRecord, index_message
from threadline.store.mail_files import FileMessage, NotMailError, messages_in
from threadline.store.mail_tree import Skipped, expand, is_maildir
from threadline.store.messages import MessageStore
from threadline.store.models import AddedMessage
from threadline.store.read_flags import was_read

importer = Context("importer")

__all__ = [
    "BATCH_SIZE",
    "ImportProblem",
    "ImportProgress",
    "ImportReport",
    "NotMailError",
    "import_bytes",
    "import_paths",
    "is_maildir",
]

log = logging.getLogger(__name__)

#: Messages written per transaction: large enough to be fast, small enough to keep
#: the write lock short for a GUI reading at the same time.
BATCH_SIZE = 500
#: The ``now`` given to the index, so that a message it cannot date is found here.
_UNDATED = -(2**62)


@dataclass(frozen=True)
class ImportProgress:
    """How far an import is: bytes of input read, messages seen, the current file."""

    bytes_done: int
    bytes_total: int
    messages: int
    current: str


@dataclass(frozen=True)
class ImportProblem:
    """Something that could not be imported, and why (in words for people).

    ``is_link``: a symbolic link inside an imported folder, skipped without following it.
    ``message``: the number (from 1) of a message skipped inside the file ``path``;
    ``None`` when the problem is the whole file (or folder).
    """

    path: str
    reason: str
    is_link: bool = False
    message: int | None = None


@dataclass
class ImportReport:
    """What an import did."""

    imported: int = 0
    duplicates: int = 0
    problems: list[ImportProblem] = field(default_factory=list)
    cancelled: bool = False

    def summary(self) -> str:
        """One line for people: ``Imported 12 messages (3 already there), 1 file skipped.``

        Built a part at a time, each part a pattern around the summary so far, so that a
        translation chooses its own punctuation and order."""
        text = importer.tr("Imported %n message(s)", "", self.imported)
        if self.duplicates:
            text = importer.tr("{summary} (%n already there)", "", self.duplicates).format(
                summary=text
            )
        links = sum(1 for p in self.problems if p.is_link)
        messages = sum(1 for p in self.problems if p.message is not None)
        files = len(self.problems) - links - messages
        if files:
            text = importer.tr("{summary}, %n file(s) skipped", "", files).format(summary=text)
        if messages:
            text = importer.tr("{summary}, %n message(s) skipped", "", messages).format(
                summary=text
            )
        if links:
            text = importer.tr("{summary}, %n symbolic link(s) skipped", "", links).format(
                summary=text
            )
        if self.cancelled:
            text = translate("importer", "{summary}; cancelled before the end").format(summary=text)
        return translate("importer", "{summary}.").format(summary=text)


def _problem(skipped: Skipped) -> ImportProblem:
    return ImportProblem(skipped.path, skipped.reason, is_link=skipped.is_link)


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
    skipped: list[Skipped] = []
    files = list(expand((Path(p) for p in paths), skipped))
    report.problems.extend(map(_problem, skipped))
    feed = _Feed(files, report, progress, cancelled, unread_by_default=is_unread)
    store_many(
        store,
        feed.items(workers),
        batch=BATCH_SIZE,
        is_unread=feed.is_unread,
        after_insert=feed.count,
        after_commit=feed.committed,
    )
    return report


@dataclass(frozen=True)
class _Read:
    """A message read from a file and handed to the parser, not yet handed on."""

    file: int  # index in the feed's files
    message: FileMessage


class _Feed:
    """The messages of the files to import, each file's end (progress, problem, a chance
    to cancel) reported when the messages before it have been handed to the writer."""

    def __init__(
        self,
        files: list[Path],
        report: ImportReport,
        progress: ProgressCallback | None,
        cancelled: CancelCallback | None,
        *,
        unread_by_default: bool = False,
    ) -> None:
        self.files = files
        self.unread_by_default = unread_by_default
        #: unread or not, by position among the messages handed on (the file says so)
        self.unread_at: dict[int, bool] = {}
        self.handed_on = 0
        self.report = report
        self.progress = progress
        self.cancelled = cancelled
        stats = [_stat(f) for f in files]
        self.sizes = [size for size, _ in stats]
        self.mtimes = [mtime for _, mtime in stats]
        self.total = sum(self.sizes)
        self.done = 0  # bytes of the files reported finished
        self.current = str(files[0]) if files else ""
        #: the file of the last message handed on, and its bytes up to that message
        self.handed_file, self.handed_in_file = 0, 0
        self.files_reported = 0  # files whose end was reported (counted in ``done``)
        #: (messages read before the file ended, the file's index, its problem)
        self.ends: deque[tuple[int, int, ImportProblem | None]] = deque()
        #: messages handed to the parser and not yet handed on, in order
        self.reading: deque[_Read] = deque()
        self.resolved = 0  # messages handed on or skipped
        self.stopped = False  # cancelled: no more messages
        self.exhausted = False  # every message handed out

    def items(self, workers: int | None) -> Iterator[tuple[MessageRecord, bytes]]:
        """``(record, raw)`` of every message, in order, until the end or a cancel.

        When the parser fails on a message, the messages it had been given and not yet
        given back are parsed again here one by one: the one that fails is skipped and
        reported, the others go on, and so does the rest of the import.
        """
        if self.files and self._cancel_asked():
            return
        raws = self._raws()
        while True:
            try:
                with closing(index_many(raws, workers=workers, now=_UNDATED)) as parsed:
                    for record, raw in parsed:
                        read = self.reading.popleft()
                        if not self._next(read):
                            return
                        yield self._handed_on(record, read), raw
                break
            except Exception as error:  # a message the parser cannot read: found below
                log.info("parsing failed (%s); parsing the last messages one by one", error)
            retry = list(self.reading)
            self.reading.clear()
            for read in retry:
                if not self._next(read):
                    return
                try:
                    record = index_message(read.message.raw, now=_UNDATED)
                except Exception as error:  # this one cannot be read: skip it
                    self._skip(read, error)
                    continue
                yield self._handed_on(record, read), read.message.raw
        self._files_ended(None)
        self.exhausted = True

    def _next(self, read: _Read) -> bool:
        """Report the files that ended before ``read``; ``False`` once cancelled."""
        self._files_ended(self.resolved)
        self.resolved += 1
        return not self.stopped

    def _skip(self, read: _Read, error: Exception) -> None:
        path = self.files[read.file]
        number = read.message.number
        values = {"number": number, "path": path, "error": type(error).__name__}
        in_file = bool(read.message.separator)  # one message of an mbox, not the whole file
        if isinstance(error, RecursionError) and in_file:
            reason = translate(
                "importer",
                "message {number} of {path} was skipped: its MIME parts are nested too deeply "
                "to read; the rest of the import went on.",
            )
        elif isinstance(error, RecursionError):
            reason = translate(
                "importer",
                "{path} was skipped: its MIME parts are nested too deeply to read; the rest of "
                "the import went on.",
            )
        elif isinstance(error, MemoryError) and in_file:
            reason = translate(
                "importer",
                "message {number} of {path} was skipped: it is too large to read; the rest of "
                "the import went on.",
            )
        elif isinstance(error, MemoryError):
            reason = translate(
                "importer",
                "{path} was skipped: it is too large to read; the rest of the import went on.",
            )
        elif in_file:
            reason = translate(
                "importer",
                "message {number} of {path} was skipped: it could not be read ({error}); the "
                "rest of the import went on.",
            )
        else:
            reason = translate(
                "importer",
                "{path} was skipped: it could not be read ({error}); the rest of the import "
                "went on.",
            )
        problem = ImportProblem(str(path), reason.format(**values), message=number)
        self.report.problems.append(problem)

    def _handed_on(self, record: MessageRecord, read: _Read) -> MessageRecord:
        """Note whether the file says the message was read; the record, dated."""
        if read.file != self.handed_file:
            self.handed_file, self.handed_in_file = read.file, 0
        self.handed_in_file += len(read.message.separator) + len(read.message.raw)
        seen = was_read(self.files[read.file], read.message.raw)
        self.unread_at[self.handed_on] = self.unread_by_default if seen is None else not seen
        self.handed_on += 1
        return self._dated(record, read)

    def is_unread(self, position: int) -> bool:
        """``store_many``'s ``is_unread``: as the file said (Maildir ``new/`` or flags,
        mbox ``Status:``), else the import's default."""
        return self.unread_at.pop(position, self.unread_by_default)

    def _dated(self, record: MessageRecord, read: _Read) -> MessageRecord:
        """The record, dated by its separator, file or the clock if its headers did not."""
        if record.date_utc != _UNDATED:
            return record
        when = read.message.envelope_time
        if when is None:
            when = self.mtimes[read.file]
        if when is None:
            when = int(time.time())
        return dataclasses.replace(record, date_utc=when)

    def _raws(self) -> Iterator[bytes]:
        read = 0
        for index, path in enumerate(self.files):
            if self.stopped:
                return
            problem = None
            try:
                for message in messages_in(path):
                    self.reading.append(_Read(index, message))
                    yield message.raw
                    read += 1
            except NotMailError as error:
                said = translate("importer", "{path} was not imported: {reason}.")
                problem = ImportProblem(str(path), said.format(path=path, reason=error))
            except DamagedFileError as error:
                problem = ImportProblem(str(path), _damaged(path, str(error), read))
            except OSError as error:
                reason = error.strerror or str(error)
                said = translate("importer", "{path} could not be read: {reason}.")
                problem = ImportProblem(str(path), said.format(path=path, reason=reason))
            except Exception as error:  # unreadable in a way not foreseen: skip the file
                said = translate("importer", "{path} could not be read ({error}).")
                problem = ImportProblem(
                    str(path), said.format(path=path, error=type(error).__name__)
                )
            self.ends.append((read, index, problem))

    def _files_ended(self, position: int | None) -> None:
        """Report the files whose messages all come before ``position`` (``None``: all)."""
        while self.ends and not self.stopped and (position is None or self.ends[0][0] <= position):
            read, index, problem = self.ends.popleft()
            path = self.files[index]
            if problem:
                self.report.problems.append(problem)
            self.done += self.sizes[index]
            self.files_reported = index + 1
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
            self.progress(ImportProgress(self._bytes_done(), self.total, done, self.current))
        if not self.exhausted:
            self._cancel_asked()

    def _bytes_done(self) -> int:
        """The files finished, and how far into the one being stored (a large mbox moves
        the bar while it is imported, not only at its end; a compressed file's
        decompressed bytes count up to its size on disk)."""
        finished = self.done
        if self.files_reported <= self.handed_file < len(self.sizes):
            finished += min(self.handed_in_file, self.sizes[self.handed_file])
        return min(finished, self.total)

    def _cancel_asked(self) -> bool:
        if self.cancelled and self.cancelled():
            self.report.cancelled = self.stopped = True
        return self.stopped


def _damaged(path: Path, reason: str, count: int) -> str:
    """A file read only in part, and how many of its messages went in before the damage."""
    if not count:
        said = translate(
            "importer",
            "{path} was read only in part: {reason}; no message came before the damage.",
        )
    else:
        said = importer.tr(
            "{path} was read only in part: {reason}; the %n message(s) before the damage went in.",
            "",
            count,
        )
    return said.format(path=path, reason=reason)


def _stat(path: Path) -> tuple[int, int | None]:
    """A file's size and modification time (0 and ``None`` when it cannot be read)."""
    try:
        info = path.stat()
    except OSError:
        return 0, None
    return info.st_size, int(info.st_mtime)


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
