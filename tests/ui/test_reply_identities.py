"""The GUI's replies and forwards come from the service: the right From, the right account."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from helpers.identities import two_accounts
from threadline.core.reply import ReplyMode
from threadline.mailto import parse_mailto
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import remember_last_used
from threadline.ui.main_window import MainWindow


def open_window(qtbot: QtBot, profile: Profile) -> MainWindow:
    window = MainWindow(profile)
    qtbot.addWidget(window)
    return window


def two_account_window(qtbot: QtBot, profile: Profile) -> tuple[MainWindow, int]:
    conn = db.connect(profile.store_path)
    thread_id = two_accounts(conn)
    conn.close()
    window = open_window(qtbot, profile)
    window.open_thread(thread_id)
    return window, thread_id


def test_a_reply_to_mail_sent_to_an_alias_goes_from_the_alias_and_its_account(
    qtbot: QtBot, profile: Profile
) -> None:
    window, thread_id = two_account_window(qtbot, profile)
    composer = window.reply(ReplyMode.SENDER)
    assert composer is not None and composer.base_draft is not None
    assert composer.base_draft.sender.address == "b2@y.org"
    assert composer.account().id == "b"  # the From box
    assert composer.sender_box.currentText() == "Bea B <b2@y.org>"  # the alias is listed
    assert composer.current_draft().sender.address == "b2@y.org"  # what goes out
    assert composer.reply is not None and composer.reply.thread_id == thread_id
    assert "Replying in: <b>Invoice 7</b> (1 message)" in composer.banner.text()
    assert composer.subject.text() == "Re: Invoice 7"


def test_a_forward_goes_from_the_alias_and_its_account_too(qtbot: QtBot, profile: Profile) -> None:
    window, _thread_id = two_account_window(qtbot, profile)
    composer = window.forward()
    assert composer is not None and composer.base_draft is not None
    assert composer.base_draft.sender.address == "b2@y.org"
    assert composer.account().id == "b" and composer.reply is None
    assert composer.subject.text() == "Fwd: Invoice 7"


def test_a_new_message_starts_from_the_account_used_last(qtbot: QtBot, profile: Profile) -> None:
    window, _thread_id = two_account_window(qtbot, profile)
    first = window.compose_new()
    assert first is not None and first.account().id == "a"  # nothing sent yet: the first
    remember_last_used(window.store.conn, "b")
    later = window.compose_new()
    assert later is not None and later.account().id == "b"
    assert later.reply is None and later.to_field.text() == ""


def test_a_mailto_reply_to_a_message_not_stored_threads_and_says_re(
    qtbot: QtBot, profile: Profile
) -> None:
    window, _thread_id = two_account_window(qtbot, profile)
    composer = window.compose_mailto(parse_mailto(
        "mailto:bob@example.net?subject=AW:%20Budget&In-Reply-To=%3Cgone@z.example%3E&body=Hi"
    ))  # fmt: skip
    assert composer is not None and composer.reply is None
    draft = composer.current_draft()
    assert (draft.subject, draft.in_reply_to, draft.references) == (
        "Re: Budget", "gone@z.example", ["gone@z.example"],
    )  # fmt: skip
    assert composer.to_field.text() == "bob@example.net" and draft.body == "Hi"
    stored = window.compose_mailto(parse_mailto("mailto:x@z.example?In-Reply-To=alias1@z.example"))
    assert stored is not None and stored.reply is not None
    assert stored.account().id == "b" and stored.subject.text() == "Re: Invoice 7"
