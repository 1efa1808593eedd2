"""The Outbox window: what each waiting message is doing, and Send now."""

from __future__ import annotations

import time
from dataclasses import replace
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from threadline.core.addresses import Address
from threadline.core.compose import Draft
from threadline.services.sending import FlushReport, queue_draft
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.outbox import Outbox, OutboxEntry, OutboxState
from threadline.ui.outbox_dialog import OutboxDialog, state_text

NOW = time.time()
ENTRY = OutboxEntry(
    id=1, account_id="a", message_id="m@x", envelope_from="a@x.org", recipients=("b@y.org",),
    subject="s", state=OutboxState.QUEUED, attempts=0, next_attempt_at=0, last_error="",
    created_at=int(NOW), sent_at=None,
)  # fmt: skip


def at(moment: float, pattern: str) -> str:
    return time.strftime(pattern, time.localtime(moment))


@pytest.mark.parametrize(
    ("changes", "shown"),
    [
        ({}, "Waiting"),
        ({"due_at": int(NOW) - 5}, "Waiting"),  # held back, and its time has come
        ({"due_at": int(NOW) + 5}, "Sending in 5 s"),  # the undo delay counting down
        ({"due_at": int(NOW) + 150}, "Sending in 3 min"),
        ({"state": OutboxState.FAILED_TEMPORARY, "next_attempt_at": int(NOW) + 100},
         "Retrying in 2 min"),
        ({"state": OutboxState.FAILED_TEMPORARY, "next_attempt_at": int(NOW) - 100},
         "Retrying in 0 s"),
        ({"state": OutboxState.FAILED_PERMANENT, "last_error": "554 No"}, "Failed"),
        ({"state": OutboxState.SENDING}, "Sending…"),
        ({"state": OutboxState.DRAFT}, "Draft"),
    ],
)  # fmt: skip
def test_the_state_column_says_when_a_message_goes(changes: dict[str, object], shown: str) -> None:
    assert state_text(replace(ENTRY, **changes), NOW) == shown  # type: ignore[arg-type]


def test_a_scheduled_message_says_when_and_then_how_it_went() -> None:
    later = int(NOW) + 3 * 86400
    scheduled = replace(ENTRY, due_at=later, scheduled_for=later)
    assert state_text(scheduled, NOW) == at(later, "Scheduled for %a %-d %b, %H:%M")
    held_long = replace(ENTRY, due_at=int(NOW) + 7200)  # held back but not scheduled
    assert state_text(held_long, NOW) == "Sending in " + at(NOW + 7200, "%a %-d %b, %H:%M")
    sent = replace(scheduled, state=OutboxState.SENT, sent_at=later)
    assert state_text(sent, later + 10) == at(later, "Sent as scheduled, %a %-d %b, %H:%M")
    # late: sent an hour after its time (Threadline was not running), whatever the warning's
    # words (they are in the language of the process that sent it)
    late = replace(sent, sent_at=later + 3600, last_error="Spät gesendet: …")
    assert state_text(late, later + 3610) == at(later + 3600, "Sent late, %a %-d %b, %H:%M")


ACCOUNT = Account(id="a", address="a@x.org", smtp_host="127.0.0.1", smtp_port=2525,
                  security="none", auth_method="none")  # fmt: skip


def test_the_window_lists_what_waits_and_send_now_lets_a_scheduled_one_go(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "store.sqlite3"
    conn = db.connect(path)
    AccountStore(conn).save(ACCOUNT)
    later = time.time() + 86400
    for subject, scheduled in (("Monday news", later), ("", None)):
        draft = Draft(sender=ACCOUNT.sender, to=[Address("b@y.org")], subject=subject)
        queue_draft(conn, ACCOUNT, draft, due_at=scheduled or 0, scheduled_for=scheduled)
    dialog = OutboxDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    rows = [[dialog.table.item(r, c).text() for c in range(3)] for r in range(2)]
    assert sorted(rows) == sorted([
        [at(int(later), "Scheduled for %a %-d %b, %H:%M"), "Monday news", "b@y.org"],
        ["Waiting", "(no subject)", "b@y.org"],
    ])  # fmt: skip
    assert dialog.summary.text() == "2 waiting."
    dialog.table.selectRow([r[1] for r in rows].index("Monday news"))
    with qtbot.waitSignal(dialog.send_requested):
        dialog.send_now()
    assert dialog.summary.text() == "Sending…"
    states = {e.subject: state_text(e, time.time()) for e in Outbox(conn).entries()}
    assert states == {"Monday news": "Waiting", "": "Waiting"}  # both go at the next run


def failed_entry(path: Path, subject: str = "Report", error: str = "Busy.") -> int:
    """A message whose one attempt failed for now, in the store at ``path``."""
    conn = db.connect(path)
    AccountStore(conn).save(ACCOUNT)
    draft = Draft(sender=ACCOUNT.sender, to=[Address("b@y.org")], subject=subject)
    entry = queue_draft(conn, ACCOUNT, draft).outbox_id
    outbox = Outbox(conn)
    outbox.claim_due("test", now=time.time())
    attempt = outbox.begin_attempt(entry, "test")
    outbox.record_failure(entry, attempt, error, temporary=True)
    return entry


def test_buttons_work_only_on_a_selected_message_they_can_act_on(
    qtbot: QtBot, tmp_path: Path
) -> None:
    path = tmp_path / "store.sqlite3"
    empty = OutboxDialog(path)  # the store is created empty
    qtbot.addWidget(empty)
    buttons = (empty.open_button, empty.retry_button, empty.send_button, empty.delete_button)
    assert [b.isEnabled() for b in buttons] == [False] * 4
    failed_entry(path)
    conn = db.connect(path)
    queue_draft(conn, ACCOUNT, Draft(sender=ACCOUNT.sender, to=[Address("c@y.org")],
                                     subject="Later"), due_at=time.time() + 3600)  # fmt: skip
    dialog = OutboxDialog(path)
    qtbot.addWidget(dialog)
    assert [b.isEnabled() for b in buttons] == [False] * 4  # nothing selected yet
    subjects = [dialog.table.item(r, 1).text() for r in range(2)]
    dialog.table.selectRow(subjects.index("Report"))
    shown = (dialog.open_button, dialog.retry_button, dialog.send_button, dialog.delete_button)
    assert [b.isEnabled() for b in shown] == [True] * 4
    dialog.table.selectRow(subjects.index("Later"))
    assert not dialog.retry_button.isEnabled()  # it has not failed: nothing to retry
    assert dialog.send_button.isEnabled() and dialog.delete_button.isEnabled()
    dialog.refresh()  # the countdown's refresh keeps the selection (and the buttons)
    assert dialog.selected() is not None and dialog.selected().subject == "Later"


def test_a_long_error_keeps_wrapping_after_a_refresh(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    error = "The server said: " + "mailbox temporarily unavailable, try again later. " * 6
    failed_entry(path, error=error)
    dialog = OutboxDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(2):  # as opened, and after Retry's refresh
        line = dialog.table.fontMetrics().height()
        assert dialog.table.rowHeight(0) >= 2 * line  # wrapped onto several lines
        right_edge = sum(dialog.table.columnWidth(c) for c in range(4))
        assert right_edge <= dialog.table.viewport().width() + 2  # no sideways scrolling
        dialog.refresh()


def test_retry_says_how_it_went(qtbot: QtBot, tmp_path: Path) -> None:
    path = tmp_path / "store.sqlite3"
    entry = failed_entry(path)
    dialog = OutboxDialog(path)
    qtbot.addWidget(dialog)
    dialog.table.selectRow(0)
    with qtbot.waitSignal(dialog.send_requested):
        dialog.retry_button.click()
    assert dialog.summary.text() == "Sending…"
    outbox = Outbox(db.connect(path))  # the runner's attempt fails again
    outbox.claim_due("runner", now=time.time())
    outbox.record_failure(entry, outbox.begin_attempt(entry, "runner"), "Busy.", temporary=True)
    dialog.report_run(FlushReport(failed_temporary={entry: "Still busy."}))
    when = at(outbox.get(entry).next_attempt_at, "%H:%M")
    assert dialog.summary.text() == f"“Report” was not sent: Still busy. Next try at {when}."
    dialog.table.selectRow(0)
    dialog.retry_button.click()
    dialog.report_run(FlushReport(sent=[entry]))
    assert dialog.summary.text() == "“Report” was sent."
