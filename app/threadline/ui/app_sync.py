"""The desktop app's IMAP sync, on a thread of its own.

Every account with an incoming server is synced when the app starts, every
:attr:`AppSync.interval` seconds, when :meth:`AppSync.wake` is called (the user read a
conversation, so its \\Seen flag should reach the server soon), when the account's
:class:`~threadline.services.watching.InboxWatcher` (IDLE) reports news, and when the
network comes back. A temporary failure (offline, a time-out) is retried after
:attr:`AppSync.backoff` seconds, one step longer each time; a refusal (a wrong password,
an untrusted certificate) is not retried, nor watched, until the user asks
(:meth:`AppSync.retry`) or changes the accounts: repeating it could lock the account. The
GUI thread never waits on any of it: it hears back through :attr:`AppSync.synced` and
:attr:`AppSync.status`.

The worker on the sync :class:`QThread` keeps the schedule and the watchers and never
blocks; each run of the sync itself (network and store, with a connection of its own)
goes on a short-lived daemon thread. So quitting never hangs: :meth:`AppSync.stop` shuts
the socket of the session being synced, so a download ends at once (what was committed
stays; the next sync resumes), the watchers leave IDLE within half a second, and a run
stuck connecting to a silent server is left behind to end with the process.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
import time
import weakref
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QThread, QTimer, Signal, Slot

from threadline.errors import ThreadlineError
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.ui.network_watch import on_network_back

# IMAP (imapclient, keyring) is imported on the sync threads that use it, not at start-up.
if TYPE_CHECKING:
    from threadline.net.imap.session import ImapSession
    from threadline.services.syncing import SessionFactory, SyncProgress, SyncReport
    from threadline.services.watching import InboxWatcher

log = logging.getLogger("threadline.ui.sync")

#: Seconds to wait after the n-th temporary failure in a row (then the last, again).
BACKOFF = (30.0, 60.0, 120.0, 300.0, 600.0)
#: Seconds the app's IMAP sessions wait to connect and for each answer.
SESSION_TIMEOUT = 30.0
#: How long stopping waits for the watchers to leave IDLE politely (they look twice a
#: second), and in all, at most, for them and the sync to end.
POLITE_SECONDS = 0.7
STOP_SECONDS = 1.5


@dataclass(frozen=True)
class AccountStatus:
    """How one account's sync stands."""

    address: str
    #: When the last sync of this account went through (epoch seconds), if ever.
    synced_at: float | None = None
    #: Why the last sync failed ('' when it worked), in full (it may quote the server).
    error: str = ""
    #: The failure may pass (offline, a time-out): it is retried at ``retry_at``.
    temporary: bool = False
    retry_at: float | None = None


@dataclass(frozen=True)
class SyncStatus:
    """What the sync is doing, for the status bar (sent to the GUI thread)."""

    accounts: tuple[AccountStatus, ...] = ()
    #: The account being synced right now ('' when idle), and how far it is.
    syncing: str = ""
    progress: SyncProgress | None = None

    @property
    def synced_at(self) -> float | None:
        """When every account was last synced (the oldest of their times), if all were."""
        times = [a.synced_at for a in self.accounts if a.synced_at is not None]
        return min(times) if times and len(times) == len(self.accounts) else None

    @property
    def failed(self) -> list[AccountStatus]:
        """Accounts whose sync failed and waits for the user (a password, a certificate)."""
        return [a for a in self.accounts if a.error and not a.temporary]

    @property
    def offline(self) -> list[AccountStatus]:
        """Accounts that could not be reached and are retried later."""
        return [a for a in self.accounts if a.error and a.temporary]

    @property
    def retry_at(self) -> float | None:
        """The next retry of an unreachable account."""
        times = [a.retry_at for a in self.offline if a.retry_at is not None]
        return min(times) if times else None


class SyncCancelled(ThreadlineError):
    """The app is quitting: the sync stops where it is (what was committed stays)."""


@dataclass
class _Account:
    """The worker's bookkeeping for one account with an incoming server."""

    account: Account
    due_at: float = 0.0
    failures: int = 0
    synced_at: float | None = None
    error: str = ""
    temporary: bool = False
    watcher: InboxWatcher | None = None
    #: Being synced by the run in progress; woken again meanwhile (sync once more after).
    running: bool = False
    rewake: bool = False
    #: The server refused the account (a password, a certificate): no retries, no
    #: watcher, until the user asks (:meth:`_Worker.retry`) or changes the accounts.
    blocked: bool = False

    def due(self, now: float) -> None:
        """Sync this account now (or right after the run in progress)."""
        if self.running:
            self.rewake = True
        else:
            self.due_at = min(self.due_at, now)

    def status(self) -> AccountStatus:
        return AccountStatus(
            address=self.account.address,
            synced_at=self.synced_at,
            error=self.error,
            temporary=self.temporary,
            retry_at=self.due_at if self.error and self.temporary else None,
        )


class _Worker(QObject):
    """Lives on the sync QThread: the accounts, the schedule, the watchers, the runs."""

    synced = Signal(object)  # list[SyncReport]
    status = Signal(object)  # SyncStatus
    #: From other threads: a watcher saw a change (account id); a run syncs an account
    #: (account id, SyncProgress or None); a run ended (list of (account id, report)).
    news = Signal(str)
    step = Signal(str, object)
    ran = Signal(object)

    def __init__(self, store_path: Path, open_session: SessionFactory, sync: AppSync) -> None:
        super().__init__()
        self.store_path = store_path
        self.open_session = open_session
        self.interval = sync.interval
        self.backoff = tuple(sync.backoff) or BACKOFF
        self.debounce = sync.debounce
        self.reissue = sync.reissue
        self.clock = sync.clock
        self.stopping = threading.Event()
        self.conn: sqlite3.Connection | None = None
        self.states: dict[str, _Account] = {}
        self.retired: list[InboxWatcher] = []
        self.run_thread: threading.Thread | None = None
        #: Open sessions of the runs and of the watchers (stopping cuts them).
        self.run_sessions: weakref.WeakSet[ImapSession] = weakref.WeakSet()
        self.watch_sessions: dict[InboxWatcher, weakref.WeakSet[ImapSession]] = {}
        self.lock = threading.Lock()
        self.syncing = ""
        self.soon: QTimer | None = None
        self.later: QTimer | None = None
        self.news.connect(self.on_news)
        self.step.connect(self.on_step)
        self.ran.connect(self.on_ran)

    # -- life ------------------------------------------------------------------------------

    @Slot()
    def start(self) -> None:
        self.conn = db.connect(self.store_path)
        self.soon = QTimer(self)
        self.soon.setSingleShot(True)
        self.soon.setInterval(int(self.debounce * 1000))
        self.soon.timeout.connect(self.run)
        self.later = QTimer(self)
        self.later.setSingleShot(True)
        self.later.timeout.connect(self.run)
        self.refresh()

    @Slot()
    def stop(self) -> None:
        self.stopping.set()
        for timer in (self.soon, self.later):
            if timer is not None:
                timer.stop()
        watchers = [s.watcher for s in self.states.values() if s.watcher] + self.retired
        for watcher in watchers:
            watcher.stopping.set()  # all at once: they leave IDLE side by side
        polite = time.monotonic() + POLITE_SECONDS
        deadline = time.monotonic() + STOP_SECONDS
        idle = [w for w in watchers if w.idling.is_set()]
        for watcher in watchers:  # connecting, logging in, waiting: cut at once
            if watcher not in idle:
                self.interrupt(self.watch_sessions.get(watcher))
        for watcher in idle:  # in IDLE: DONE and LOGOUT, unless the server is stuck
            watcher.thread.join(max(0.0, polite - time.monotonic()))
            self.interrupt(self.watch_sessions.get(watcher))
        for watcher in watchers:
            watcher.thread.join(max(0.0, deadline - time.monotonic()))
        if self.conn is not None:
            self.conn.close()
        self.conn = None
        self.thread().quit()

    def interrupt(self, sessions: weakref.WeakSet[ImapSession] | None = None) -> None:
        """Cut the sessions being synced (or ``sessions``): a blocked read returns at once.

        Called from the GUI thread while stopping, too.
        """
        with self.lock:
            cut = list(self.run_sessions) if sessions is None else list(sessions)
        for session in cut:
            _shut(session)

    def _tracked(self, sessions: weakref.WeakSet[ImapSession]) -> SessionFactory:
        """The session factory, noting each session in ``sessions`` (refused when stopping)."""

        def open_for(account: Account) -> ImapSession:
            if self.stopping.is_set():
                raise SyncCancelled("Threadline is quitting.")
            session = self.open_session(account)
            with self.lock:
                sessions.add(session)
            return session

        return open_for

    # -- accounts and watchers ---------------------------------------------------------------

    @Slot()
    def refresh(self) -> None:
        """Read the accounts again: new or changed ones sync now and get a fresh watcher."""
        if self.conn is None or self.stopping.is_set():
            return
        accounts = {a.id: a for a in AccountStore(self.conn).all() if a.has_imap}
        for account_id in list(self.states):
            state = self.states[account_id]
            if accounts.get(account_id) != state.account:
                self._retire(state)
                del self.states[account_id]
            elif state.blocked:  # the password may be new (the keyring is not the store)
                state.blocked = False
                state.due(self.clock())
        for account_id, account in accounts.items():
            if account_id not in self.states:
                watcher = self._watch(account)
                self.states[account_id] = _Account(account, self.clock(), watcher=watcher)
        self.retired = [w for w in self.retired if w.thread.is_alive()]
        live = {s.watcher for s in self.states.values()} | set(self.retired)
        self.watch_sessions = {w: s for w, s in self.watch_sessions.items() if w in live}
        self._emit_status()
        self._schedule()

    def _watch(self, account: Account) -> InboxWatcher:
        from threadline.services.watching import InboxWatcher

        stopping = self.stopping
        news = self.news

        def on_change() -> None:  # on the watcher's own thread
            if not stopping.is_set():
                news.emit(account.id)

        sessions: weakref.WeakSet[ImapSession] = weakref.WeakSet()
        watcher = InboxWatcher(account, self._tracked(sessions), on_change, reissue=self.reissue)
        self.watch_sessions[watcher] = sessions
        watcher.start()
        return watcher

    def _retire(self, state: _Account) -> None:
        if state.watcher is not None:
            state.watcher.stopping.set()  # it leaves on its own; joined at quit
            self.retired.append(state.watcher)
            state.watcher = None

    # -- when to sync ------------------------------------------------------------------------

    @Slot()
    def wake(self) -> None:
        """Sync every account soon, except those waiting out a failure."""
        now = self.clock()
        for state in self.states.values():
            if not (state.error and state.temporary) and not state.blocked:
                state.due(now)
        self._schedule()

    @Slot()
    def network_back(self) -> None:
        """The network is back: every account syncs now, retries included."""
        now = self.clock()
        for state in self.states.values():
            if not state.blocked:
                state.due(now)
        self._schedule()

    @Slot()
    def retry(self) -> None:
        """The user asks: every account syncs now, those refused by their server too."""
        now = self.clock()
        for state in self.states.values():
            state.blocked = False
            state.due(now)
        self._schedule()

    @Slot(str)
    def on_news(self, account_id: str) -> None:
        """A watcher saw new mail, a flag change or an expunge: sync that account now.

        While the account waits out a failure, only a watcher that is really connected
        (in IDLE) counts: its reconnect attempts say nothing about the server.
        """
        state = self.states.get(account_id)
        if state is None or state.watcher is None or state.blocked:
            return
        if state.error and state.temporary and not state.watcher.idling.is_set():
            return
        state.due(self.clock())
        self._schedule()

    def _schedule(self) -> None:
        """Run soon when something is due, else sleep until the next thing is."""
        if self.soon is None or self.later is None or self.stopping.is_set():
            return
        waiting = [s.due_at for s in self.states.values() if not s.blocked]
        if not waiting or self.run_thread is not None:  # a run ends by scheduling again
            self.later.stop()
            return
        wait = min(waiting) - self.clock()
        if wait <= 0:
            if not self.soon.isActive():  # wakes within the debounce make one run
                self.soon.start()
            return
        self.later.start(max(10, min(int(wait * 1000), 2**31 - 1)))

    # -- running -----------------------------------------------------------------------------

    @Slot()
    def run(self) -> None:
        """Start a run over the accounts that are due, on a thread of its own."""
        if self.conn is None or self.stopping.is_set() or self.run_thread is not None:
            return
        now = self.clock()
        due = [s for s in self.states.values() if s.due_at <= now and not s.blocked]
        if not due:
            self._schedule()
            return
        for state in due:
            state.running, state.rewake = True, False
        self.run_thread = threading.Thread(
            target=self._run,
            args=([s.account for s in due],),
            name="threadline-sync-run",
            daemon=True,
        )
        self.run_thread.start()

    def _run(self, accounts: list[Account]) -> None:
        """On the run's thread: sync each account; report back to the worker."""
        from threadline.services.syncing import SyncReport

        results: list[tuple[str, SyncReport]] = []
        try:
            conn = db.connect(self.store_path)
            try:
                for account in accounts:
                    if self.stopping.is_set():
                        break
                    self.step.emit(account.id, None)
                    results.append((account.id, self._sync(conn, account)))
            finally:
                conn.close()
        except Exception as error:  # the store could not be opened: said in the status
            log.exception("sync run failed")
            done = {account_id for account_id, _report in results}
            results += [
                (a.id, SyncReport(a.address, error=_unexpected(error)))
                for a in accounts
                if a.id not in done
            ]
        try:
            self.ran.emit(results)
        except RuntimeError:  # the app is gone (a run left behind at quit)
            pass

    def _sync(self, conn: sqlite3.Connection, account: Account) -> SyncReport:
        from threadline.services.syncing import SyncReport, sync_accounts

        def progress(step: SyncProgress) -> None:
            if self.stopping.is_set():
                raise SyncCancelled("Threadline is quitting.")
            self.step.emit(account.id, step)

        try:
            reports = sync_accounts(
                conn, [account], self._tracked(self.run_sessions), progress=progress,
                clock=self.clock,
            )  # fmt: skip
        except Exception as error:  # a bug or a broken store: said in the status, logged
            log.exception("sync of %s failed", account.address)
            reports = [SyncReport(account.address, error=_unexpected(error))]
        return reports[0] if reports else SyncReport(account.address)

    @Slot(str, object)
    def on_step(self, account_id: str, progress: SyncProgress | None) -> None:
        state = self.states.get(account_id)
        if state is not None and not self.stopping.is_set():
            self.syncing = state.account.address
            self._emit_status(progress)

    @Slot(object)
    def on_ran(self, results: list[tuple[str, SyncReport]]) -> None:
        """A run ended: note each account's outcome, report, plan the next run."""
        self.run_thread = None
        self.syncing = ""
        if self.stopping.is_set():
            return
        now = self.clock()
        reports = []
        for account_id, report in results:
            state = self.states.get(account_id)
            if state is not None and state.running:  # (not one removed or changed meanwhile)
                self._record(state, report, now)
            reports.append(report)
        for state in self.states.values():
            if state.running:  # not reached (the run stopped early)
                state.due_at = now
            elif state.rewake:
                state.due(now)
            state.running = state.rewake = False
        self._emit_status()
        if reports:
            self.synced.emit(reports)
        self._schedule()

    def _record(self, state: _Account, report: SyncReport, now: float) -> None:
        state.running = False
        if report.error and report.temporary:
            delay = self.backoff[min(state.failures, len(self.backoff) - 1)]
            state.failures += 1
            state.error, state.temporary = report.error, True
            state.due_at = now + delay
            return
        state.failures = 0
        state.due_at = now + self.interval
        if report.error:  # refused: trying again would only repeat it (and may lock it)
            state.error, state.temporary, state.blocked = report.error, False, True
            self._retire(state)
            return
        if state.watcher is None:
            state.watcher = self._watch(state.account)
        state.synced_at = now
        problems = [f"{f.name}: {f.error}" for f in report.folders if f.error]
        state.error, state.temporary = "\n".join(problems), False

    def _emit_status(self, progress: SyncProgress | None = None) -> None:
        accounts = tuple(s.status() for s in self.states.values())
        self.status.emit(SyncStatus(accounts, syncing=self.syncing, progress=progress))


def imap_sessions(config_dir: Path) -> SessionFactory:
    """The app's IMAP session factory (:func:`~threadline.services.syncing.session_factory`
    with :data:`SESSION_TIMEOUT`), made on first use: on a sync thread, not at start-up."""
    made: list[SessionFactory] = []

    def open_for(account: Account) -> ImapSession:
        if not made:
            from threadline.services.syncing import session_factory

            made.append(session_factory(config_dir, timeout=SESSION_TIMEOUT))
        return made[0](account)

    return open_for


def _unexpected(error: Exception) -> str:
    text = QCoreApplication.translate("Errors", "Something went wrong: {error}")
    return text.format(error=f"{type(error).__name__}: {error}")


def _shut(session: ImapSession) -> None:
    """Shut a session's socket: a read blocked on it returns at once (the sync ends)."""
    try:
        sock = session.client.socket()
    except Exception:  # not connected (yet, or any more)
        return
    try:
        import socket  # (only to cut a session at quit)

        socket.socket.shutdown(sock, socket.SHUT_RDWR)
    except OSError:
        pass


class AppSync(QObject):
    """Start it once; :meth:`wake` it after reading; :meth:`refresh_accounts` after the
    accounts change; :meth:`stop` at exit (also called when the app quits)."""

    #: Seconds between syncs of an account (the watchers' IDLE brings news sooner).
    interval: float = 5 * 60.0
    #: Seconds to wait after the n-th temporary failure in a row.
    backoff: tuple[float, ...] = BACKOFF
    #: Wakes closer together than this make one sync.
    debounce: float = 0.25
    #: Seconds between IDLE re-issues (see services.watching).
    reissue: float = 10 * 60.0
    clock: Callable[[], float] = staticmethod(time.time)

    synced = Signal(object)  # list[SyncReport], on the GUI thread
    status = Signal(object)  # SyncStatus, on the GUI thread
    _wake = Signal()
    _network_back = Signal()
    _retry = Signal()
    _refresh = Signal()
    _stop = Signal()

    def __init__(self, store_path: Path, open_session: SessionFactory) -> None:
        super().__init__()
        self.worker_thread = QThread()
        self.worker_thread.setObjectName("threadline-sync")
        self.worker = _Worker(store_path, open_session, self)
        self.worker.moveToThread(self.worker_thread)
        self.worker_thread.started.connect(self.worker.start)
        self._wake.connect(self.worker.wake)
        self._network_back.connect(self.worker.network_back)
        self._retry.connect(self.worker.retry)
        self._refresh.connect(self.worker.refresh)
        self._stop.connect(self.worker.stop)
        self.worker.synced.connect(self.synced)
        self.worker.status.connect(self.status)
        self.last_status = SyncStatus()
        self.status.connect(self._remember)

    def _remember(self, status: SyncStatus) -> None:
        self.last_status = status

    def start(self) -> None:
        """Start the thread: it reads the accounts, starts their watchers and syncs."""
        app = QCoreApplication.instance()
        if app is not None:  # app.quit() skips the windows' closeEvent: stop here too
            app.aboutToQuit.connect(self.stop)
        self._watch_network()
        self.worker_thread.start()

    def _watch_network(self) -> None:
        """Sync at once when the network comes back, where the platform can tell."""
        on_network_back(lambda: self.network_changed(True))

    def network_changed(self, online: bool) -> None:
        """Online again: accounts waiting out a failure sync now instead of later."""
        if online:
            self._network_back.emit()

    def wake(self) -> None:
        """Sync soon (read state waits for the server)."""
        self._wake.emit()

    def retry(self) -> None:
        """Sync every account now, also those whose server refused them (the user asks)."""
        self._retry.emit()

    def refresh_accounts(self) -> None:
        """The accounts changed: watch and sync the new and changed ones."""
        if self.worker_thread.isRunning():
            self._refresh.emit()

    def stop(self) -> None:
        """Stop syncing and watching; returns within :data:`STOP_SECONDS` or so.

        The session being synced is cut (its download ends; what was committed stays);
        a run still connecting to a silent server is left to end with the process.
        """
        if not self.worker_thread.isRunning():
            return
        deadline = time.monotonic() + STOP_SECONDS
        worker = self.worker
        worker.stopping.set()
        worker.interrupt()
        self._stop.emit()
        self.worker_thread.wait()  # the watchers: within STOP_SECONDS
        run = worker.run_thread
        while run is not None and run.is_alive() and time.monotonic() < deadline:
            worker.interrupt()  # a session opened meanwhile is cut too
            run.join(0.05)
