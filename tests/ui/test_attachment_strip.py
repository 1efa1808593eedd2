"""Files of received mail under the message: listed, opened from a private copy, saved
byte for byte, one or all."""

from __future__ import annotations

import stat
from email.message import EmailMessage
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from threadline.core.compose import Attachment
from threadline.store import db
from threadline.store.messages import MessageStore
from threadline.ui.attachment_strip import AttachmentStrip
from threadline.ui.thread_view import ThreadView

PDF = b"%PDF-1.4 " + bytes(range(256)) * 40


def mail_with_files() -> bytes:
    message = EmailMessage()
    message["From"] = "Ann <ann@example.org>"
    message["To"] = "bob@example.net"
    message["Subject"] = "Files"
    message["Message-ID"] = "<files@example.org>"
    message["Date"] = "Mon, 23 Nov 2026 09:00:00 +0000"
    message.set_content("See attached.")
    message.add_attachment(PDF, maintype="application", subtype="pdf", filename="report.pdf")
    message.add_attachment(b"a,b\n1,2\n", maintype="text", subtype="csv",
                           filename="../numbers.csv")  # fmt: skip
    return message.as_bytes()


def test_the_reader_lists_a_messages_files_under_it(qtbot: QtBot, tmp_path: Path) -> None:
    store = MessageStore(db.connect(tmp_path / "s.sqlite3"))
    added = store.add_message(mail_with_files())
    view = ThreadView()
    qtbot.addWidget(view)
    opened: list[QUrl] = []
    view.file_opener = lambda url: opened.append(url) or True
    view.show_conversation(store, store.thread_messages(added.thread_id))
    [card] = view.cards
    strip = card.files
    assert strip is not None and strip.isVisibleTo(card)
    assert [b.text() for b in strip.buttons] == ["report.pdf (10.0 kB)", "numbers.csv (8 bytes)"]
    assert strip.save_all_button.isVisibleTo(card)
    strip.buttons[0].click()  # opens a private copy with the desktop's program
    [url] = opened
    copy = Path(url.toLocalFile())
    assert copy.read_bytes() == PDF and copy.name == "report.pdf"
    assert stat.S_IMODE(copy.stat().st_mode) == 0o600
    assert stat.S_IMODE(copy.parent.parent.stat().st_mode) == 0o700
    card.expand(False)
    assert not strip.isVisibleTo(card)  # a collapsed card is one line


def test_save_and_save_all_write_the_exact_bytes(
    qtbot: QtBot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = [Attachment("report.pdf", PDF, "application/pdf"),
             Attachment("report.pdf", b"second", "application/pdf")]  # fmt: skip
    strip = AttachmentStrip(files)
    qtbot.addWidget(strip)
    target = tmp_path / "chosen.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert strip.save(files[0]) == target and target.read_bytes() == PDF
    folder = tmp_path / "all"
    folder.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    written = strip.save_all()
    assert [p.name for p in written] == ["report.pdf", "report (2).pdf"]  # nothing overwritten
    assert [p.read_bytes() for p in written] == [PDF, b"second"]


def test_a_file_no_program_opens_says_what_to_do(
    qtbot: QtBot, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[str] = []
    monkeypatch.setattr("threadline.ui.attachment_strip.show_error",
                        lambda _parent, _title, error: shown.append(str(error)))  # fmt: skip
    strip = AttachmentStrip([Attachment("x.weird", b"?")], opener=lambda _url: False)
    qtbot.addWidget(strip)
    strip.buttons[0].click()
    assert shown == ["No program on this computer opens x.weird. Use Save as… and open it "
                     "from there."]  # fmt: skip
    assert not strip.save_all_button.isVisibleTo(strip)  # one file: no "Save all"
