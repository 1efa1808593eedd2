"""The desktop app, driven through its widgets (pytest-qt, offscreen)."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from pytestqt.qtbot import QtBot

from helpers.smtp_server import SmtpServer
from helpers.windows import open_window
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.messages import MessageStore
from threadline.store.outbox import Outbox
from threadline.ui.composer import ComposerWindow
from threadline.ui.main_window import DEFAULT_LIST_WIDTH, MainWindow
from threadline.ui.thread_view import ThreadView


def select(window: MainWindow, subject: str) -> None:
    for row in range(window.model.rowCount()):
        summary = window.model.conversation_at(row)
        if summary is not None and summary.subject == subject:
            window.list.setCurrentIndex(window.model.index(row, 0))
            return
    raise AssertionError(f"no conversation {subject!r}")


def test_reply_end_to_end_threads_correctly_and_shows_the_sent_reply(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    window = open_window(qtbot, mail_profile)
    select(window, "Launch plan")
    assert "Looks good." in window.reader.toPlainText()
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)  # Reply
    composer = window.composers[-1]
    composer.activateWindow()
    qtbot.waitExposed(composer)
    qtbot.waitUntil(composer.isActiveWindow)
    assert "Replying in: <b>Launch plan</b> (2 messages)" in composer.banner.text()
    assert composer.subject.text() == "Re: Launch plan"
    qtbot.keyClicks(composer.body, "Agreed, ship it.")
    with qtbot.waitSignal(composer.sent, timeout=20_000):
        qtbot.keyClick(composer.body, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: len(server.received) == 1, timeout=20_000)  # the app's runner
    [received] = server.received
    sent = email.message_from_bytes(received.data, policy=policy.default)
    assert sent["In-Reply-To"] == "<plan2@northwind.example>"
    assert sent["References"].split() == [
        "<plan1@northwind.example>",
        "<plan2@northwind.example>",
    ]
    assert sent["Subject"] == "Re: Launch plan"
    assert sent["To"] == "Omar <omar@northwind.example>"
    qtbot.waitUntil(lambda: "Agreed, ship it." in window.reader.toPlainText(), timeout=10_000)
    assert window.current is not None and window.current.message_count == 3


def test_search_shows_matching_conversations_only(qtbot: QtBot, mail_profile: Profile) -> None:
    window = open_window(qtbot, mail_profile)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.search.hasFocus()
    qtbot.keyClicks(window.search, "ramen")
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5_000)
    assert window.model.conversation_at(0).subject == "Lunch?"  # type: ignore[union-attr]
    assert window.statusBar().currentMessage() == "1 conversation matches “ramen”."
    qtbot.keyClick(window.search, Qt.Key.Key_Down)  # on into the results
    assert window.list.hasFocus() and window.list.currentIndex().row() == 0
    assert window.current is not None and window.current.subject == "Lunch?"
    window.search.setFocus()
    qtbot.keyClick(window.search, Qt.Key.Key_Escape)  # Escape clears the search
    assert window.search.text() == ""
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5_000)


def test_invalid_address_is_flagged_and_nothing_is_queued(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    window = open_window(qtbot, mail_profile)
    composer = window.compose_new()
    assert isinstance(composer, ComposerWindow)
    qtbot.keyClicks(composer.to_field, "bob@example.net, not an address")
    composer.subject.setText("Hello")
    composer.send()
    assert "'not an address' is not an e-mail address" in composer.status.text()
    assert Outbox(composer.store.conn).entries() == []


def test_editing_a_reply_subject_warns_about_gmail(qtbot: QtBot, mail_profile: Profile) -> None:
    window = open_window(qtbot, mail_profile)
    select(window, "Launch plan")
    window.reply_action.trigger()
    composer = window.composers[-1]
    assert composer.warning.isHidden()
    composer.subject.selectAll()
    qtbot.keyClicks(composer.subject, "Something else")
    assert composer.warning.isVisible()
    assert "Gmail will show it as a new conversation" in composer.warning.text()


def test_failed_send_stays_in_the_outbox_and_retry_sends_it(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    server.faults.data_reply = "550 5.7.1 Not today"
    window = open_window(qtbot, mail_profile)
    composer = window.compose_new()
    assert composer is not None
    composer.to_field.setText("bob@example.net")
    composer.subject.setText("Report")
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000) as signal:
        composer.send()
    assert list(signal.args[0].failed_permanent) == [1]
    dialog = window.open_outbox()
    assert dialog.table.rowCount() == 1
    assert "550 5.7.1 Not today" in dialog.table.item(0, 3).text()
    server.faults.data_reply = None
    dialog.table.selectRow(0)
    with qtbot.waitSignal(window.outbox_runner.reported, timeout=20_000):
        dialog.retry_selected()
    qtbot.waitUntil(lambda: dialog.table.rowCount() == 0)
    assert len(server.received) == 1


def test_first_run_without_account_guides_to_add_one(
    qtbot: QtBot, tmp_path: Path, server: SmtpServer, memory_keyring: object
) -> None:
    profile = Profile.at(tmp_path / "fresh").ensure()
    window = open_window(qtbot, profile)
    assert window.welcome.isVisible()
    assert "No sending account yet" in window.welcome_text.text()
    assert "No conversations yet" in window.reader.toPlainText()
    dialog = window.open_accounts()
    dialog.name.setText("Ann")
    dialog.address.setText("ann@example.org")
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(2)  # none: only to this computer
    dialog.port.setValue(server.port)
    dialog.username.setText("")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.save()
    assert not window.welcome.isVisible()
    [account] = AccountStore(db.connect(profile.store_path)).all()
    assert account.address == "ann@example.org" and account.auth_method == "none"
    dialog.test_connection()
    qtbot.waitUntil(lambda: dialog.feedback.text().startswith("✔"), timeout=10_000)
    assert "Sending (SMTP): 127.0.0.1 answered '250" in dialog.feedback.text()


def test_accounts_dialog_puts_the_password_in_the_keyring_only(
    qtbot: QtBot, tmp_path: Path, memory_keyring: object
) -> None:
    profile = Profile.at(tmp_path / "p").ensure()
    window = open_window(qtbot, profile)
    dialog = window.open_accounts()
    dialog.address.setText("ann@example.org")
    dialog.host.setText("smtp.example.org")
    dialog.password.setText("hunter2-secret")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.save()
    [account] = AccountStore(db.connect(profile.store_path)).all()
    assert memory_keyring.secrets == {("Threadline", account.id): "hunter2-secret"}  # type: ignore[attr-defined]
    assert dialog.password.text() == ""
    for path in profile.data_dir.parent.rglob("*"):
        if path.is_file():
            assert b"hunter2-secret" not in path.read_bytes()


def test_window_geometry_and_splitter_persist(qtbot: QtBot, mail_profile: Profile) -> None:
    window = open_window(qtbot, mail_profile)
    window.resize(900, 600)
    window.splitter.setSizes([250, 650])
    window.close()
    settings = QSettings(str(mail_profile.config_dir / "window.ini"), QSettings.Format.IniFormat)
    assert settings.value("splitter") is not None
    again = open_window(qtbot, mail_profile)
    assert again.splitter.sizes()[0] == window.splitter.sizes()[0]


def test_mailto_with_in_reply_to_of_a_stored_message_replies_into_it(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    from threadline.mailto import parse_mailto

    window = open_window(qtbot, mail_profile)
    composer = window.compose_mailto(
        parse_mailto(
            "mailto:maya@northwind.example?In-Reply-To=%3Cplan1@northwind.example%3E&body=Hello"
        )
    )
    assert composer is not None and composer.reply is not None
    assert composer.subject.text() == "Re: Launch plan"
    assert composer.current_draft().in_reply_to == "plan1@northwind.example"
    plain = window.compose_mailto(parse_mailto("mailto:x@example.com?subject=Hi&cc=y@example.com"))
    assert plain is not None and plain.reply is None
    assert plain.to_field.text() == "x@example.com" and plain.cc_field.text() == "y@example.com"


@pytest.mark.parametrize("mode", ["reply-all", "reply-list", "forward"])
def test_other_reply_actions_prefill_the_composer(
    qtbot: QtBot, mail_profile: Profile, mode: str
) -> None:
    window = open_window(qtbot, mail_profile)
    select(window, "Launch plan")
    action = {"reply-all": window.reply_all_action, "reply-list": window.reply_list_action,
              "forward": window.forward_action}[mode]  # fmt: skip
    before = len(window.composers)
    action.trigger()
    if mode == "reply-list":  # no List-Post: the action is off, and does nothing
        assert not action.isEnabled() and "names no mailing list" in action.toolTip()
        assert len(window.composers) == before
        return
    composer = window.composers[-1]
    if mode == "forward":
        assert composer.subject.text() == "Fwd: Launch plan" and composer.reply is None
        assert "Forwarded message" in composer.body.toPlainText()
    else:
        assert "maya@northwind.example" in composer.to_field.text()


def test_opening_an_unread_conversation_marks_it_read(qtbot: QtBot, mail_profile: Profile) -> None:
    from helpers.mail import make_raw

    store = MessageStore(db.connect(mail_profile.store_path))
    store.add_message(make_raw("new@example.org", subject="Fresh news",
                               date="Sun, 01 Nov 2026 10:00:00 +0000"), is_unread=True)  # fmt: skip
    window = open_window(qtbot, mail_profile)
    row = next(
        r for r in range(window.model.rowCount())
        if window.model.conversation_at(r).subject == "Fresh news"  # type: ignore[union-attr]
    )  # fmt: skip
    assert window.model.conversation_at(row).unread_count == 1  # type: ignore[union-attr]
    select(window, "Fresh news")
    assert window.model.conversation_at(row).unread_count == 0  # type: ignore[union-attr]
    [summary] = [c for c in store.conversations() if c.subject == "Fresh news"]
    assert summary.unread_count == 0


def test_mark_as_unread_makes_the_newest_message_unread_and_it_stays_so_on_screen(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    window = open_window(qtbot, mail_profile)
    select(window, "Launch plan")
    assert window.current is not None and window.current.unread_count == 0
    assert window.mark_unread_action in window.list.actions()  # in the list's context menu
    QTest.keyClick(window, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.current.unread_count == 1
    store = MessageStore(db.connect(mail_profile.store_path))
    assert store.find_by_message_id("plan2@northwind.example")[0].is_unread  # the newest
    assert not store.find_by_message_id("plan1@northwind.example")[0].is_unread
    row = window.model.row_of(window.current.thread_id)
    assert row is not None and window.model.conversation_at(row).unread_count == 1  # type: ignore[union-attr]
    select(window, "Lunch?")
    select(window, "Launch plan")  # opened again: read
    assert window.current.unread_count == 0


def test_reloading_after_a_sync_keeps_the_selection_and_what_is_in_view(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    from PySide6.QtCore import QPoint

    from helpers.mail import make_raw
    from threadline.store.importer import import_bytes

    store = MessageStore(db.connect(mail_profile.store_path))
    import_bytes(store, [make_raw(f"old{n}@example.org", subject=f"Old {n:03}",
                                  date=f"Sun, 01 Nov 2026 {n // 60:02}:{n % 60:02}:00 +0000")
                         for n in range(300)])  # fmt: skip
    window = open_window(qtbot, mail_profile)
    select(window, "Old 150")
    opened = window.current
    bar = window.list.verticalScrollBar()
    window.list.scrollTo(window.list.currentIndex())
    qtbot.waitUntil(lambda: bar.value() > 0)
    loaded = window.model.rowCount()
    top = window.list.indexAt(QPoint(5, 5)).row()
    top_subject = window.model.rows[top].subject
    top_y = window.list.visualRect(window.model.index(top, 0)).top()

    newer = "Mon, 30 Nov 2026 10:00:00 +0000"
    import_bytes(store, [make_raw(f"new{n}@example.org", subject=f"New {n}", date=newer)
                         for n in range(3)])  # fmt: skip
    reader_text = window.reader.toPlainText()
    window.reload_list()
    assert window.current == opened and window.reader.toPlainText() == reader_text
    assert window.model.conversation_at(window.list.currentIndex().row()) == opened
    assert window.model.rowCount() >= loaded
    now_top = window.list.indexAt(QPoint(5, 5)).row()
    assert window.model.rows[now_top].subject == top_subject  # new mail came in above
    assert window.list.visualRect(window.model.index(now_top, 0)).top() == top_y

    bar.setValue(0)  # at the top: new mail shows there
    import_bytes(store, [make_raw("newest@example.org", subject="Newest",
                                  date="Tue, 01 Dec 2026 10:00:00 +0000")])  # fmt: skip
    window.reload_list()
    assert bar.value() == 0 and window.model.rows[0].subject == "Newest"
    assert window.current == opened


def test_reply_to_list_is_offered_where_the_mail_names_its_list(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    from helpers.mail import make_raw

    store = MessageStore(db.connect(mail_profile.store_path))
    store.add_message(make_raw("post@lists.example.org", subject="Release notes",
                               date="Sun, 01 Nov 2026 10:00:00 +0000",
                               extra="List-Post: <mailto:dev@lists.example.org>\r\n"))  # fmt: skip
    window = open_window(qtbot, mail_profile)
    select(window, "Release notes")
    assert window.reply_list_action.isEnabled()
    window.reply_list_action.trigger()
    assert window.composers[-1].to_field.text() == "dev@lists.example.org"
    select(window, "Lunch?")
    assert not window.reply_list_action.isEnabled()


def test_a_small_window_keeps_most_of_its_width_for_reading(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    window = open_window(qtbot, mail_profile)
    window.resize(1180, 700)
    qtbot.waitUntil(lambda: window.width() == 1180)
    assert window.splitter.sizes()[0] == DEFAULT_LIST_WIDTH  # room enough: as it was left
    window.resize(800, 500)
    qtbot.waitUntil(lambda: window.width() == 800)
    list_width, reader_width = window.splitter.sizes()
    assert reader_width >= 1.45 * list_width, (list_width, reader_width)  # was 380 | 416
    window.resize(1180, 700)  # and back: the list as the user left it
    qtbot.waitUntil(lambda: window.splitter.sizes()[0] == DEFAULT_LIST_WIDTH)


def test_every_action_is_in_a_menu_reachable_by_keyboard(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    from PySide6.QtWidgets import QMenu, QToolBar

    window = open_window(qtbot, mail_profile)
    menus = [a.menu() for a in window.menuBar().actions()]
    assert all(isinstance(m, QMenu) for m in menus)
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Message", "&Tools", "&Help"]
    in_menus = {a for m in menus if isinstance(m, QMenu) for a in m.actions()}
    [toolbar] = window.findChildren(QToolBar)
    assert set(toolbar.actions()) - {a for a in toolbar.actions() if a.isSeparator()} <= in_menus
    assert window.accounts_action in in_menus  # Accounts had no way in by keyboard
    for menu in menus:  # every entry has its Alt letter, no two alike in one menu
        assert isinstance(menu, QMenu)
        letters = [a.text().split("&")[1][0].lower() for a in menu.actions() if not a.isSeparator()]
        assert len(letters) == len(set(letters)), letters
    box = window.show_shortcuts()
    assert ("Ctrl+R", "Reply") in window.shortcuts
    assert ("Ctrl+U", "Mark as unread") in window.shortcuts
    assert "<b>\u2066Ctrl+R\u2069</b></td><td>Reply</td>" in box.text()


def test_the_list_and_the_reader_stay_in_step_through_a_search(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    window = open_window(qtbot, mail_profile)
    select(window, "Launch plan")
    qtbot.keyClicks(window.search, "ramen")  # Launch plan is not among the results
    qtbot.waitUntil(lambda: window.model.rowCount() == 1, timeout=5_000)
    assert window.current is None and not window.reply_action.isEnabled()
    assert "Launch plan" not in window.reader.toPlainText()  # nothing hidden stays open
    before = len(window.composers)
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert len(window.composers) == before  # Ctrl+R answers nothing the user cannot see
    select(window, "Lunch?")
    window.search.clear()  # back to every conversation: Lunch? stays the one selected
    qtbot.waitUntil(lambda: window.model.rowCount() == 2, timeout=5_000)
    assert window.current is not None and window.current.subject == "Lunch?"
    row = window.list.currentIndex().row()
    assert window.model.conversation_at(row).subject == "Lunch?"  # type: ignore[union-attr]


def test_at_start_an_empty_list_s_welcome_is_shown_after_the_paint(
    qtbot: QtBot, profile: Profile
) -> None:
    """With no mail the reader, made after the first paint, says how to get some."""
    window = MainWindow(profile, reader_after_paint=True)
    qtbot.addWidget(window)
    assert window.findChild(ThreadView) is None and not window.outbox_count.isVisible()
    window.show()
    qtbot.waitUntil(lambda: window.findChild(ThreadView) is not None)
    assert "No conversations yet" in window.reader.toPlainText()
    assert window.reader.isVisible()


def test_at_start_the_list_is_up_first_and_the_newest_conversation_is_read_after_paint(
    qtbot: QtBot, mail_profile: Profile
) -> None:
    """The app's start (issue 14): no mail is parsed before the window's first paint."""
    window = MainWindow(mail_profile, reader_after_paint=True)
    qtbot.addWidget(window)
    assert window.model.rowCount() == 2 and window.list.currentIndex().row() == 0
    assert window.current is None  # chosen, not yet read
    assert window.findChild(ThreadView) is None  # the reader itself is made after the paint
    window.show()
    qtbot.waitUntil(lambda: window.current is not None)
    assert window.current is not None and window.current.subject == "Launch plan"
    assert window.list.currentIndex().row() == 0
    assert "Looks good." in window.reader.toPlainText()  # the newest message, drawn
