"""Run slow work off the GUI thread and get its result back on the GUI thread.

Like Anki's ``QueryOp``: ``run_in_background(fn, on_done, on_error)`` runs ``fn`` on
Qt's thread pool; ``on_done(result)`` or ``on_error(exception)`` then run on the GUI
thread. ``fn`` never touches widgets; it gets a :class:`Progress` to report through.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from shiboken6 import isValid


class Progress(QObject):
    """Passed to background work: report progress, and see whether to stop."""

    changed = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self._cancel = threading.Event()

    def report(self, value: object) -> None:
        """Send ``value`` to the GUI thread (queued signal)."""
        self.changed.emit(value)

    def cancel(self) -> None:
        """Ask the work to stop at its next check."""
        self._cancel.set()

    def cancelled(self) -> bool:
        """Whether :meth:`cancel` was called."""
        return self._cancel.is_set()


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)


class _Job(QRunnable):
    def __init__(self, work: Callable[[Progress], Any], progress: Progress) -> None:
        super().__init__()
        self.work = work
        self.progress = progress
        self.signals = _Signals()

    def run(self) -> None:
        try:
            result = self.work(self.progress)
        except Exception as error:  # delivered to the GUI thread, shown to the user
            self._deliver(self.signals.failed, error)
        else:
            self._deliver(self.signals.done, result)

    @staticmethod
    def _deliver(signal: Any, value: object) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the app quit while this ran: nobody is left to tell
            pass


_RUNNING: set[_Job] = set()  # keep jobs (and their signal objects) alive until they finish


def run_in_background(
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], object],
    on_error: Callable[[Exception], object],
    on_progress: Callable[[object], None] | None = None,
    *,
    owner: QObject | None = None,
) -> Progress:
    """Start ``work(progress)`` on the thread pool; returns its :class:`Progress`.

    ``owner``: the widget the answer is for; if it was deleted meanwhile (its window
    closed), the answer is dropped instead of reaching a dead widget.
    """
    progress = Progress()
    if on_progress is not None:
        progress.changed.connect(on_progress)
    job = _Job(work, progress)
    job.setAutoDelete(False)

    def finished(callback: Callable[[Any], object]) -> Callable[[Any], None]:
        def deliver(value: Any) -> None:
            _RUNNING.discard(job)
            if owner is None or isValid(owner):
                callback(value)

        return deliver

    job.signals.done.connect(finished(on_done))
    job.signals.failed.connect(finished(on_error))
    _RUNNING.add(job)
    QThreadPool.globalInstance().start(job)
    return progress
