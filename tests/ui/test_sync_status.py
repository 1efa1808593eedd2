"""The sync's line in the status bar: what it says in each state, the details box (plain
text: errors quote servers), and that it hides while no account syncs."""

from __future__ import annotations

import time

import pytest
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QMessageBox, QStatusBar
from pytestqt.qtbot import QtBot

from threadline.services.syncing import SyncProgress
from threadline.ui.app_sync import AccountStatus, SyncStatus
from threadline.ui.sync_status import SyncStatusLine, details_text, status_text

AT_1405 = time.mktime((2026, 11, 24, 14, 5, 0, 0, 0, -1))
AT_1407 = AT_1405 + 120
ANN = "ann@example.org"
HOSTILE = "imap.example.org said: <img src='file:///etc/passwd'> <b>NO</b> [AUTHENTICATIONFAILED]"


@pytest.fixture
def status_bar(qtbot: QtBot) -> QStatusBar:
    bar = QStatusBar()
    qtbot.addWidget(bar)
    bar.show()
    return bar


@pytest.fixture
def widget(status_bar: QStatusBar) -> SyncStatusLine:
    line = SyncStatusLine()
    status_bar.addPermanentWidget(line)
    return line


def test_each_state_in_a_few_words() -> None:
    synced = AccountStatus(ANN, synced_at=AT_1405)
    assert status_text(SyncStatus((synced,))) == "Synced at 14:05"
    assert status_text(SyncStatus((AccountStatus(ANN),))) == "Syncing…"  # not yet, soon
    assert status_text(SyncStatus((synced,), syncing=ANN)) == "Syncing…"
    step = SyncProgress(ANN, "INBOX", 500, 2000)
    assert status_text(SyncStatus((synced,), syncing=ANN, progress=step)) == (
        "Syncing INBOX… 500 of 2,000"
    )
    offline = AccountStatus(ANN, error="Cannot connect", temporary=True, retry_at=AT_1407)
    assert status_text(SyncStatus((offline,))) == "Offline — retrying at 14:07"
    failed = AccountStatus(ANN, synced_at=AT_1405, error=HOSTILE)
    assert status_text(SyncStatus((failed,))) == f"Sync failed for {ANN}"
    other = AccountStatus("bob@example.net", error="refused")
    assert status_text(SyncStatus((failed, other, offline))) == "Sync failed for 2 accounts"


def test_synced_at_is_the_oldest_of_the_accounts_and_only_once_all_synced() -> None:
    ann = AccountStatus(ANN, synced_at=AT_1407)
    bob = AccountStatus("bob@example.net", synced_at=AT_1405)
    assert SyncStatus((ann, bob)).synced_at == AT_1405
    assert SyncStatus((ann, AccountStatus("new@example.net"))).synced_at is None


def test_a_failure_offers_details_in_plain_text(qtbot: QtBot, widget: SyncStatusLine) -> None:
    offline = AccountStatus("bob@example.net", error="No route", temporary=True, retry_at=AT_1407)
    widget.show_status(SyncStatus((AccountStatus(ANN, error=HOSTILE), offline)))
    assert widget.isVisible() and widget.link.isVisible()
    assert widget.text() == f"Sync failed for {ANN} — details"
    box = widget.open_details()
    qtbot.addWidget(box)
    assert isinstance(box, QMessageBox) and box.isVisible()
    assert box.text() == details_text(widget.status)
    assert box.text() == (
        f"{ANN}:\n{HOSTILE}\n\nbob@example.net:\nNo route\n(Threadline tries again at 14:07.)"
    )
    assert box.textFormat().name == "PlainText"
    tooltip = QTextDocument()
    tooltip.setHtml(widget.label.toolTip())
    assert HOSTILE in tooltip.toPlainText()  # shown literally, never as markup
    assert widget.label.textFormat().name == "PlainText"


def test_the_link_opens_the_details_which_can_try_again(
    qtbot: QtBot, widget: SyncStatusLine
) -> None:
    widget.show_status(SyncStatus((AccountStatus(ANN, error="refused"),)))
    widget.link.linkActivated.emit("details")
    box = widget.box
    assert box is not None and box.isVisible()
    qtbot.addWidget(box)
    [retry] = [b for b in box.buttons() if b.text() == "Try again"]
    with qtbot.waitSignal(widget.retry_requested):
        retry.click()
    box = widget.open_details()
    qtbot.addWidget(box)
    with qtbot.assertNotEmitted(widget.retry_requested):
        box.button(QMessageBox.StandardButton.Close).click()


def test_offline_and_synced_are_quiet(qtbot: QtBot, widget: SyncStatusLine) -> None:
    offline = AccountStatus(ANN, error="Cannot connect", temporary=True, retry_at=AT_1407)
    widget.show_status(SyncStatus((offline,)))
    assert widget.text() == "Offline — retrying at 14:07" and not widget.link.isVisible()
    assert "Cannot connect" in widget.label.toolTip()
    widget.show_status(SyncStatus((AccountStatus(ANN, synced_at=AT_1405),)))
    assert widget.text() == "Synced at 14:05" and widget.label.toolTip() == ""


def test_hidden_while_no_account_syncs(qtbot: QtBot, widget: SyncStatusLine) -> None:
    assert not widget.isVisible()
    widget.show_status(SyncStatus((AccountStatus(ANN, synced_at=AT_1405),)))
    assert widget.isVisible()
    widget.show_status(SyncStatus(()))
    assert not widget.isVisible()
