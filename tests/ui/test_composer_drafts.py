"""Closing a composer keeps what the user wants kept (issue 17, points 4 and 6): an untouched
window leaves nothing behind, text asks Save / Discard / Cancel, Discard throws it away,
and autosave writes only the text, off the GUI thread."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from threadline.core.addresses import Address
from threadline.core.compose import Attachment, Draft
from threadline.drafts import SavedDraft, load_drafts, parts_folder, save_draft
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.ui.composer import ComposerWindow, Opened, ReplyContext

ANN = Account(id="a", address="a@x.org", display_name="Ann", smtp_host="127.0.0.1",
              smtp_port=2525, security="none", auth_method="none")  # fmt: skip
REPLY = ReplyContext(thread_id=7, conversation_subject="Plan", message_count=2,
                     original_subject="Plan")  # fmt: skip
#: Issue 17, point 6: the longest the GUI thread may stall while a draft is saved.
MAX_STALL_S = 0.05


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    conn = db.connect(path)
    AccountStore(conn).save(ANN)
    conn.close()
    return path


@pytest.fixture
def drafts(tmp_path: Path) -> Path:
    return tmp_path / "drafts"


def open_composer(qtbot: QtBot, store_path: Path, drafts: Path, draft: Draft | None = None,
                  **options: object) -> ComposerWindow:  # fmt: skip
    window = ComposerWindow(store_path, [ANN], draft, drafts_dir=drafts,
                            **options)  # type: ignore[arg-type]  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    return window


def written(window: ComposerWindow) -> list[SavedDraft]:
    """The drafts on disk once everything the window asked to write is written."""
    assert window.writer is not None and window.writer.wait(10)
    return load_drafts(window.writer.folder)


def answer(qtbot: QtBot, box: QMessageBox | None, key: Qt.Key) -> None:
    """Press ``key`` in a question box, as a user would."""
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, key)


def forward() -> Draft:
    return Draft(sender=ANN.sender, subject="Fwd: Plan", body="\n\n---------- Forwarded")


@pytest.mark.parametrize("draft", [None, forward()], ids=["new", "forward"])
def test_an_untouched_window_closes_without_a_question_and_leaves_no_draft(
    qtbot: QtBot, store_path: Path, drafts: Path, draft: Draft | None
) -> None:
    window = open_composer(qtbot, store_path, drafts, draft)
    assert window.close()
    assert window.question is None and written(window) == []


def test_closing_with_text_asks_and_discard_leaves_nothing(
    qtbot: QtBot, store_path: Path, drafts: Path
) -> None:
    window = open_composer(qtbot, store_path, drafts)
    qtbot.keyClicks(window.body, "Half a thought")
    window.save_draft()  # the autosave came before the window closed
    assert len(written(window)) == 1
    assert not window.close() and window.isVisible()
    assert window.question is not None
    assert window.question.text() == "Save this message as a draft before closing?"
    answer(qtbot, window.question, Qt.Key.Key_D)
    assert not window.isVisible() and written(window) == []


def test_cancel_keeps_the_window_and_save_keeps_the_draft(
    qtbot: QtBot, store_path: Path, drafts: Path
) -> None:
    window = open_composer(qtbot, store_path, drafts)
    window.subject.setText("Keep me")
    window.close()
    answer(qtbot, window.question, Qt.Key.Key_Escape)
    assert window.isVisible() and written(window) == []
    window.close()
    answer(qtbot, window.question, Qt.Key.Key_S)
    assert not window.isVisible()
    [saved] = written(window)
    assert (saved.draft_id, saved.draft.subject) == (window.draft_id, "Keep me")


def test_ctrl_s_keeps_the_draft_and_closing_then_asks_nothing(
    qtbot: QtBot, store_path: Path, drafts: Path
) -> None:
    window = open_composer(qtbot, store_path, drafts)
    window.subject.setText("Saved by hand")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    qtbot.keyClick(window.subject, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert [s.draft.subject for s in written(window)] == ["Saved by hand"]
    qtbot.waitUntil(lambda: "Draft saved at" in window.status.text())
    assert window.close() and window.question is None
    assert [s.draft.subject for s in written(window)] == ["Saved by hand"]


def test_a_draft_opened_untouched_is_not_written_again(
    qtbot: QtBot, store_path: Path, drafts: Path
) -> None:
    """Drafts reopened and closed were saved again, each time."""
    saved = SavedDraft("a" * 32, Draft(sender=ANN.sender, to=[Address("b@y.org")],
                                       subject="Plan", body="Old text"))  # fmt: skip
    file = save_draft(drafts, saved)
    before = file.stat().st_mtime_ns
    window = open_composer(qtbot, store_path, drafts, saved.draft, draft_id=saved.draft_id,
                           opened=Opened.SAVED)  # fmt: skip
    assert window.close() and window.question is None
    [again] = written(window)
    assert file.stat().st_mtime_ns == before and again.draft.body == "Old text"


def test_discarding_changes_to_a_saved_draft_puts_it_back_as_it_was(
    qtbot: QtBot, store_path: Path, drafts: Path
) -> None:
    saved = SavedDraft("b" * 32, Draft(sender=ANN.sender, subject="Plan", body="Old text"))
    save_draft(drafts, saved)
    window = open_composer(qtbot, store_path, drafts, saved.draft, draft_id=saved.draft_id,
                           opened=Opened.SAVED)  # fmt: skip
    window.body.setPlainText("New text")
    window.save_draft()
    assert [s.draft.body for s in written(window)] == ["New text"]  # the autosave
    window.close()
    assert window.question is not None and window.question.text().startswith("Save the changes")
    answer(qtbot, window.question, Qt.Key.Key_D)
    assert [s.draft.body for s in written(window)] == ["Old text"]


def test_a_message_brought_back_by_undo_is_asked_about_even_untouched(
    qtbot: QtBot, store_path: Path, drafts: Path
) -> None:
    window = open_composer(qtbot, store_path, drafts, forward(), opened=Opened.UNSAVED)
    assert not window.close()
    answer(qtbot, window.question, Qt.Key.Key_Return)  # Save draft is the default
    assert [s.draft.subject for s in written(window)] == ["Fwd: Plan"]


def test_the_discard_button_asks_then_deletes_the_draft(
    qtbot: QtBot, store_path: Path, drafts: Path
) -> None:
    window = open_composer(qtbot, store_path, drafts, reply=REPLY)
    window.body.setPlainText("Not this")
    window.keep_draft()
    assert len(written(window)) == 1
    qtbot.mouseClick(window.discard_button, Qt.MouseButton.LeftButton)
    box = window.confirmation
    assert box is not None and box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    answer(qtbot, box, Qt.Key.Key_Return)  # Enter cancels
    assert window.isVisible() and len(written(window)) == 1
    window.discard()
    answer(qtbot, window.confirmation, Qt.Key.Key_D)
    assert not window.isVisible() and written(window) == []
    assert list(drafts.iterdir()) == []


def test_an_untouched_window_is_discarded_without_a_question(
    qtbot: QtBot, store_path: Path, drafts: Path
) -> None:
    window = open_composer(qtbot, store_path, drafts)
    window.discard()
    assert window.confirmation is None and not window.isVisible()


class LoopWatch:
    """How regularly a 10 ms timer fires: a long gap is a stalled GUI thread
    (as in test_responsiveness.py)."""

    def __init__(self) -> None:
        self.stamps: list[float] = []
        self.timer = QTimer(interval=10)
        self.timer.timeout.connect(lambda: self.stamps.append(time.perf_counter()))
        self.timer.start()

    def longest_gap(self) -> float:
        self.timer.stop()
        return max(b - a for a, b in zip(self.stamps, self.stamps[1:], strict=False))


def test_autosaving_a_draft_with_a_30_mb_attachment_keeps_the_window_responsive(
    qtbot: QtBot, store_path: Path, drafts: Path
) -> None:
    """Issue 17, point 6: each autosave wrote a 40 MB file on the GUI thread (0.43 s)."""
    data = bytes(range(256)) * (30 * 1024 * 1024 // 256)
    draft = forward()
    draft.attachments = [Attachment("video.mp4", data, "video/mp4")]  # forwarded: in memory
    window = open_composer(qtbot, store_path, drafts, draft)
    window.autosave.setInterval(20)
    watch = LoopWatch()
    sizes = []
    for word in ("First", " second", " third"):
        with qtbot.waitSignal(window.drafts_changed, timeout=20_000):
            qtbot.keyClicks(window.body, word)
        file = drafts / f"{window.draft_id}.json"
        [part] = list(parts_folder(drafts, window.draft_id).iterdir())
        sizes.append((file.stat().st_size, part.stat().st_ino, part.stat().st_mtime_ns))
    gap = watch.longest_gap()
    assert gap < MAX_STALL_S, f"the GUI thread stalled {gap * 1000:.0f} ms"
    assert len(watch.stamps) > 10  # the loop really ran throughout
    assert all(size < 4_000 for size, _ino, _mtime in sizes)  # the text only
    assert len({(ino, mtime) for _size, ino, mtime in sizes}) == 1  # the bytes written once
    [saved] = written(window)
    assert saved.draft.body.startswith("First second third")
    assert saved.draft.attachments[0].size == len(data)
    assert json.loads(file.read_text())["attachments"][0]["part"] == part.name
