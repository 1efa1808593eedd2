"""Encoded subjects and names are shown decoded in the window (issue 12, point 20):
the conversation list, the reader, the composer (a reply, a ``mailto:`` URL)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from helpers.mail import make_raw
from threadline.core.reply import ReplyMode
from threadline.mailto import parse_mailto
from threadline.paths import Profile
from threadline.store import db
from threadline.store.messages import MessageStore
from threadline.ui.main_window import MainWindow

#: A subject in a wrong charset (UTF-8 labelled Latin-1) split across a fold, and a
#: sender's name in a charset Python does not know.
ENCODED = make_raw(
    "cafe@northwind.example",
    subject="=?iso-8859-1?q?caf=C3=A9?= =?utf-8?q?_pl?=\r\n =?utf-8?q?ans?=",
    sender="=?x-unknown?q?Zo=C3=AB?= <zoe@northwind.example>",
    to="ann@example.org",
    date="Tue, 24 Nov 2026 09:00:00 +0000",
)


def open_window(qtbot: QtBot, profile: Profile) -> MainWindow:
    conn = db.connect(profile.store_path)
    MessageStore(conn).add_message(ENCODED)
    conn.close()
    window = MainWindow(profile)
    qtbot.addWidget(window)
    return window


def test_the_list_the_reader_and_a_reply_show_them_decoded(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    window = open_window(qtbot, mail_profile)
    shown = [
        window.model.data(window.model.index(row, 0)) for row in range(window.model.rowCount())
    ]
    assert "café plans" in shown
    window.list.setCurrentIndex(window.model.index(shown.index("café plans"), 0))
    assert window.header.text() == "café plans"
    assert window.reader.toPlainText().splitlines()[0].startswith("Zoë <zoe@northwind.example>")
    composer = window.reply(ReplyMode.SENDER)
    assert composer is not None
    assert composer.subject.text() == "Re: café plans"
    assert composer.to_field.text() == "Zoë <zoe@northwind.example>"


def test_a_mailto_subject_reaches_the_composer_decoded(qtbot: QtBot, mail_profile: Profile) -> None:
    window = open_window(qtbot, mail_profile)
    composer = window.compose_mailto(
        parse_mailto("mailto:x@example.com?subject==?utf-8?q?caf=C3=A9?=&body=Hi")
    )
    assert composer is not None and composer.reply is None
    assert composer.subject.text() == "café"
    assert composer.current_draft().subject == "café"
