"""Composers and Drafts in the main window (issue 17, points 4, 5 and 8): drafts have a
place of their own where each is opened or deleted, and a failed send is explained once."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers.smtp_server import SmtpServer
from threadline.core.compose import Draft
from threadline.drafts import SavedDraft, load_drafts, save_draft
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.ui.composer import ComposerWindow
from threadline.ui.main_window import MainWindow


def open_window(qtbot: QtBot, profile: Profile) -> MainWindow:
    window = MainWindow(profile)
    qtbot.addWidget(window)
    window.show()
    return window


def answer(qtbot: QtBot, box: QMessageBox | None, key: Qt.Key) -> None:
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, key)


def drafts_listed(window: MainWindow) -> list[str]:
    return [window.drafts.list.item(r).text() for r in range(window.drafts.list.count())]


def plant_draft(profile: Profile, draft_id: str, subject: str) -> None:
    [account] = AccountStore(db.connect(profile.store_path)).all()
    save_draft(
        profile.drafts_dir,
        SavedDraft(draft_id, Draft(sender=account.sender, subject=subject, body="Text")),
    )


def opened(qtbot: QtBot, window: MainWindow) -> ComposerWindow:
    """Open the draft under the cursor in Drafts, as Enter does."""
    with qtbot.waitSignal(window.drafts.open_requested, timeout=10_000):
        window.drafts.open_selected()
    return window.composers[-1]


@pytest.mark.qt_log_ignore("does not support raise")  # offscreen: no window stacking
def test_a_saved_draft_waits_in_drafts_and_opens_from_there(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    """Point 5: drafts came back only at the next start, all at once, as one button."""
    window = open_window(qtbot, mail_profile)
    assert window.left_tabs.tabText(1) == "Drafts" and drafts_listed(window) == []
    composer = window.compose_new()
    assert composer is not None
    composer.subject.setText("Finish later")
    composer.close()
    answer(qtbot, composer.question, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: drafts_listed(window) == ["Finish later"], timeout=10_000)
    assert window.left_tabs.tabText(1) == "Drafts (1)"
    assert "unsent draft" not in window.statusBar().currentMessage()  # only those from before
    window.drafts_action.trigger()  # View → Drafts, Ctrl+Shift+D
    assert window.left_tabs.currentWidget() is window.drafts
    again = opened(qtbot, window)
    assert again is not composer and again.subject.text() == "Finish later"
    assert opened(qtbot, window) is again  # already open: brought to the front
    file = mail_profile.drafts_dir / f"{again.draft_id}.json"
    before = file.stat().st_mtime_ns
    assert again.close() and again.question is None  # untouched: not written again
    assert again.writer is not None and again.writer.wait(10)
    assert file.stat().st_mtime_ns == before
    window.search.setText("plan")  # searching shows the conversations again
    assert window.left_tabs.currentWidget() is window.list


def test_deleting_an_open_draft_closes_its_window_without_saving(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    plant_draft(mail_profile, "a" * 32, "Not needed")
    window = open_window(qtbot, mail_profile)
    qtbot.waitUntil(lambda: drafts_listed(window) == ["Not needed"], timeout=10_000)
    composer = opened(qtbot, window)
    composer.body.setPlainText("Edited, then thrown away")
    window.drafts.delete_selected()
    answer(qtbot, window.drafts.confirmation, Qt.Key.Key_D)
    assert not composer.isVisible() and composer.question is None
    qtbot.waitUntil(lambda: drafts_listed(window) == [], timeout=10_000)
    assert load_drafts(mail_profile.drafts_dir) == []
    window.show_drafts()
    assert window.drafts.empty.isVisible() and window.left_tabs.tabText(1) == "Drafts"


def test_a_message_taken_back_with_undo_is_asked_about_when_closed(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    (mail_profile.config_dir / "window.ini").write_text("[sending]\nundo_seconds=30\n")
    window = open_window(qtbot, mail_profile)
    composer = window.compose_new()
    assert composer is not None
    composer.to_field.setText("bob@example.net")
    composer.subject.setText("Oops")
    with qtbot.waitSignal(composer.sent):
        composer.send()
    back = window.undo_send()
    assert back is not None and back.subject.text() == "Oops"
    assert not back.close()  # its text is nowhere else: closing asks
    answer(qtbot, back.question, Qt.Key.Key_D)
    assert not back.isVisible() and back.writer is not None and back.writer.wait(10)
    assert load_drafts(mail_profile.drafts_dir) == []
    assert server.received == []


def test_a_temporary_failure_says_once_that_it_will_be_tried_again(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    """Point 8: "... Threadline will retry. Threadline tries again at 14:07 (see the Outbox)."."""
    server.faults.temporary_failures = 1
    window = open_window(qtbot, mail_profile)
    composer = window.compose_new()
    assert composer is not None
    composer.to_field.setText("bob@example.net")
    composer.subject.setText("Busy server")
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000) as report:
        composer.send()
    assert report.args[0].failed_temporary
    said = window.statusBar().currentMessage()
    assert said.startswith("Not sent yet: 127.0.0.1 asked to try again later (451")
    promises = re.findall(r"Threadline (?:will retry|will try again|tries again)", said)
    assert len(promises) == 1, said
    assert re.search(r"Next try at \d\d:\d\d \(see the Outbox\)\.$", said), said
