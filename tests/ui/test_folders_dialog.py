"""The Folders dialog on a real Dovecot over TLS: the server's folders load off the GUI
thread, Inbox and Sent are checked and fixed, OK adds or removes folders and the app
syncs the new one at once; errors are plain text with a way to try again."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QListWidgetItem
from pytestqt.qtbot import QtBot

from helpers.dovecot import PASSWORD, Dovecot, append
from helpers.keyrings import MemoryKeyring
from helpers.mail import make_raw
from threadline.net import secrets
from threadline.paths import Profile
from threadline.services.folder_choice import FolderChoice
from threadline.services.syncing import session_factory, sync_accounts
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.folders import FolderStore
from threadline.store.messages import MessageStore
from threadline.ui import worker
from threadline.ui.accounts_dialog import AccountsDialog
from threadline.ui.folders_dialog import FoldersDialog, item_text
from threadline.ui.main_window import MainWindow


@pytest.fixture(autouse=True)
def _background_work_ends(qtbot: QtBot) -> Iterator[None]:
    """Work started by a dialog delivers before the dialog goes away."""
    yield
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=20_000)


def the_account(profile: Profile) -> Account:
    conn = db.connect(profile.store_path)
    try:
        [account] = AccountStore(conn).all()
        return account
    finally:
        conn.close()


def stored_folders(profile: Profile) -> list[str]:
    conn = db.connect(profile.store_path)
    try:
        return [f.name for f in FolderStore(conn).folders("imap")]
    finally:
        conn.close()


def open_dialog(qtbot: QtBot, profile: Profile) -> FoldersDialog:
    dialog = FoldersDialog(profile.store_path, the_account(profile), config_dir=profile.config_dir)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def loaded(qtbot: QtBot, dialog: FoldersDialog) -> None:
    qtbot.waitUntil(lambda: dialog.list.count() > 0, timeout=20_000)


def rows(dialog: FoldersDialog) -> list[tuple[str, bool, bool]]:
    """(text, checked, can be changed) of each row."""
    items = [dialog.list.item(row) for row in range(dialog.list.count())]
    return [
        (item.text(), item.checkState() == Qt.CheckState.Checked,
         bool(item.flags() & Qt.ItemFlag.ItemIsEnabled))
        for item in items
    ]  # fmt: skip


def row(dialog: FoldersDialog, name: str) -> QListWidgetItem:
    item = dialog.item(name)
    assert item is not None, name
    return item


def test_the_folders_load_off_the_gui_thread_with_inbox_and_sent_fixed(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    with dovecot.admin() as client:
        client.create_folder("Projects")

    dialog = open_dialog(qtbot, imap_profile)

    assert dialog.status.text() == "Loading folders from 127.0.0.1…"  # at once, not blocked
    assert dialog.pages.currentWidget() is dialog.status and not dialog.note.isVisible()
    assert not dialog.ok_button.isEnabled() and dialog.list.count() == 0
    loaded(qtbot, dialog)
    assert rows(dialog) == [
        ("Inbox — always synced", True, False),
        ("Sent — always synced", True, False),
        ("Projects", False, True),
        ("Trash", False, True),
    ]
    assert dialog.pages.currentWidget() is dialog.list and dialog.note.isVisible()
    assert dialog.intro.text() == (
        "The folders on 127.0.0.1. Inbox and Sent are always synced; check any other folder "
        "whose conversations you want here."
    )
    assert dialog.ok_button.isEnabled() and not dialog.retry_button.isVisible()
    assert dialog.intro.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.filter.isVisible()  # a few folders need no filter
    assert dialog.windowTitle() == "Folders of tester@example.test"


def test_ok_adds_the_checked_folder_and_the_app_syncs_its_conversations_now(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    with dovecot.admin() as client:
        client.create_folder("Projects")
    append(dovecot, "Projects", make_raw("plan@example.org", subject="Launch plan"))
    window = MainWindow(imap_profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.sync_status.text().startswith("Synced at"), timeout=20_000)
    accounts = window.open_accounts()
    assert accounts.folders_button.isEnabled()
    assert accounts.folders_summary.text() == "Syncs Inbox and Sent."

    accounts.folders_button.click()
    dialog = accounts.folders_dialog
    assert dialog is not None and dialog.isVisible()
    loaded(qtbot, dialog)
    row(dialog, "Projects").setCheckState(Qt.CheckState.Checked)
    with qtbot.waitSignal(accounts.folders_changed, timeout=10_000):
        dialog.ok_button.click()

    assert not dialog.isVisible()
    assert accounts.feedback.text() == (
        "Added 'Projects': its conversations arrive with the next sync."
    )
    assert accounts.folders_summary.text() == "Syncs Inbox, Sent and Projects."
    qtbot.waitUntil(  # woken now, not at the next interval (five minutes)
        lambda: any(r.subject == "Launch plan" for r in window.model.rows), timeout=10_000
    )
    [plan] = [r for r in window.model.rows if r.subject == "Launch plan"]
    assert window.model.folder_names(plan.thread_id) == ["Projects"]


def test_unchecking_a_folder_stops_syncing_it_and_its_mail_stays(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    with dovecot.admin() as client:
        client.create_folder("Receipts")
    append(dovecot, "Receipts", make_raw("r1@example.org", subject="Receipt 1"))
    append(dovecot, "Receipts", make_raw("r2@example.org", subject="Receipt 2"))
    conn = db.connect(imap_profile.store_path)
    FolderStore(conn).ensure("imap", "Receipts")
    conn.close()
    accounts = AccountsDialog(imap_profile)
    qtbot.addWidget(accounts)
    accounts.show()
    assert accounts.folders_summary.text() == (  # before the first sync
        "Syncs Inbox and Sent (found at the first sync) and Receipts."
    )
    conn = db.connect(imap_profile.store_path)
    sync_accounts(conn, [the_account(imap_profile)], session_factory(None))
    conn.close()
    dialog = accounts.open_folders()
    assert dialog is not None
    loaded(qtbot, dialog)
    assert row(dialog, "Receipts").checkState() == Qt.CheckState.Checked

    row(dialog, "Receipts").setCheckState(Qt.CheckState.Unchecked)
    with qtbot.waitSignal(dialog.applied, timeout=10_000) as applied:
        dialog.accept()

    assert applied.args == [
        [
            "Stopped syncing 'Receipts'. 2 messages from it stay in Threadline's archive, "
            "in their conversations and in search."
        ]
    ]
    assert stored_folders(imap_profile) == ["INBOX", "Sent"]
    conn = db.connect(imap_profile.store_path)
    assert MessageStore(conn).message_count() == 2
    conn.close()
    assert accounts.feedback.text().startswith("Stopped syncing 'Receipts'.")
    assert accounts.folders_summary.text() == "Syncs Inbox and Sent."


def test_ok_without_a_change_changes_nothing_and_cancel_applies_nothing(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    dialog = open_dialog(qtbot, imap_profile)
    loaded(qtbot, dialog)
    said: list[object] = []
    dialog.applied.connect(said.append)
    row(dialog, "Trash").setCheckState(Qt.CheckState.Checked)
    dialog.reject()
    assert stored_folders(imap_profile) == []

    again = open_dialog(qtbot, imap_profile)
    loaded(qtbot, again)
    again.applied.connect(said.append)
    again.accept()
    qtbot.waitUntil(lambda: not again.isVisible(), timeout=10_000)
    assert said == [] and stored_folders(imap_profile) == []


def test_a_refused_log_in_is_plain_text_and_try_again_loads(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot, memory_keyring: MemoryKeyring
) -> None:
    secrets.set_password("imap", "<b>wrong</b>")

    dialog = open_dialog(qtbot, imap_profile)

    qtbot.waitUntil(dialog.retry_button.isVisible, timeout=20_000)
    assert dialog.status.text().startswith("Could not load the folders: ")
    assert "refused the user name or password" in dialog.status.text()
    assert "wrong" not in dialog.status.text()
    assert dialog.status.textFormat() == Qt.TextFormat.PlainText
    assert not dialog.ok_button.isEnabled() and dialog.list.count() == 0
    assert dialog.status.isVisible() and not dialog.list.isVisible()
    secrets.set_password("imap", PASSWORD)
    dialog.retry_button.click()
    assert dialog.status.text() == "Loading folders from 127.0.0.1…"
    loaded(qtbot, dialog)
    assert dialog.ok_button.isEnabled() and not dialog.retry_button.isVisible()


def test_a_server_that_is_down_is_said_in_words(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    assert dovecot.process is not None
    dovecot.process.terminate()
    dovecot.process.wait(timeout=30)

    dialog = open_dialog(qtbot, imap_profile)

    qtbot.waitUntil(dialog.retry_button.isVisible, timeout=20_000)
    assert "refused the connection" in dialog.status.text()
    assert "Traceback" not in dialog.status.text()


def test_many_folders_get_a_filter_and_a_vanished_one_is_greyed(
    qtbot: QtBot, imap_profile: Profile, dovecot: Dovecot
) -> None:
    with dovecot.admin() as client:
        for n in range(12):
            client.create_folder(f"Project {n:02d}")
    conn = db.connect(imap_profile.store_path)
    FolderStore(conn).ensure("imap", "Old archive")  # not on the server (any more)
    conn.close()

    dialog = open_dialog(qtbot, imap_profile)
    loaded(qtbot, dialog)

    assert dialog.filter.isVisible()
    old = row(dialog, "Old archive")
    assert old.text() == "Old archive — gone from the server; its mail stays here"
    assert not old.flags() & Qt.ItemFlag.ItemIsEnabled
    assert "0 messages from it stay in Threadline" in old.toolTip()
    qtbot.keyClicks(dialog.filter, "project 1")
    shown = [dialog.list.item(n).text() for n in range(dialog.list.count())
             if not dialog.list.item(n).isHidden()]  # fmt: skip
    assert shown == ["Project 10", "Project 11"]


def test_the_folders_button_needs_an_account_saved_with_an_incoming_server(
    qtbot: QtBot, mail_profile: Profile, memory_keyring: MemoryKeyring
) -> None:
    accounts = AccountsDialog(mail_profile)  # its one account only sends
    qtbot.addWidget(accounts)
    accounts.show()

    assert not accounts.folders_button.isEnabled()
    assert accounts.folders_summary.text() == (
        "Save the account with an incoming server to choose the folders it syncs."
    )
    accounts.imap_host.setText("127.0.0.1")  # typed, not saved yet
    assert not accounts.folders_button.isEnabled()
    assert accounts.open_folders() is None
    accounts.new_account()
    assert not accounts.folders_button.isEnabled()
    assert not [w for w in QApplication.topLevelWidgets()
                if isinstance(w, FoldersDialog) and w.isVisible()]  # fmt: skip


def test_row_texts_say_the_role_or_what_became_of_the_folder() -> None:
    assert item_text(FolderChoice("[Gmail]/All Mail", True, role="all")) == (
        "[Gmail]/All Mail — All Mail, always synced"
    )
    assert item_text(FolderChoice("Sent Items", True, role="sent")) == (
        "Sent Items — Sent, always synced"
    )
    assert item_text(FolderChoice("INBOX", True, role="inbox")) == "Inbox — always synced"
    assert item_text(FolderChoice("Projects", True, folder_id=3)) == "Projects"
    assert item_text(FolderChoice("Projects", False, folder_id=3)) == (
        "Projects — was gone from the server; check it to sync it again"
    )


def test_the_accounts_window_names_a_few_synced_folders_then_counts(
    qtbot: QtBot, imap_profile: Profile
) -> None:
    conn = db.connect(imap_profile.store_path)
    folders = FolderStore(conn)
    folders.ensure("imap", "INBOX", "inbox")
    folders.ensure("imap", "Sent", "sent")
    for name in ("Lists", "Projects", "Receipts"):
        folders.ensure("imap", name)
    conn.close()
    accounts = AccountsDialog(imap_profile)
    qtbot.addWidget(accounts)
    assert accounts.folders_summary.text() == "Syncs Inbox, Sent, Lists and 2 more."
