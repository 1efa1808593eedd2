"""One Accounts window per main window: asked for again, it comes to the front as it was
(issue 17, point 12: Ctrl+N without an account and "Add account…" stacked copies)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from helpers.keyrings import MemoryKeyring
from threadline.paths import Profile
from threadline.ui.accounts_dialog import AccountsDialog
from threadline.ui.main_window import MainWindow


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # offscreen: no stacking
def test_ctrl_n_without_an_account_and_add_account_open_one_dialog_raised(
    qtbot: QtBot, tmp_path: Path, memory_keyring: MemoryKeyring
) -> None:
    profile = Profile.at(tmp_path / "fresh").ensure()
    window = MainWindow(profile)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    [add_account] = [b for b in window.findChildren(QPushButton) if b.text() == "Add account…"]
    first = window.open_accounts()
    first.address.setText("ann@example.org")  # typed, not saved yet
    for _ in range(3):
        window.compose_new()  # Ctrl+N: no account yet, so the Accounts window
        add_account.click()
    dialogs = [d for d in window.findChildren(AccountsDialog) if d.isVisible()]
    assert dialogs == [first]
    assert len(window.findChildren(AccountsDialog)) == 1
    assert first.address.text() == "ann@example.org"  # nothing typed is lost
    first.close()
    assert not first.isVisible()
    window.compose_new()
    assert first.isVisible() and window.open_accounts() is first
    assert len(window.findChildren(AccountsDialog)) == 1
