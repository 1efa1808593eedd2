"""Drafts in the main window (issue 17, point 5): each draft listed, opened or deleted."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from threadline.core.addresses import Address
from threadline.core.compose import Attachment, Draft
from threadline.drafts import SavedDraft, load_drafts, save_draft
from threadline.ui.drafts_place import EMPTY, DraftsPlace, details_of

ME = Address("ann@example.org", "Ann")
NOW = time.mktime((2026, 11, 24, 15, 0, 0, 0, 0, -1))


def plant(folder: Path, draft_id: str, subject: str, when: float, **fields: object) -> None:
    draft = Draft(sender=ME, subject=subject, **fields)  # type: ignore[arg-type]
    path = save_draft(folder, SavedDraft(draft_id, draft))
    os.utime(path, (when, when))


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    folder = tmp_path / "drafts"
    plant(folder, "a" * 32, "Older", NOW - 7200, to=[Address("bob@y.org", "Bob")])
    plant(folder, "b" * 32, "Newer", NOW - 60, attached_messages=[b"Subject: x\r\n\r\nx\r\n"])
    return folder


def shown(qtbot: QtBot, folder: Path) -> DraftsPlace:
    place = DraftsPlace(folder)
    qtbot.addWidget(place)
    place.show()
    with qtbot.waitSignal(place.count_changed, timeout=10_000):
        place.refresh()
    return place


def test_the_details_say_who_where_what_and_when() -> None:
    many = Draft(sender=ME, to=[Address("b@y.org", "Bob"), Address("c@y.org")],
                 cc=[Address("d@y.org"), Address("e@y.org")],
                 attachments=[Attachment("a.pdf", b"x")])  # fmt: skip
    saved = SavedDraft("c" * 32, many, reply_thread_id=3, reply_subject="Plan\n x",
                       saved_at=NOW - 60)  # fmt: skip
    assert details_of(saved, NOW) == (
        "To Bob, c@y.org and 2 more · in “Plan x” · 1 attachment · 14:59"
    )
    assert details_of(SavedDraft("d" * 32, Draft(sender=ME))) == "No recipients yet"


def test_each_draft_is_listed_newest_first(qtbot: QtBot, folder: Path) -> None:
    place = shown(qtbot, folder)
    rows = [place.list.item(row).text() for row in range(place.list.count())]
    assert rows == ["Newer", "Older"] and place.list.currentRow() == 0
    assert place.list.item(1).data(Qt.ItemDataRole.UserRole + 1).startswith("To Bob · ")
    assert place.empty.isHidden() and place.open_button.isEnabled()


def test_without_drafts_it_says_what_the_place_is_for(qtbot: QtBot, tmp_path: Path) -> None:
    place = shown(qtbot, tmp_path / "none")
    assert place.empty.isVisible() and place.empty.text() == EMPTY
    assert place.list.isHidden() and not place.delete_button.isEnabled()


def test_enter_opens_the_draft_read_whole(qtbot: QtBot, folder: Path) -> None:
    place = shown(qtbot, folder)
    place.list.setFocus()
    with qtbot.waitSignal(place.open_requested, timeout=10_000) as opened:
        qtbot.keyClick(place.list, Qt.Key.Key_Return)
    whole: SavedDraft = opened.args[0]
    assert whole.draft_id == "b" * 32  # with the message it forwards, which a listing skips
    assert whole.draft.attached_messages == [b"Subject: x\r\n\r\nx\r\n"]


def test_delete_asks_then_removes_the_draft(qtbot: QtBot, folder: Path) -> None:
    place = shown(qtbot, folder)
    place.list.setCurrentRow(1)
    place.list.setFocus()
    place.activateWindow()
    qtbot.waitUntil(place.list.hasFocus)
    qtbot.keyClick(place.list, Qt.Key.Key_Delete)
    box = place.confirmation
    assert box is not None and box.text() == "Delete the draft “Older”? This cannot be undone."
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, Qt.Key.Key_Escape)
    assert len(load_drafts(folder)) == 2
    place.delete_selected()
    with qtbot.waitSignal(place.deleted, timeout=10_000) as gone:
        qtbot.keyClick(place.confirmation, Qt.Key.Key_D)
    assert gone.args == ["a" * 32]
    qtbot.waitUntil(lambda: place.list.count() == 1, timeout=10_000)
    assert [saved.subject for saved in (s.draft for s in load_drafts(folder))] == ["Newer"]
    assert [place.list.item(row).text() for row in range(place.list.count())] == ["Newer"]
