"""The app's outbox runner on its own thread, driven directly (no window).

Real store, real SMTP server on loopback; the GUI thread only emits and listens. The
flows through the main window (undo, send later, notifications) are in
test_sending_flows.py.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from helpers.smtp_server import SmtpServer
from threadline.core.addresses import Address
from threadline.core.compose import Draft
from threadline.paths import Profile
from threadline.services.sending import FlushReport, OutboxRunner, queue_draft
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.outbox import Outbox, OutboxState
from threadline.ui.app_outbox import AppOutbox


def queue(store_path: Path, subject: str) -> int:
    """Queue a message from another connection (like the composer or a script)."""
    conn = db.connect(store_path)
    try:
        [account] = AccountStore(conn).all()
        draft = Draft(sender=account.sender, to=[Address("bob@example.net")], subject=subject)
        return queue_draft(conn, account, draft).outbox_id
    finally:
        conn.close()


@pytest.fixture
def runner(qtbot: QtBot, mail_profile: Profile) -> Iterator[AppOutbox]:
    outbox = AppOutbox(mail_profile.store_path, OutboxRunner, tick=0.05)
    yield outbox
    outbox.stop()
    assert not outbox.worker_thread.isRunning()


def test_what_waited_goes_at_start_on_the_runners_own_thread(
    qtbot: QtBot, runner: AppOutbox, mail_profile: Profile, server: SmtpServer
) -> None:
    waiting = queue(mail_profile.store_path, "From before")
    with qtbot.waitSignal(runner.reported, timeout=20_000) as signal:
        runner.start()
    report: FlushReport = signal.args[0]
    assert report.sent == [waiting] and len(server.received) == 1
    assert runner.worker_thread.isRunning()
    assert runner.worker.thread() is runner.worker_thread


def test_a_commit_by_another_connection_is_noticed_without_a_wake(
    qtbot: QtBot, runner: AppOutbox, mail_profile: Profile, server: SmtpServer
) -> None:
    with qtbot.waitSignal(runner.idle, timeout=10_000):
        runner.start()
    with qtbot.waitSignal(runner.reported, timeout=20_000) as signal:
        queued = queue(mail_profile.store_path, "From a script")
    assert signal.args[0].sent == [queued]
    assert server.received[0].data.count(b"Subject: From a script") == 1


def test_wake_sends_what_is_due_now(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    slow = AppOutbox(mail_profile.store_path, OutboxRunner, tick=3600)  # no polling to help
    try:
        with qtbot.waitSignal(slow.idle, timeout=10_000):
            slow.start()
        queued = queue(mail_profile.store_path, "Send now")
        with qtbot.waitSignal(slow.reported, timeout=20_000) as signal:
            slow.wake()
        assert signal.args[0].sent == [queued]
    finally:
        slow.stop()


def test_the_network_coming_back_makes_retries_due_at_once(
    qtbot: QtBot, runner: AppOutbox, mail_profile: Profile, server: SmtpServer
) -> None:
    server.faults.temporary_failures = 1
    queued = queue(mail_profile.store_path, "Offline")
    with qtbot.waitSignal(runner.reported, timeout=20_000) as first:
        runner.start()
    assert list(first.args[0].failed_temporary) == [queued]
    conn = db.connect(mail_profile.store_path)
    assert Outbox(conn).get(queued).state is OutboxState.FAILED_TEMPORARY
    with qtbot.assertNotEmitted(runner.reported, wait=200):
        runner.network_changed(False)
    with qtbot.waitSignal(runner.reported, timeout=20_000) as second:
        runner.network_changed(True)
    assert second.args[0].sent == [queued] and len(server.received) == 1


class BrokenRunner(OutboxRunner):
    """A runner whose first run hits a bug (a broken store, say)."""

    runs = 0

    def run(self, **options: object) -> FlushReport:  # type: ignore[override]
        BrokenRunner.runs += 1
        if BrokenRunner.runs == 1:
            raise sqlite3.DatabaseError("database disk image is malformed")
        return super().run(**options)  # type: ignore[arg-type]


def test_an_error_is_reported_to_the_gui_and_the_thread_keeps_going(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    BrokenRunner.runs = 0
    outbox = AppOutbox(mail_profile.store_path, BrokenRunner, tick=3600)
    try:
        with qtbot.waitSignal(outbox.failed, timeout=10_000) as failed:
            outbox.start()
        assert isinstance(failed.args[0], sqlite3.DatabaseError)
        queued = queue(mail_profile.store_path, "After the error")
        with qtbot.waitSignal(outbox.reported, timeout=20_000) as signal:
            outbox.wake()
        assert signal.args[0].sent == [queued]
    finally:
        outbox.stop()
    assert not outbox.worker_thread.isRunning() and outbox.worker.conn is None
