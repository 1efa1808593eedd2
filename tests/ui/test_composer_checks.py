"""What the composer checks and shows before a message goes (issue 17, points 7 and 8):
attachments that come off, the size against the server's limit, an empty subject, a
layout that stays put under the pointer, and a window named by its subject."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from helpers.smtp_server import SmtpServer, free_port
from threadline.core.compose import Attachment, Draft
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.outbox import Outbox
from threadline.ui.composer import ComposerWindow, ReplyContext
from threadline.ui.size_limits import SizeLimits

MB = 1024 * 1024
REPLY = ReplyContext(thread_id=7, conversation_subject="Plan", message_count=2,
                     original_subject="Re: Plan")  # fmt: skip


def unreachable() -> Account:
    return Account(id="a", address="a@x.org", smtp_host="127.0.0.1", smtp_port=free_port(),
                   security="none", auth_method="none")  # fmt: skip


@pytest.fixture(autouse=True)
def forget_limits() -> Iterator[None]:
    SizeLimits.known.clear()
    yield
    SizeLimits.known.clear()


def open_composer(qtbot: QtBot, tmp_path: Path, account: Account, draft: Draft | None = None,
                  reply: ReplyContext | None = None) -> ComposerWindow:  # fmt: skip
    store = tmp_path / "store.sqlite3"
    conn = db.connect(store)
    AccountStore(conn).save(account)
    conn.close()
    window = ComposerWindow(store, [account], draft, reply)
    qtbot.addWidget(window)
    window.show()
    return window


def answer(qtbot: QtBot, box: QMessageBox | None, key: Qt.Key) -> None:
    assert box is not None and box.isVisible()
    with qtbot.waitSignal(box.finished):
        qtbot.keyClick(box, key)


def queued(window: ComposerWindow) -> int:
    return len(Outbox(window.store.conn).entries())


def test_delete_takes_the_chosen_file_off_the_message(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_composer(qtbot, tmp_path, unreachable())
    files = []
    for name in ("a.txt", "b.txt"):
        files.append(tmp_path / name)
        files[-1].write_bytes(b"x" * 10)
    window.add_attachments(files)
    window.attachment_list.setCurrentRow(0)
    window.attachment_list.setFocus()
    window.activateWindow()
    qtbot.waitUntil(window.attachment_list.hasFocus)
    qtbot.keyClick(window.attachment_list, Qt.Key.Key_Delete)
    assert [a.filename for a in window.current_draft(validate=False).attachments] == ["b.txt"]
    assert window.attachment_list.count() == 1 and window.autosave.isActive()
    window.attachment_list.setCurrentRow(0)
    qtbot.keyClick(window.attachment_list, Qt.Key.Key_Backspace)
    assert window.attachments == [] and window.attachment_list.isHidden()
    assert window.size_note.isHidden()


def test_the_size_note_warns_near_and_over_the_usual_limit(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_composer(qtbot, tmp_path, unreachable())
    window.attachments.append(Attachment("small.pdf", b"x" * 1000))
    window.remove_attachments([])  # refresh
    assert window.size_note.text() == "1 file, 1000 bytes"
    window.attachments[:] = [Attachment("a.mov", b"x" * 16 * MB)]  # 21.9 MB as sent
    window.remove_attachments([])
    assert window.size_note.text() == (
        "1 file, 16.0 MB — about 21.9 MB once encoded for mail, close to the 25.0 MB most "
        "mail servers accept."
    )
    assert "#b45309" in window.size_note.styleSheet()
    window.attachments.append(Attachment("b.mov", b"x" * 3 * MB))
    window.remove_attachments([])
    assert window.size_note.text() == (
        "2 files, 19.0 MB — about 26.0 MB once encoded for mail, more than the 25.0 MB most "
        "mail servers accept. Remove a file, or share large files another way."
    )
    assert "#b91c1c" in window.size_note.styleSheet()


def test_the_servers_own_limit_is_asked_and_sending_over_it_is_refused(
    qtbot: QtBot, tmp_path: Path, test_ca: object
) -> None:
    with SmtpServer("plain", test_ca, size_limit=2 * MB) as server:  # type: ignore[arg-type]
        window = open_composer(qtbot, tmp_path, server.account(),
                               Draft(sender=server.account().sender, subject="Scan"))  # fmt: skip
        window.to_field.setText("bob@example.net")
        big = tmp_path / "scan.pdf"
        big.write_bytes(b"%PDF" * (MB // 2 + 50_000))  # 2.2 MB: about 3 MB in base64
        with qtbot.waitSignal(window.limits.answered, timeout=10_000):
            window.add_attachments([big])
        assert window.size_note.text() == (
            "1 file, 2.2 MB — about 3.0 MB once encoded for mail, more than the limit of "
            "2.0 MB at 127.0.0.1. Remove a file, or share large files another way."
        )
        window.send()
        assert "more than the limit of 2.0 MB at 127.0.0.1" in window.status.text()
        assert queued(window) == 0 and window.isVisible()
        errors = window.findChildren(QMessageBox)
        assert any(box.windowTitle() == "Cannot send yet" for box in errors)


def test_an_empty_subject_is_asked_about_before_sending(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 17, point 8: it was sent without asking (Thunderbird asks)."""
    window = open_composer(qtbot, tmp_path, unreachable())
    window.to_field.setText("bob@example.net")
    window.send()
    box = window.confirmation
    assert box is not None and box.text() == "This message has no subject. Send it without one?"
    answer(qtbot, box, Qt.Key.Key_Return)  # Enter keeps it unsent
    assert queued(window) == 0 and window.isVisible()
    assert window.focusWidget() is window.subject
    window.send()
    answer(qtbot, window.confirmation, Qt.Key.Key_W)  # Send without subject
    assert queued(window) == 1 and not window.isVisible()


def test_send_later_asks_about_an_empty_subject_first(qtbot: QtBot, tmp_path: Path) -> None:
    window = open_composer(qtbot, tmp_path, unreachable())
    window.to_field.setText("bob@example.net")
    window.choose_send_time()
    answer(qtbot, window.confirmation, Qt.Key.Key_Escape)
    assert not hasattr(window, "send_later_dialog")
    window.subject.setText("Later")
    window.choose_send_time()
    assert window.send_later_dialog.isVisible()
    window.send_later_dialog.reject()


def test_the_window_is_named_by_its_subject(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 17, point 8: every window was "New message" or "Reply"."""
    window = open_composer(qtbot, tmp_path, unreachable())
    assert window.windowTitle() == "New message"
    window.subject.setText("Budget  2027 ")
    assert window.windowTitle() == "Budget 2027"
    window.subject.setText("Deal [*] offer")
    assert window.windowHandle().title() == "Deal [*] offer"  # Qt's marker kept as text
    draft = Draft(sender=unreachable().sender, subject="Re: Plan")
    reply = open_composer(qtbot, tmp_path / "r", unreachable(), draft, REPLY)
    assert reply.windowTitle() == "Re: Plan"
    reply.subject.clear()
    assert reply.windowTitle() == "Reply"


def top_of(widget: QWidget, window: QWidget) -> QPoint:
    window.layout().activate()
    return widget.mapTo(window, QPoint(0, 0))


def test_warnings_do_not_move_the_text_under_the_pointer(qtbot: QtBot, tmp_path: Path) -> None:
    """Issue 17, point 8: the subject warning and the red frame pushed the body down, and
    a click meant for the body landed elsewhere: their room is kept."""
    draft = Draft(sender=unreachable().sender, subject="Re: Plan", in_reply_to="p@x.org")
    window = open_composer(qtbot, tmp_path, unreachable(), draft, REPLY)
    body, subject = top_of(window.body, window), top_of(window.subject, window)
    window.subject.setText("Something else entirely")
    window._check_subject(window.subject.text())
    assert window.warning.isVisible()
    window.cc_field.setText("nobody")
    assert not window.cc_field.validate()
    assert (top_of(window.body, window), top_of(window.subject, window)) == (body, subject)
    window._check_subject("Re: Plan")
    assert window.subject_hint.isVisible() and top_of(window.body, window) == body
