"""The composer: who it is from, what it says, and how it goes into the outbox."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from threadline.core.addresses import Address
from threadline.core.compose import Attachment, Draft
from threadline.drafts import load_drafts
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.outbox import Outbox
from threadline.ui.composer import (
    ComposerWindow,
    QueuedSend,
    ReplyContext,
    SendLaterDialog,
    next_monday_morning,
    next_morning,
)

ANN = Account(id="a", address="a@x.org", display_name="Ann", smtp_host="127.0.0.1",
              smtp_port=2525, security="none", auth_method="none",
              aliases=("a2@x.org",))  # fmt: skip
BOB = Account(id="b", address="b@y.org", smtp_host="127.0.0.1", smtp_port=2525,
              security="none", auth_method="none")  # fmt: skip
NOW = 1_800_000_000.0
REPLY = ReplyContext(thread_id=7, conversation_subject="<b>Plan</b>", message_count=1,
                     original_subject="Re: Plan")  # fmt: skip


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    path = tmp_path / "store.sqlite3"
    conn = db.connect(path)
    for account in (ANN, BOB):
        AccountStore(conn).save(account)
    conn.close()
    return path


def composer(qtbot: QtBot, store_path: Path, draft: Draft | None = None,
             reply: ReplyContext | None = None, **options: object) -> ComposerWindow:  # fmt: skip
    window = ComposerWindow(store_path, [ANN, BOB], draft, reply, clock=lambda: NOW,
                            **options)  # type: ignore[arg-type]  # fmt: skip
    qtbot.addWidget(window)
    window.show()
    return window


def close_dialogs(window: QWidget) -> list[str]:
    texts = []
    for box in window.findChildren(QMessageBox):
        texts.append(box.text())
        box.close()
    return texts


def test_from_lists_every_address_and_alias_and_a_draft_chooses_its_own(
    qtbot: QtBot, store_path: Path
) -> None:
    draft = Draft(sender=Address("A2@X.org"), to=[Address("c@z.org", "Cy")], subject="Hi",
                  body="Text")  # fmt: skip
    window = composer(qtbot, store_path, draft)
    items = [window.sender_box.itemText(i) for i in range(window.sender_box.count())]
    assert items == ["Ann <a@x.org>", "Ann <a2@x.org>", "b@y.org"]
    assert window.sender_box.currentIndex() == 1  # the alias the draft is from
    assert window.account() == ANN and window.identity().address == Address("a2@x.org", "Ann")
    assert (window.to_field.text(), window.subject.text()) == ("Cy <c@z.org>", "Hi")
    assert window.body.toPlainText() == "Text"
    assert window.focusWidget() is window.body  # it has recipients: write the text


def test_a_reply_says_where_it_goes_and_warns_when_the_subject_changes(
    qtbot: QtBot, store_path: Path
) -> None:
    reply = Draft(sender=ANN.sender, subject="Re: Plan", in_reply_to="plan@x.org")
    window = composer(qtbot, store_path, reply, REPLY)
    assert window.banner.text() == "↪ Replying in: <b>&lt;b&gt;Plan&lt;/b&gt;</b> (1 message)"
    assert window.warning.isHidden() and window.subject_hint.isVisible()
    window.subject.clear()
    qtbot.keyClicks(window.subject, "Something else")
    assert window.warning.isVisible() and "Gmail will show it" in window.warning.text()
    window.subject.clear()
    qtbot.keyClicks(window.subject, "Re: Plan")
    assert window.warning.isHidden()
    assert composer(qtbot, store_path).banner.text() == "✉ New conversation"


def test_sending_queues_the_message_after_the_undo_delay_and_closes(
    qtbot: QtBot, store_path: Path, tmp_path: Path
) -> None:
    window = composer(qtbot, store_path, drafts_dir=tmp_path / "drafts", undo_seconds=10)
    window.sender_box.setCurrentIndex(2)
    window.to_field.setText("c@z.org")
    window.subject.setText("Numbers")
    window.body.setPlainText("Final.")
    window.save_draft()
    assert window.writer is not None and window.writer.wait(10)
    assert len(load_drafts(tmp_path / "drafts")) == 1
    with qtbot.waitSignal(window.sent) as signal:
        window.send()
    assert window.writer.wait(10)
    queued: QueuedSend = signal.args[0]
    assert (queued.due_at, queued.scheduled, queued.subject) == (NOW + 10, False, "Numbers")
    assert queued.draft.sender == Address("b@y.org") and queued.draft.body == "Final."
    [entry] = Outbox(db.connect(store_path)).entries()
    assert (entry.id, entry.account_id, entry.due_at) == (queued.outbox_id, "b", NOW + 10)
    assert entry.scheduled_for is None
    assert not window.isVisible() and load_drafts(tmp_path / "drafts") == []
    assert AccountStore(db.connect(store_path)).last_used() == BOB


def test_send_later_queues_it_for_the_chosen_time(qtbot: QtBot, store_path: Path) -> None:
    window = composer(qtbot, store_path)
    window.to_field.setText("c@z.org")
    queued = window.queue(NOW + 86400, scheduled=True)
    assert queued is not None and queued.scheduled
    [entry] = Outbox(db.connect(store_path)).entries()
    assert entry.scheduled_for == entry.due_at == NOW + 86400


def test_a_bad_address_stops_the_send_and_says_which(qtbot: QtBot, store_path: Path) -> None:
    window = composer(qtbot, store_path)
    window.to_field.setText("c@z.org, nobody")
    assert window.queue(NOW, scheduled=False) is None
    assert "'nobody' is not an e-mail address" in window.status.text()
    assert any("'nobody'" in text for text in close_dialogs(window))
    assert Outbox(db.connect(store_path)).entries() == [] and window.isVisible()


def test_a_draft_keeps_what_was_typed_even_when_it_does_not_parse(
    qtbot: QtBot, store_path: Path, tmp_path: Path
) -> None:
    window = composer(qtbot, store_path, Draft(sender=ANN.sender, subject="Re: Plan"), REPLY,
                      drafts_dir=tmp_path / "drafts")  # fmt: skip
    window.to_field.setText("c@z.org, half typed")
    window.close()  # asks: Save draft is the default
    assert window.question is not None
    with qtbot.waitSignal(window.question.finished):
        qtbot.keyClick(window.question, Qt.Key.Key_Return)
    assert not window.isVisible() and window.writer is not None and window.writer.wait(10)
    [saved] = load_drafts(tmp_path / "drafts")
    assert saved.draft.to == [Address("c@z.org"), Address("half typed")]
    assert (saved.reply_thread_id, saved.reply_subject) == (7, "<b>Plan</b>")
    assert saved.draft_id == window.draft_id


def test_attachments_are_listed_with_their_size_and_unreadable_ones_reported(
    qtbot: QtBot, store_path: Path, tmp_path: Path
) -> None:
    window = composer(qtbot, store_path)
    assert window.attachment_list.isHidden()
    small = tmp_path / "notes.txt"
    small.write_bytes(b"x")
    window.attachments.append(Attachment("scan.pdf", b"x" * 2_500_000, "application/pdf"))
    window.add_attachments([small, tmp_path / "missing.pdf"])
    items = [window.attachment_list.item(i).text() for i in range(window.attachment_list.count())]
    assert items == ["scan.pdf (2.4 MB)", "notes.txt (1 byte)"]  # not "1 KB"
    assert window.attachment_list.isVisible()
    assert any("missing.pdf" in text for text in close_dialogs(window))
    assert [a.filename for a in window.current_draft().attachments] == ["scan.pdf", "notes.txt"]


@pytest.mark.parametrize(
    ("today", "monday"),
    [
        (QDate(2026, 11, 30), QDate(2026, 12, 7)),  # a Monday: the next one
        (QDate(2026, 12, 1), QDate(2026, 12, 7)),
        (QDate(2026, 12, 5), QDate(2026, 12, 7)),
        (QDate(2026, 12, 6), QDate(2026, 12, 7)),  # a Sunday: tomorrow
    ],
)
def test_the_quick_choices_are_eight_in_the_morning(today: QDate, monday: QDate) -> None:
    now = QDateTime(today, QTime(15, 30))
    assert next_morning(now, days=1) == QDateTime(today.addDays(1), QTime(8, 0))
    assert next_monday_morning(now) == QDateTime(monday, QTime(8, 0))


def test_send_later_refuses_a_time_that_has_passed(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    dialog = SendLaterDialog(parent)
    chosen: list[float] = []
    dialog.chosen.connect(chosen.append)
    dialog.open()
    dialog.when.setMinimumDateTime(QDateTime.fromSecsSinceEpoch(0))
    dialog.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(time.time()) - 60))
    dialog.accept()
    assert dialog.problem.text() == "That time has passed; choose a time to come."
    assert chosen == [] and dialog.isVisible()
    later = QDateTime.fromSecsSinceEpoch(int(time.time()) + 3600)
    dialog.when.setDateTime(later)
    dialog.accept()
    assert chosen == [float(later.toSecsSinceEpoch())] and not dialog.isVisible()


def test_a_reply_to_a_message_without_message_id_says_so(qtbot: QtBot, store_path: Path) -> None:
    unthreaded = Draft(sender=ANN.sender, subject="Re: Plan")  # no In-Reply-To to give
    window = composer(qtbot, store_path, unthreaded, REPLY)
    assert "no Message-ID" in window.banner.text()
    threaded = Draft(sender=ANN.sender, subject="Re: Plan", in_reply_to="p@x.org")
    assert "Message-ID" not in composer(qtbot, store_path, threaded, REPLY).banner.text()


def test_a_quoted_right_to_left_line_starts_at_the_right_with_its_marker(
    qtbot: QtBot, store_path: Path
) -> None:
    text = "Thanks!\n\n> مرحبا يا صديقي، نلتقي غداً\n> See you\n<b>not markup</b>"
    window = composer(qtbot, store_path, Draft(sender=ANN.sender, to=[], subject="s", body=text))
    window.show()
    qtbot.waitExposed(window)
    document = window.body.document()
    arabic, english = document.findBlockByNumber(2), document.findBlockByNumber(3)
    assert arabic.textDirection() == Qt.LayoutDirection.RightToLeft
    arabic_line = arabic.layout().lineAt(0).naturalTextRect()
    english_line = english.layout().lineAt(0).naturalTextRect()
    # laid out from the right edge (where the line starts, its "> " with it), not the left
    assert arabic_line.right() > document.textWidth() - 20
    assert arabic_line.left() > english_line.left() + 50
    assert window.body.toPlainText() == text  # the text itself is unchanged: "> " first
    assert window.current_draft(validate=False).body == text


# -- issue 14: the keyboard and the screen ------------------------------------------------


def focused_after(qtbot: QtBot, widget: QWidget, key: Qt.Key) -> QWidget:
    qtbot.keyClick(widget, key)
    focused = widget.window().focusWidget()
    assert focused is not None
    return focused


def test_tab_leaves_the_text_for_attach_then_send_and_ctrl_tab_types_a_tab(
    qtbot: QtBot, store_path: Path
) -> None:
    window = composer(qtbot, store_path, Draft(sender=Address("a@x.org"), body="Hi"))
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    window.body.setFocus()
    qtbot.waitUntil(lambda: window.body.hasFocus())
    window.body.moveCursor(window.body.textCursor().MoveOperation.End)
    qtbot.keyClick(window.body, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert window.body.toPlainText() == "Hi\t" and window.body.hasFocus()
    assert focused_after(qtbot, window.body, Qt.Key.Key_Tab) is window.attach_button
    assert focused_after(qtbot, window.attach_button, Qt.Key.Key_Tab) is window.send_button
    assert window.body.toPlainText() == "Hi\t"  # Tab typed nothing


def test_escape_closes_an_untouched_composer_and_asks_before_unsaved_text_goes(
    qtbot: QtBot, store_path: Path, tmp_path: Path
) -> None:
    untouched = composer(qtbot, store_path, drafts_dir=tmp_path / "drafts")
    untouched.activateWindow()
    qtbot.waitUntil(untouched.isActiveWindow)
    qtbot.keyClick(untouched.subject, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not untouched.isVisible())
    typed = composer(qtbot, store_path, drafts_dir=tmp_path / "drafts")
    typed.activateWindow()
    qtbot.waitUntil(typed.isActiveWindow)
    typed.body.setPlainText("Half a thought")
    qtbot.keyClick(typed.body, Qt.Key.Key_Escape)
    assert typed.isVisible()  # the text is not thrown away on a key press
    assert typed.question is not None and typed.question.isVisible()
    typed.question.close()


def test_the_composer_fits_a_small_screen_and_keeps_its_size_where_there_is_room(
    qtbot: QtBot, store_path: Path
) -> None:
    from PySide6.QtCore import QRect, QSize

    from threadline.ui.composer import COMPOSER_SIZE
    from threadline.ui.window_fit import fitted_size

    window = composer(qtbot, store_path)
    area = window.screen().availableGeometry()
    expected = fitted_size(COMPOSER_SIZE, window.minimumSizeHint(), area)
    assert window.size() == expected
    laptop_at_200 = QRect(0, 0, 683, 384)  # 1366×768 at 2× scaling
    small = fitted_size(COMPOSER_SIZE, window.minimumSizeHint(), laptop_at_200)
    assert small.width() <= 683 and small.height() <= 384
    roomy = QRect(0, 0, 2560, 1440)
    assert fitted_size(QSize(760, 620), QSize(380, 324), roomy) == QSize(760, 620)
