"""The app's one outbox runner: undo send, automatic retries, send later, notifications.

Time is faked (the runner's clock and tick are class attributes of the main window), the
SMTP server is real, and nothing waits by sleeping.
"""

from __future__ import annotations

import email
import subprocess
import sys
import time
from email import policy
from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from helpers.smtp_server import SmtpServer
from threadline.core.addresses import Address
from threadline.core.compose import Attachment, Draft
from threadline.paths import Profile
from threadline.services.sending import queue_draft
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.outbox import Outbox, OutboxState
from threadline.ui.composer import ComposerWindow
from threadline.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]


class FakeClock:
    def __init__(self) -> None:
        self.now = time.time()

    def __call__(self) -> float:
        return self.now


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> FakeClock:
    fake = FakeClock()
    monkeypatch.setattr(MainWindow, "clock", staticmethod(fake))
    monkeypatch.setattr(MainWindow, "outbox_tick", 0.05)
    return fake


def open_window(qtbot: QtBot, profile: Profile, undo_seconds: int = 0) -> MainWindow:
    (profile.config_dir / "window.ini").write_text(f"[sending]\nundo_seconds={undo_seconds}\n")
    window = MainWindow(profile)
    qtbot.addWidget(window)
    window.show()
    return window


def compose(window: MainWindow, subject: str) -> ComposerWindow:
    """A new message to bob@example.net with ``subject``, in a composer."""
    composer = window.compose_new()
    assert composer is not None
    composer.to_field.setText("bob@example.net")
    composer.subject.setText(subject)
    return composer


def test_undo_within_the_delay_sends_nothing_and_restores_the_composer(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer, tmp_path: Path
) -> None:
    window = open_window(qtbot, mail_profile, undo_seconds=30)
    with qtbot.waitSignal(window.outbox_runner.idle, timeout=10_000):
        pass  # the runner's first run at start
    composer = window.compose_new()
    assert composer is not None
    composer.to_field.setText("bob@example.net")
    composer.cc_field.setText("cy@example.net")
    composer.subject.setText("Second thoughts")
    composer.body.setPlainText("I take it back.")
    composer.attachments.append(Attachment("notes.txt", b"draft notes", "text/plain"))
    composer.send()
    assert not composer.isVisible()
    assert window.undo_bar.isVisible()
    assert window.undo_text.text().startswith("Sending “Second thoughts” in ")
    [held] = Outbox(window.store.conn).entries()
    assert held.waits_until(time.time()) is not None
    restored = window.undo_send()
    assert restored is not None and restored.isVisible()
    assert restored.to_field.text() == "bob@example.net"
    assert restored.cc_field.text() == "cy@example.net"
    assert restored.subject.text() == "Second thoughts"
    assert restored.body.toPlainText() == "I take it back."
    assert [a.filename for a in restored.attachments] == ["notes.txt"]
    assert Outbox(window.store.conn).entries() == []
    with qtbot.waitSignal(window.outbox_runner.idle, timeout=10_000):
        window.outbox_runner.wake()
    assert server.handler.greetings == 0 and server.received == []


def test_a_temporary_failure_is_retried_by_the_app_with_no_user_action(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer, clock: FakeClock
) -> None:
    server.faults.temporary_failures = 3
    window = open_window(qtbot, mail_profile)
    composer = compose(window, "Persistent")
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000) as first:
        composer.send()
    [outbox_id] = first.args[0].failed_temporary
    entry = Outbox(window.store.conn).get(outbox_id)
    assert entry.state is OutboxState.FAILED_TEMPORARY and "451" in entry.last_error
    for _retry in range(3):
        waited = Outbox(window.store.conn).get(outbox_id).next_attempt_at - clock.now
        assert 50 < waited < 700  # 1, 2, 5 minutes, give or take the jitter
        with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000):
            clock.now += waited + 1  # time passes; nobody touches anything
    assert Outbox(window.store.conn).get(outbox_id).state is OutboxState.SENT
    assert len(server.received) == 1
    attempts = Outbox(window.store.conn).attempts(outbox_id)
    assert [a.outcome for a in attempts] == ["failed-temporary"] * 3 + ["sent"]


def test_a_scheduled_message_goes_when_due_dated_then_and_the_user_is_told(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer, clock: FakeClock
) -> None:
    window = open_window(qtbot, mail_profile)
    told: list[str] = []
    window.notify = lambda title, text: told.append(text)
    composer = compose(window, "Monday news")
    due = time.time() + 3 * 86400
    composer.queue(due, scheduled=True)
    [waiting] = Outbox(window.store.conn).entries()
    assert waiting.scheduled_for == int(due)
    dialog = window.open_outbox()
    assert dialog.table.item(0, 0).text().startswith("Scheduled for ")
    with qtbot.waitSignal(window.outbox_runner.idle, timeout=10_000):
        window.outbox_runner.wake()
    assert server.received == []  # not yet
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000):
        clock.now = due + 1
    [received] = server.received
    sent = email.message_from_bytes(received.data, policy=policy.default)
    assert abs(sent["Date"].datetime.timestamp() - (due + 1)) < 2  # dated when it went
    assert told == ["“Monday news” was sent."]  # the window was not active
    qtbot.waitUntil(lambda: dialog.table.item(0, 0).text().startswith("Sent as scheduled, "))


def test_send_now_in_the_outbox_lets_a_scheduled_message_go(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    window = open_window(qtbot, mail_profile)
    composer = compose(window, "Actually, now")
    composer.queue(time.time() + 86400, scheduled=True)
    dialog = window.open_outbox()
    dialog.table.selectRow(0)
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000):
        dialog.send_now()
    assert len(server.received) == 1
    qtbot.waitUntil(lambda: dialog.table.item(0, 0).text().startswith("Sent as scheduled"))
    assert dialog.summary.text() == "“Actually, now” was sent."  # how it went, in words


def test_the_app_sends_what_a_script_queues_while_it_runs(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    window = open_window(qtbot, mail_profile)
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=30_000):
        queued = subprocess.run(
            [sys.executable, "-m", "threadline", "--profile", str(mail_profile.data_dir.parent),
             "send", "--queue-only", "--to", "bob@example.net", "--subject", "From cron",
             "--body", "nightly report"],
            capture_output=True, text=True, timeout=60, check=False,
            env={"PYTHONPATH": str(ROOT / "app"), "PATH": "/usr/bin:/bin"},
        )  # fmt: skip
        assert queued.returncode == 0, queued.stderr
    [received] = server.received
    assert b"nightly report" in received.data


def test_what_waited_from_before_is_sent_when_the_app_starts(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    conn = db.connect(mail_profile.store_path)
    [account] = AccountStore(conn).all()
    overdue = time.time() - 7200  # scheduled while the computer was off
    draft = Draft(sender=account.sender, to=[Address("bob@example.net")], subject="Overdue")
    queue_draft(conn, account, draft, due_at=overdue, scheduled_for=overdue)
    window = open_window(qtbot, mail_profile)
    outbox = Outbox(conn)  # the server has the message before the runner records it sent
    qtbot.waitUntil(lambda: len(outbox.entries([OutboxState.SENT])) == 1, timeout=20_000)
    assert len(server.received) == 1
    [sent] = outbox.entries([OutboxState.SENT])
    assert sent.last_error.startswith("Sent late: it was scheduled for")
    dialog = window.open_outbox()  # the Outbox says it went late
    assert dialog.table.item(0, 0).text().startswith("Sent late, ")
    assert dialog.table.item(0, 3).text().startswith("Sent late: it was scheduled for")


def test_the_network_coming_back_retries_at_once(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer, clock: FakeClock
) -> None:
    server.faults.temporary_failures = 1
    window = open_window(qtbot, mail_profile)
    composer = compose(window, "Offline for a moment")
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000) as first:
        composer.send()
    assert first.args[0].failed_temporary
    window.outbox_runner.network_changed(False)  # still offline: nothing happens
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000) as second:
        window.outbox_runner.network_changed(True)  # the clock has not moved
    assert len(second.args[0].sent) == 1 and len(server.received) == 1


@pytest.mark.slow
def test_the_apps_runner_and_a_flush_process_deliver_each_of_50_messages_once(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    conn = db.connect(mail_profile.store_path)
    [account] = AccountStore(conn).all()
    queued = {
        queue_draft(conn, account, Draft(sender=account.sender, to=[Address("bob@example.net")],
                                         subject=f"race {n}")).message_id
        for n in range(50)
    }  # fmt: skip
    flush = subprocess.Popen(
        [sys.executable, "-m", "threadline", "--profile", str(mail_profile.data_dir.parent),
         "outbox", "flush"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        env={"PYTHONPATH": str(ROOT / "app"), "PATH": "/usr/bin:/bin"},
    )  # fmt: skip
    open_window(qtbot, mail_profile)  # its runner starts sending what waits at once
    _out, err = flush.communicate(timeout=120)
    assert flush.returncode in (0, 75) and "Traceback" not in err
    qtbot.waitUntil(lambda: len(Outbox(conn).entries([OutboxState.SENT])) == 50, timeout=60_000)
    ids = [
        str(email.message_from_bytes(r.data, policy=policy.default)["Message-ID"]).strip("<>")
        for r in server.received
    ]
    assert sorted(ids) == sorted(queued)  # every one, none twice


def test_a_scheduled_message_can_be_opened_changed_and_scheduled_again(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    window = open_window(qtbot, mail_profile)
    composer = window.compose_new()
    assert composer is not None
    composer.to_field.setText("bob@example.net")
    composer.bcc_field.setText("boss@example.net")
    composer.subject.setText("Quarterly")
    composer.body.setPlainText("Numbers are up.")
    composer.attachments.append(Attachment("q3.csv", b"a,b\n1,2\n", "text/csv"))
    composer.queue(time.time() + 86400, scheduled=True)
    dialog = window.open_outbox()
    [waiting] = Outbox(window.store.conn).entries()
    dialog.table.selectRow(0)
    dialog.open_selected()
    assert Outbox(window.store.conn).entries() == []  # out of the Outbox while edited
    reopened = window.composers[-1]
    assert reopened.isVisible() and reopened.subject.text() == "Quarterly"
    assert reopened.to_field.text() == "bob@example.net"
    assert reopened.bcc_field.text() == "boss@example.net"
    assert reopened.body.toPlainText() == "Numbers are up."
    assert [(a.filename, a.data) for a in reopened.attachments] == [("q3.csv", b"a,b\n1,2\n")]
    reopened.body.setPlainText("Numbers are up 4%.")
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000):
        reopened.send()
    [received] = server.received
    assert b"Numbers are up 4%." in received.data
    assert sorted(received.rcpt_tos) == ["bob@example.net", "boss@example.net"]
    sent = email.message_from_bytes(received.data, policy=policy.default)
    assert sent["Message-ID"] == f"<{waiting.message_id}>"  # the same people: the same id


def test_replying_to_one_message_of_a_long_conversation_answers_that_message(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    from helpers.mail import make_raw
    from threadline.store.importer import import_bytes
    from threadline.store.messages import MessageStore

    raws = []
    for n in range(300):  # a chain: each message answers the one before
        refs = [f"c{j}@x.org" for j in range(n)]
        raws.append(make_raw(
            f"c{n}@x.org", subject="Chain" if n == 0 else "Re: Chain", references=refs,
            in_reply_to=refs[-1] if refs else None, body=f"message number {n}",
            date=time.strftime("%a, %d %b %Y %H:%M:%S +0000", time.gmtime(1.79e9 + n * 60)),
        ))  # fmt: skip
    store = MessageStore(db.connect(mail_profile.store_path))
    import_bytes(store, raws)
    window = open_window(qtbot, mail_profile)
    thread = store.thread_of_message("c12@x.org")
    assert thread is not None
    window.open_thread(thread)
    for gap in list(window.reader.gaps):  # message 12 waits behind "Show N more messages"
        while gap in window.reader.gaps:
            gap.click()
    [card] = [c for c in window.reader.cards if c.message.message_id == "c12@x.org"]
    card.expand()
    assert card.answer_row is not None and card.answer_row.isVisibleTo(card)
    card.answer_row.findChild(QPushButton, "answer-sender").click()
    composer = window.composers[-1]
    assert "message number 12" in composer.body.toPlainText()  # quotes #12, not #299
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000):
        composer.send()
    sent = email.message_from_bytes(server.received[-1].data, policy=policy.default)
    assert sent["In-Reply-To"] == "<c12@x.org>"
    references = sent["References"].split()
    assert references[-1] == "<c12@x.org>" and references[0] == "<c0@x.org>"
    assert "<c13@x.org>" not in references  # #12's own chain (RFC 5322 §3.6.4)
    assert sent["Subject"] == "Re: Chain"
