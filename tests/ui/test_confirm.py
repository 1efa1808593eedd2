"""Nothing that cannot be undone happens without asking: deleting a waiting message,
removing an account. Cancel (the default) changes nothing."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers.keyrings import MemoryKeyring
from helpers.smtp_server import SmtpServer
from threadline.net import secrets
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.store.outbox import Outbox
from threadline.ui.accounts_dialog import AccountsDialog
from threadline.ui.main_window import MainWindow


def answer(box: QMessageBox | None, text: str) -> None:
    assert box is not None and box.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_deleting_a_waiting_message_asks_first(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer
) -> None:
    window = MainWindow(mail_profile)
    qtbot.addWidget(window)
    composer = window.compose_new()
    assert composer is not None
    composer.to_field.setText("bob@example.net")
    composer.subject.setText("Keep me")
    composer.queue(time.time() + 86400, scheduled=True)
    dialog = window.open_outbox()
    dialog.table.selectRow(0)
    dialog.delete_selected()
    assert "Delete “Keep me” to bob@example.net?" in dialog.confirmation.text()
    answer(dialog.confirmation, "Cancel")
    assert len(Outbox(window.store.conn).entries()) == 1 and dialog.table.rowCount() == 1
    dialog.delete_selected()
    answer(dialog.confirmation, "Delete message")
    assert Outbox(window.store.conn).entries() == [] and dialog.table.rowCount() == 0


def test_removing_an_account_asks_first(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer, memory_keyring: MemoryKeyring
) -> None:
    [account] = AccountStore(db.connect(mail_profile.store_path)).all()
    secrets.set_password(account.id, "hunter2")
    dialog = AccountsDialog(mail_profile)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(0)
    dialog.remove_account()
    answer(dialog.confirmation, "Cancel")
    assert AccountStore(db.connect(mail_profile.store_path)).all() == [account]
    assert secrets.get_password(account.id) == "hunter2"
    dialog.remove_account()
    answer(dialog.confirmation, "Remove account")
    assert AccountStore(db.connect(mail_profile.store_path)).all() == []
    assert secrets.get_password(account.id) is None
