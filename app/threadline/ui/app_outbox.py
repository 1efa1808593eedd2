"""The desktop app's one outbox runner, on a thread of its own.

It sends what waits when the app starts (queued by ``--queue-only``, left by a crash or
by a command that could not reach the server), what the composer queues, what a script
queues while the app runs (another connection's commit changes SQLite's
``data_version``), held-back messages when their time comes (undo delay, send later),
and temporary failures when their retry is due. The GUI thread never waits on it: it
asks with :meth:`AppOutbox.wake` and hears back through :attr:`AppOutbox.reported`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from threadline.store import db
from threadline.ui.network_watch import on_network_back

if TYPE_CHECKING:  # sending (smtplib, keyring) is imported by the outbox thread
    from threadline.services.sending import OutboxRunner

#: Builds the runner on the worker thread, from that thread's own connection.
RunnerFactory = Callable[[sqlite3.Connection], "OutboxRunner"]


class _Worker(QObject):
    """Lives on the outbox thread: owns the connection, the runner and the timer."""

    reported = Signal(object)  # FlushReport
    failed = Signal(object)  # Exception (a bug or a broken store, never a send error)
    idle = Signal()  # a run finished (whatever it did)

    def __init__(self, store_path: Path, make_runner: RunnerFactory, tick: float) -> None:
        super().__init__()
        self.store_path = store_path
        self.make_runner = make_runner
        self.tick = tick
        self.conn: sqlite3.Connection | None = None
        self.runner: OutboxRunner | None = None
        self.timer: QTimer | None = None
        self.seen_version = -1

    @Slot()
    def start(self) -> None:
        self.conn = db.connect(self.store_path)
        self.runner = self.make_runner(self.conn)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.check)
        self.run()

    @Slot()
    def run(self) -> None:
        """Send everything that is due now, then sleep until the next thing is."""
        if self.runner is None or self.conn is None:
            return
        try:
            report = self.runner.run()
        except Exception as error:  # reported to the GUI; the thread keeps going
            self.failed.emit(error)
        else:
            if report.sent or report.failed_temporary or report.failed_permanent:
                self.reported.emit(report)
        self.seen_version = self._data_version()
        self._sleep()
        self.idle.emit()

    @Slot()
    def retry_now(self) -> None:
        """Temporary failures become due at once (the network is back), then run."""
        if self.conn is None:
            return
        from threadline.store.outbox import Outbox  # (on the outbox thread)

        Outbox(self.conn).retry_waiting_now()
        self.run()

    @Slot()
    def check(self) -> None:
        """Wake up: run if another connection changed the store or something is due."""
        if self.runner is None:
            return
        due = self.runner.next_due_in()
        if self._data_version() != self.seen_version or (due is not None and due <= 0):
            self.run()
        else:
            self._sleep()

    def _sleep(self) -> None:
        assert self.runner is not None and self.timer is not None
        due = self.runner.next_due_in()
        wait = self.tick if due is None else min(self.tick, due)
        self.timer.start(max(10, int(wait * 1000)))

    def _data_version(self) -> int:
        assert self.conn is not None
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    @Slot()
    def stop(self) -> None:
        if self.timer is not None:
            self.timer.stop()
        if self.conn is not None:
            self.conn.close()
        self.conn = self.runner = None
        self.thread().quit()


class AppOutbox(QObject):
    """Start it once; :meth:`wake` it when something should go now; :meth:`stop` at exit."""

    reported = Signal(object)  # FlushReport, on the GUI thread
    failed = Signal(object)  # Exception, on the GUI thread
    idle = Signal()  # a run finished
    _wake = Signal()
    _retry_now = Signal()
    _stop = Signal()

    def __init__(self, store_path: Path, make_runner: RunnerFactory, tick: float = 2.0) -> None:
        super().__init__()
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("threadline-outbox")
        self.worker = _Worker(store_path, make_runner, tick)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.start)
        self._wake.connect(self.worker.run)
        self._retry_now.connect(self.worker.retry_now)
        self._stop.connect(self.worker.stop)
        self.worker.reported.connect(self.reported)
        self.worker.failed.connect(self.failed)
        self.worker.idle.connect(self.idle)

    def start(self) -> None:
        """Start the thread; the first run sends what waits from before."""
        app = QCoreApplication.instance()
        if app is not None:  # app.quit() skips the windows' closeEvent: stop here too
            app.aboutToQuit.connect(self.stop)
        self._watch_network()
        self.worker_thread.start()

    def _watch_network(self) -> None:
        """Retry at once when the network comes back, where the platform can tell."""
        on_network_back(lambda: self.network_changed(True))

    def network_changed(self, online: bool) -> None:
        """Online again: what waits for a retry goes now instead of at its next time."""
        if online:
            self._retry_now.emit()

    def wake(self) -> None:
        """Send what is due now (after Send, "Send now", or the network coming back)."""
        self._wake.emit()

    def stop(self) -> None:
        """Finish the current message (if any) and end the thread."""
        if self.worker_thread.isRunning():
            self._stop.emit()
            self.worker_thread.wait()
