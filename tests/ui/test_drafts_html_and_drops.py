"""Drafts survive, HTML is shown safely, files can be dropped or imported from the menu."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QFileDialog
from pytestqt.qtbot import QtBot

from helpers.mail import make_raw
from threadline.drafts import load_drafts
from threadline.paths import Profile
from threadline.store import db
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore
from threadline.ui.main_window import MainWindow


def window_for(qtbot: QtBot, profile: Profile) -> MainWindow:
    window = MainWindow(profile)
    qtbot.addWidget(window)
    window.show()
    return window


def drop(widget: object, paths: list[Path]) -> None:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    event = QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                       Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier)  # fmt: skip
    widget.dropEvent(event)  # type: ignore[attr-defined]


def test_a_draft_is_saved_while_typing_and_offered_after_a_restart(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    window = window_for(qtbot, mail_profile)
    composer = window.compose_new()
    assert composer is not None
    composer.to_field.setText("bob@example.net")
    composer.subject.setText("Half written")
    qtbot.keyClicks(composer.body, "First thoughts")
    qtbot.waitUntil(lambda: len(load_drafts(mail_profile.drafts_dir)) == 1, timeout=10_000)
    [saved] = load_drafts(mail_profile.drafts_dir)
    assert saved.draft.subject == "Half written" and saved.draft.body == "First thoughts"
    # the app dies without closing anything; a new window lists the draft in Drafts
    again = window_for(qtbot, mail_profile)
    qtbot.waitUntil(lambda: again.left_tabs.tabText(1) == "Drafts (1)", timeout=10_000)
    assert again.statusBar().currentMessage() == "1 unsent draft waits in Drafts."
    with qtbot.waitSignal(again.drafts.open_requested, timeout=10_000):
        again.drafts.open_selected()
    restored = again.composers[-1]
    assert restored.subject.text() == "Half written"
    assert restored.body.toPlainText() == "First thoughts"
    assert restored.to_field.text() == "bob@example.net"


def test_sending_removes_the_draft(qtbot: QtBot, mail_profile: Profile) -> None:
    window = window_for(qtbot, mail_profile)
    composer = window.compose_new()
    assert composer is not None
    composer.to_field.setText("bob@example.net")
    composer.subject.setText("Quick")
    composer.save_draft()
    assert composer.writer is not None and composer.writer.wait(10)  # written off the GUI
    assert load_drafts(mail_profile.drafts_dir)
    with qtbot.waitSignal(composer.sent, timeout=20_000):
        composer.send()
    assert composer.writer.wait(10)
    assert load_drafts(mail_profile.drafts_dir) == []


def test_html_mail_is_rendered_without_loading_remote_content(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    html_mail = make_raw(
        "news@shop.example", subject="Newsletter",
        extra="Content-Type: text/html; charset=utf-8",
        body="<html><head><style>p{}</style><script>alert(1)</script></head><body>"
             "<p>Big <b>sale</b></p><img src='https://tracker.example/pixel.gif'></body></html>",
    )  # fmt: skip
    import_bytes(MessageStore(db.connect(mail_profile.store_path)), [html_mail])
    window = window_for(qtbot, mail_profile)
    window.open_thread(window.store.thread_of_message("news@shop.example") or -1)
    assert "Big sale" in window.reader.toPlainText()
    assert "alert" not in window.reader.toPlainText()
    qtbot.waitUntil(lambda: "https://tracker.example/pixel.gif" in window.reader.blocked)


def test_dropping_mail_files_on_the_window_imports_them(
    qtbot: QtBot, mail_profile: Profile, tmp_path: Path
) -> None:
    dropped = tmp_path / "dropped.eml"
    dropped.write_bytes(make_raw("dropped@example.org", subject="Dropped in"))
    window = window_for(qtbot, mail_profile)
    drop(window, [dropped])
    qtbot.waitUntil(lambda: window.model.total == 3, timeout=10_000)
    assert any(
        (c := window.model.conversation_at(r)) is not None and c.subject == "Dropped in"
        for r in range(window.model.rowCount())
    )


def test_dropping_files_on_the_composer_attaches_them(
    qtbot: QtBot, mail_profile: Profile, tmp_path: Path
) -> None:
    report = tmp_path / "report.pdf"
    report.write_bytes(b"%PDF-1.4")
    window = window_for(qtbot, mail_profile)
    composer = window.compose_new()
    assert composer is not None
    drop(composer, [report])
    assert [a.filename for a in composer.attachments] == ["report.pdf"]
    assert composer.attachments[0].content_type == "application/pdf"
    assert "report.pdf" in composer.attachment_list.item(0).text()


def test_import_folder_from_the_menu_and_cancel_a_long_import(
    qtbot: QtBot, mail_profile: Profile, tmp_path: Path, monkeypatch: object
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from helpers.corpus import write_maildir
    from threadline.store.mbox import mbox_entry

    maildir = write_maildir(
        tmp_path / "Maildir", [make_raw("md@example.org", subject="From Maildir")]
    )
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(maildir))  # type: ignore[attr-defined]
    window = window_for(qtbot, mail_profile)
    window.import_folder_action.trigger()
    qtbot.waitUntil(lambda: window.model.total == 3, timeout=10_000)
    big = tmp_path / "big.mbox"
    big.write_bytes(b"".join(mbox_entry(make_raw(f"b{n}@example.org")) for n in range(3000)))
    progress = window.import_paths([big])
    progress.cancel()  # what the dialog's Cancel button does
    qtbot.waitUntil(lambda: "cancelled" in window.statusBar().currentMessage(), timeout=30_000)
    assert window.model.total < 3003


def test_an_import_ends_with_a_summary_that_lists_what_was_skipped(
    qtbot: QtBot, mail_profile: Profile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from threadline.ui.main_window import mail_files

    good = tmp_path / "good.eml"
    good.write_bytes(make_raw("good@example.org", subject="Good one"))
    notes = tmp_path / "SOURCES.txt"  # not mail: skipped, with the reason
    notes.write_text("app/main.py\napp/util.py\n")
    asked: list[str] = []

    def pick(*args: object) -> tuple[list[str], str]:
        asked.append(str(args[3]))
        return [str(good), str(notes)], ""

    monkeypatch.setattr(QFileDialog, "getOpenFileNames", pick)
    window = window_for(qtbot, mail_profile)
    window.import_action.trigger()
    qtbot.waitUntil(lambda: window.import_summary is not None, timeout=10_000)
    assert asked == [mail_files()] and asked[0].startswith("Mail files (*.eml *.mbox")
    box = window.import_summary
    assert box.isVisible() and not box.isModal()  # read at leisure, the window still works
    assert box.text() == "Imported 1 message, 1 file skipped."
    [skipped] = box.detailedText().splitlines()
    assert skipped.startswith(f"{notes}: ") and "mail headers" in skipped
