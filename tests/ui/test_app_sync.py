"""The app's sync on its own thread, driven directly (no window), on a real Dovecot over
TLS: it syncs at start and when woken or told of news, off the GUI thread; temporary
failures back off; accounts are watched as they change; stopping never hangs, even
mid-sync or on a server that says nothing. The main window's side is in
test_sync_flows.py."""

from __future__ import annotations

import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from helpers.dovecot import Dovecot, append, flags_of
from helpers.mail import make_raw
from threadline.net.imap.session import ImapSession
from threadline.paths import Profile
from threadline.services.syncing import SessionFactory, SyncReport, session_factory
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.folders import FolderStore
from threadline.store.messages import MessageStore
from threadline.ui.app_sync import STOP_SECONDS, AppSync, SyncStatus


class Sessions:
    """A session factory that notes the thread each session was opened on."""

    def __init__(self, inner: SessionFactory) -> None:
        self.inner = inner
        self.threads: list[threading.Thread] = []

    def __call__(self, account: Account) -> ImapSession:
        self.threads.append(threading.current_thread())
        return self.inner(account)


@pytest.fixture
def sessions(imap_profile: Profile) -> Sessions:
    return Sessions(session_factory(None, timeout=10))


@pytest.fixture
def sync(qtbot: QtBot, imap_profile: Profile, sessions: Sessions) -> Iterator[AppSync]:
    running = AppSync(imap_profile.store_path, sessions)
    yield running
    running.stop()
    assert not running.worker_thread.isRunning()


def set_account(profile: Profile, **changes: object) -> Account:
    """Change the one account from another connection (as the Accounts dialog does)."""
    conn = db.connect(profile.store_path)
    try:
        store = AccountStore(conn)
        [account] = store.all()
        return store.save(Account(**{**account.__dict__, **changes}))
    finally:
        conn.close()


def test_it_syncs_at_start_off_the_gui_thread_and_says_when(
    qtbot: QtBot, sync: AppSync, sessions: Sessions, dovecot: Dovecot, imap_profile: Profile
) -> None:
    append(dovecot, "INBOX", make_raw("first@example.org", subject="First"))
    statuses: list[SyncStatus] = []
    sync.status.connect(statuses.append)
    with qtbot.waitSignal(sync.synced, timeout=10_000) as signal:
        sync.start()
    [report] = signal.args[0]
    assert isinstance(report, SyncReport) and report.new == 1 and not report.failed
    assert sessions.threads and threading.main_thread() not in sessions.threads
    assert any(s.syncing == "tester@example.test" for s in statuses)  # said while it ran
    qtbot.waitUntil(lambda: sync.last_status.synced_at is not None)
    assert not sync.last_status.syncing and not sync.last_status.failed
    store = MessageStore(db.connect(imap_profile.store_path))
    assert [c.subject for c in store.conversations()] == ["First"]


def test_news_from_the_watcher_syncs_that_account(
    qtbot: QtBot, sync: AppSync, dovecot: Dovecot
) -> None:
    with qtbot.waitSignal(sync.synced, timeout=10_000):
        sync.start()
    watcher = sync.worker.states["imap"].watcher
    assert watcher is not None
    qtbot.waitUntil(watcher.idling.is_set, timeout=10_000)
    with qtbot.waitSignal(sync.synced, timeout=10_000) as signal:
        append(dovecot, "INBOX", make_raw("pushed@example.org", subject="Pushed"))
    assert signal.args[0][0].new == 1


def test_wake_takes_read_state_to_the_server_soon(
    qtbot: QtBot, sync: AppSync, dovecot: Dovecot, imap_profile: Profile
) -> None:
    uid = append(dovecot, "INBOX", make_raw("unread@example.org", subject="Unread"))
    with qtbot.waitSignal(sync.synced, timeout=10_000):
        sync.start()
    conn = db.connect(imap_profile.store_path)
    [summary] = MessageStore(conn).conversations()
    assert FolderStore(conn).mark_thread_read(summary.thread_id) == 1
    conn.close()
    sync.wake()
    qtbot.waitUntil(lambda: "\\Seen" in flags_of(dovecot, "INBOX")[uid], timeout=10_000)


def test_wakes_close_together_make_one_run(qtbot: QtBot, sync: AppSync) -> None:
    with qtbot.waitSignal(sync.synced, timeout=10_000):
        sync.start()
    runs: list[object] = []
    sync.synced.connect(runs.append)
    with qtbot.waitSignal(sync.synced, timeout=10_000):
        for _ in range(5):
            sync.wake()
    with qtbot.assertNotEmitted(sync.synced, wait=int(sync.debounce * 1000) + 300):
        pass
    assert len(runs) == 1


def test_it_syncs_again_after_the_interval(
    qtbot: QtBot, imap_profile: Profile, sessions: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(AppSync, "interval", 0.3)
    sync = AppSync(imap_profile.store_path, sessions)
    try:
        runs: list[object] = []
        sync.synced.connect(runs.append)
        sync.start()
        qtbot.waitUntil(lambda: len(runs) >= 3, timeout=10_000)
    finally:
        sync.stop()


def test_a_temporary_failure_backs_off_and_the_network_coming_back_retries_at_once(
    qtbot: QtBot, imap_profile: Profile, sessions: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    listener = socket.create_server(("127.0.0.1", 0))
    closed_port = listener.getsockname()[1]
    listener.close()  # nothing listens there now: connection refused
    set_account(imap_profile, imap_port=closed_port)
    monkeypatch.setattr(AppSync, "backoff", (0.2, 0.4, 3600.0))
    sync = AppSync(imap_profile.store_path, sessions)
    times: list[float] = []
    sync.synced.connect(lambda _reports: times.append(time.monotonic()))
    try:
        sync.start()
        qtbot.waitUntil(lambda: len(times) == 3, timeout=10_000)  # at once, +0.2 s, +0.4 s
        assert times[1] - times[0] >= 0.2 and times[2] - times[1] >= 0.4
        status = sync.last_status
        [offline] = status.offline
        assert offline.temporary and "refused the connection" in offline.error
        assert status.retry_at is not None and status.retry_at > time.time() + 3000  # last step
        with qtbot.assertNotEmitted(sync.synced, wait=300):
            sync.wake()  # reading does not hammer a server that is down
        with qtbot.waitSignal(sync.synced, timeout=5_000):
            sync.network_changed(True)
    finally:
        sync.stop()


def test_a_refused_password_waits_for_the_user(
    qtbot: QtBot, imap_profile: Profile, sessions: Sessions, monkeypatch: pytest.MonkeyPatch
) -> None:
    from helpers.dovecot import PASSWORD
    from threadline.net import secrets

    monkeypatch.setattr(AppSync, "interval", 0.2)
    secrets.set_password("imap", "wrong")
    sync = AppSync(imap_profile.store_path, sessions)
    try:
        with qtbot.waitSignal(sync.synced, timeout=20_000) as signal:
            sync.start()
        [report] = signal.args[0]
        assert report.error and not report.temporary
        qtbot.waitUntil(lambda: bool(sync.last_status.failed))
        [failed] = sync.last_status.failed
        assert "refused the user name or password" in failed.error
        assert not sync.last_status.offline and failed.retry_at is None
        state = sync.worker.states["imap"]
        assert state.blocked and state.watcher is None  # no more log-ins with it
        with qtbot.assertNotEmitted(sync.synced, wait=800):  # four intervals, no retry
            sync.wake()
            sync.network_changed(True)
        secrets.set_password("imap", PASSWORD)  # fixed in the Accounts window
        with qtbot.waitSignal(sync.synced, timeout=20_000) as signal:
            sync.retry()
        assert not signal.args[0][0].error
        assert not sync.last_status.failed and not sync.last_status.syncing  # said first
        assert sync.worker.states["imap"].watcher is not None  # watched again
    finally:
        sync.stop()


def test_accounts_that_change_get_a_new_watcher_and_sync(
    qtbot: QtBot, sync: AppSync, imap_profile: Profile
) -> None:
    with qtbot.waitSignal(sync.synced, timeout=10_000):
        sync.start()
    old = sync.worker.states["imap"].watcher
    assert old is not None
    set_account(imap_profile, display_name="Tess Renamed")
    with qtbot.waitSignal(sync.synced, timeout=10_000):
        sync.refresh_accounts()
    new = sync.worker.states["imap"].watcher
    assert new is not None and new is not old
    qtbot.waitUntil(lambda: not old.thread.is_alive(), timeout=5_000)

    set_account(imap_profile, imap_host="")  # send only now
    with qtbot.waitSignal(sync.status, timeout=5_000,
                          check_params_cb=lambda status: status.accounts == ()):  # fmt: skip
        sync.refresh_accounts()
    qtbot.waitUntil(lambda: not new.thread.is_alive(), timeout=5_000)


class SilentServer:
    """An IMAP server on 127.0.0.1 that stops answering: before its greeting (the client
    is still connecting), or at LOGIN (the session is open, its read blocks)."""

    def __init__(self, greets: bool) -> None:
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.greets = greets
        self.clients: list[socket.socket] = []
        self.closed = False
        self.lock = threading.Lock()
        self.stuck = threading.Event()  # a client waits for an answer that never comes
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            with self.lock:
                if self.closed:
                    client.close()
                    return
                self.clients.append(client)
            threading.Thread(target=self._talk, args=(client,), daemon=True).start()

    def _talk(self, client: socket.socket) -> None:
        if not self.greets:
            self.stuck.set()
            return
        client.sendall(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] ready\r\n")
        with contextlib.suppress(OSError), client.makefile("rb") as lines:
            for line in lines:
                tag, _, command = line.partition(b" ")
                if command.upper().startswith(b"CAPABILITY"):
                    client.sendall(b"* CAPABILITY IMAP4rev1 AUTH=PLAIN\r\n" + tag + b" OK done\r\n")
                else:
                    self.stuck.set()  # LOGIN: never answered

    def close(self) -> None:
        with self.lock:
            self.closed = True
        self.listener.close()
        for client in self.clients:
            with contextlib.suppress(OSError):
                client.shutdown(socket.SHUT_RDWR)
            client.close()


@pytest.fixture(params=["at login", "connecting"])
def silent(request: pytest.FixtureRequest) -> Iterator[SilentServer]:
    server = SilentServer(greets=request.param == "at login")
    yield server
    server.close()


def test_stopping_never_hangs_on_a_server_that_stops_answering(
    qtbot: QtBot, imap_profile: Profile, silent: SilentServer
) -> None:
    set_account(imap_profile, imap_port=silent.port, imap_security="none")  # loopback only
    sync = AppSync(imap_profile.store_path, session_factory(None, timeout=60))
    try:
        sync.start()
        qtbot.waitUntil(lambda: sync.last_status.syncing == "tester@example.test", timeout=5_000)
        assert silent.stuck.wait(5)
        run = sync.worker.run_thread
        assert run is not None and run.is_alive()
    finally:
        started = time.monotonic()
        sync.stop()
        took = time.monotonic() - started
    assert not sync.worker_thread.isRunning()
    if silent.greets:  # the open sessions (the run's, the watcher's) are cut: no wait
        assert took < 1.0
        run.join(1)
        assert not run.is_alive()
    else:  # still connecting: the run is left behind (a daemon); quitting waits no longer
        assert took < STOP_SECONDS + 0.5
