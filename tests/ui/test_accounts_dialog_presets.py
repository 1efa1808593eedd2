"""The accounts dialog fills a new account's servers from its address, and nothing else.

Typing the address of a known provider fills both servers and "Save a copy"; another
domain only shows grey guesses. A field the user changed, and every field of a saved
account, stays as it is (issue 17, point 1, was a saved port reset by a handler).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace

import keyring
import keyring.errors
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QWidget
from pytestqt.qtbot import QtBot

from helpers.autoconfig_server import offline_lookups
from helpers.keyrings import FailingKeyring, MemoryKeyring
from threadline.errors import InvalidInputError
from threadline.net.oauth.providers import CONFIG_ENV
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.ui import worker
from threadline.ui.accounts_dialog import AccountsDialog

#: Two saved accounts that only send, both through Gmail's SMTP server (a Workspace
#: mailbox), one with the 'save sent' every account from before the incoming side has.
SAVED = [
    Account(id="workspace", address="ann@corp.example", display_name="Ann",
            smtp_host="smtp.gmail.com", smtp_port=465, security="tls", username="ann",
            save_sent=True),
    Account(id="receiving", address="bob@corp.example", display_name="Bob",
            smtp_host="smtp.gmail.com", smtp_port=465, security="tls", username="bob",
            imap_host="imap.gmail.com", save_sent=True),  # a choice: it mattered
]  # fmt: skip


@pytest.fixture
def dialog(
    qtbot: QtBot, profile: Profile, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AccountsDialog]:
    monkeypatch.delenv(CONFIG_ENV, raising=False)  # only the built-in OAuth providers
    conn = db.connect(profile.store_path)
    for account in SAVED:
        AccountStore(conn).save(account)
    conn.close()
    opened = AccountsDialog(profile)
    qtbot.addWidget(opened)
    opened.lookups = offline_lookups()  # nothing ever leaves the machine
    opened.show()
    opened.new_account()
    yield opened
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=10_000)


def stored(profile: Profile) -> dict[str, Account]:
    conn = db.connect(profile.store_path)
    try:
        return {account.address: account for account in AccountStore(conn).all()}
    finally:
        conn.close()


def servers(dialog: AccountsDialog) -> tuple[object, ...]:
    return (dialog.host.text(), dialog.port.value(), dialog.security.currentData(),
            dialog.imap_host.text(), dialog.imap_port.value(),
            dialog.imap_security.currentData(), dialog.save_sent.isChecked())  # fmt: skip


BLANK = ("", 587, "starttls", "", 993, "tls", True)


def type_text(qtbot: QtBot, field: object, text: str) -> None:
    """Type into a line edit as a person does (textEdited, key by key)."""
    qtbot.keyClicks(field, text)


def save(qtbot: QtBot, dialog: AccountsDialog) -> None:
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.save_button.click()


@pytest.mark.parametrize(
    ("address", "expected", "name"),
    [
        ("ann@gmail.com",
         ("smtp.gmail.com", 465, "tls", "imap.gmail.com", 993, "tls", False), "Gmail"),
        ("bob@outlook.com",
         ("smtp.office365.com", 587, "starttls", "outlook.office365.com", 993, "tls", False),
         "Outlook.com / Microsoft 365"),
        ("cat@icloud.com",
         ("smtp.mail.me.com", 587, "starttls", "imap.mail.me.com", 993, "tls", True),
         "iCloud Mail"),
        ("dan@fastmail.com",
         ("smtp.fastmail.com", 465, "tls", "imap.fastmail.com", 993, "tls", True), "Fastmail"),
        ("eve@yahoo.com",
         ("smtp.mail.yahoo.com", 465, "tls", "imap.mail.yahoo.com", 993, "tls", True),
         "Yahoo Mail"),
        ("fay@gmx.de",
         ("mail.gmx.net", 465, "tls", "imap.gmx.net", 993, "tls", True), "GMX"),
        ("gus@mailbox.org",
         ("smtp.mailbox.org", 465, "tls", "imap.mailbox.org", 993, "tls", True), "mailbox.org"),
        ("hal@proton.me",  # Bridge on this computer, which files sent mail itself
         ("127.0.0.1", 1025, "none", "127.0.0.1", 1143, "none", False), "Proton Mail Bridge"),
    ],
)  # fmt: skip
def test_typing_a_known_address_fills_both_servers_and_saves_them(
    qtbot: QtBot, dialog: AccountsDialog, profile: Profile, address: str,
    expected: tuple[object, ...], name: str,
) -> None:  # fmt: skip
    assert servers(dialog) == BLANK
    type_text(qtbot, dialog.address, address)
    assert servers(dialog) == expected
    assert dialog.feedback.text().startswith(f"Filled in the servers of {name}.")
    assert dialog.save_sent.isEnabled()
    type_text(qtbot, dialog.password, "app-password")
    save(qtbot, dialog)
    account = stored(profile)[address]
    assert (account.smtp_host, account.smtp_port, account.security, account.imap_host,
            account.imap_port, account.imap_security, account.save_sent) == expected  # fmt: skip


def test_a_provider_that_needs_a_step_beyond_the_servers_says_which(
    qtbot: QtBot, dialog: AccountsDialog
) -> None:
    type_text(qtbot, dialog.address, "hal@pm.me")
    assert dialog.feedback.text() == (
        "Filled in the servers of Proton Mail Bridge. Proton Mail Bridge must be running on "
        "this computer: use the user name and password Bridge shows, not your Proton "
        "password. The connection never leaves this computer."
    )
    dialog.address.clear()
    type_text(qtbot, dialog.address, "fay@gmx.net")
    assert dialog.feedback.text().endswith("Allow POP3 and IMAP access once in GMX's web "
                                           "settings, or it refuses the login.")  # fmt: skip


def test_another_domain_only_shows_guesses_and_saves_no_guess(
    qtbot: QtBot, dialog: AccountsDialog, profile: Profile
) -> None:
    type_text(qtbot, dialog.address, "dan@mycompany.example")
    assert servers(dialog) == BLANK  # proposals are placeholders, never values
    assert dialog.host.placeholderText() == "smtp.mycompany.example (a guess)"
    assert dialog.imap_host.placeholderText() == (
        "imap.mycompany.example (a guess), or empty to only send"
    )
    assert "No preset for mycompany.example" in dialog.feedback.text()
    assert not dialog.save_sent.isEnabled()
    with pytest.raises(InvalidInputError, match="is not a server name"):
        dialog.form_account()  # no SMTP server typed yet: nothing to save
    type_text(qtbot, dialog.host, "mail.mycompany.example")
    type_text(qtbot, dialog.password, "secret")
    save(qtbot, dialog)
    account = stored(profile)["dan@mycompany.example"]
    assert (account.smtp_host, account.imap_host, account.save_sent) == (
        "mail.mycompany.example", "", True,
    )  # fmt: skip
    assert not account.has_imap


def test_fields_the_user_changed_stay_when_the_address_fills_the_rest(
    qtbot: QtBot, dialog: AccountsDialog
) -> None:
    type_text(qtbot, dialog.host, "smtp.relay.example")
    type_text(qtbot, dialog.imap_host, "imap.relay.example")
    dialog.imap_port.setValue(1993)
    assert dialog.save_sent.isChecked()  # the suggestion for smtp.relay.example
    dialog.save_sent.click()  # off: the user's choice
    type_text(qtbot, dialog.address, "ann@gmail.com")
    assert servers(dialog) == (
        "smtp.relay.example", 465, "tls",  # the typed host kept, Gmail's security and port
        "imap.relay.example", 1993, "tls", False,  # typed, typed, filled, clicked
    )  # fmt: skip
    dialog.security.setCurrentIndex(dialog.security.findData("starttls"))  # port follows
    qtbot.keyClick(dialog.address, Qt.Key.Key_Backspace)  # ann@gmail.co: no preset
    assert servers(dialog) == (
        "smtp.relay.example", 587, "starttls", "imap.relay.example", 1993, "tls", False,
    )  # fmt: skip


def test_typing_on_past_a_known_domain_takes_its_servers_back(
    qtbot: QtBot, dialog: AccountsDialog
) -> None:
    type_text(qtbot, dialog.address, "ann@gmail.com")
    assert servers(dialog)[0] == "smtp.gmail.com"
    type_text(qtbot, dialog.address, ".evil.example")  # ann@gmail.com.evil.example
    assert servers(dialog) == BLANK
    assert dialog.host.placeholderText() == "smtp.gmail.com.evil.example (a guess)"
    for _ in range(len(".evil.example")):
        qtbot.keyClick(dialog.address, Qt.Key.Key_Backspace)
    assert servers(dialog) == ("smtp.gmail.com", 465, "tls", "imap.gmail.com", 993, "tls", False)


def test_a_saved_account_is_never_filled_from_its_address(
    qtbot: QtBot, dialog: AccountsDialog, profile: Profile
) -> None:
    dialog.list.setCurrentRow(0)
    before = servers(dialog)
    assert dialog.host.placeholderText() == "e.g. smtp.example.org"
    for address in ("ann@icloud.com", "ann@elsewhere.example"):
        dialog.address.selectAll()
        type_text(qtbot, dialog.address, address)
        assert servers(dialog) == before
        assert dialog.host.placeholderText() == "e.g. smtp.example.org"  # no guesses either
        assert dialog.feedback.text() == ""
    save(qtbot, dialog)
    assert stored(profile)["ann@elsewhere.example"] == replace(
        SAVED[0], address="ann@elsewhere.example"
    )


def test_a_chosen_oauth_provider_keeps_its_servers_while_the_address_is_typed(
    qtbot: QtBot, dialog: AccountsDialog
) -> None:
    dialog.method.setCurrentIndex(
        dialog.method.findText("Sign in with Microsoft 365 / Outlook.com (OAuth2)")
    )
    microsoft = ("smtp.office365.com", 587, "starttls", "outlook.office365.com", 993, "tls",
                 False)  # fmt: skip
    assert servers(dialog) == microsoft  # both sides, and Microsoft files sent mail itself
    type_text(qtbot, dialog.address, "ann@gmail.com")  # a Microsoft 365 mailbox may be so
    assert servers(dialog) == microsoft


def test_save_a_copy_follows_the_smtp_server_until_clicked_for_a_first_incoming_server(
    qtbot: QtBot, dialog: AccountsDialog, profile: Profile
) -> None:
    dialog.list.setCurrentRow(0)  # sends through smtp.gmail.com, 'save sent' on, no IMAP
    assert dialog.save_sent.isChecked() and not dialog.save_sent.isEnabled()
    type_text(qtbot, dialog.imap_host, "imap.gmail.com")
    assert not dialog.save_sent.isChecked()  # Gmail files it: no second copy
    assert dialog.save_sent.isEnabled()
    dialog.host.selectAll()
    type_text(qtbot, dialog.host, "smtp.corp.example")
    assert dialog.save_sent.isChecked()  # another server: Threadline files the copy
    dialog.save_sent.click()  # the user says no
    dialog.host.selectAll()
    type_text(qtbot, dialog.host, "smtp.other.example")
    assert not dialog.save_sent.isChecked()
    save(qtbot, dialog)
    assert stored(profile)["ann@corp.example"].save_sent is False


def test_save_a_copy_of_an_account_that_already_receives_never_changes_by_itself(
    qtbot: QtBot, dialog: AccountsDialog, profile: Profile
) -> None:
    dialog.list.setCurrentRow(1)  # receives, through Gmail, and chose to save a copy
    assert dialog.save_sent.isChecked()
    dialog.imap_host.selectAll()
    type_text(qtbot, dialog.imap_host, "imap.googlemail.com")
    dialog.host.selectAll()
    type_text(qtbot, dialog.host, "smtp.googlemail.com")
    assert dialog.save_sent.isChecked()
    save(qtbot, dialog)
    assert stored(profile)["bob@corp.example"].save_sent is True


def test_new_account_after_typing_starts_blank_again(qtbot: QtBot, dialog: AccountsDialog) -> None:
    type_text(qtbot, dialog.address, "dan@mycompany.example")
    dialog.new_account()
    assert servers(dialog) == BLANK
    assert dialog.host.placeholderText() == "e.g. smtp.example.org"
    assert dialog.imap_host.placeholderText() == "none: this account only sends"
    type_text(qtbot, dialog.address, "ann@gmail.com")
    assert servers(dialog)[3] == "imap.gmail.com"


@pytest.mark.parametrize("row", [None, 0, 1])
def test_the_dialog_fits_a_1366_by_768_screen(
    qtbot: QtBot, dialog: AccountsDialog, row: int | None
) -> None:
    """Every part can shrink to fit, even with the longest sign-in status: the keyring's."""
    keyring.set_keyring(FailingKeyring(keyring.errors.NoKeyringError()))  # fixture restores
    if row is not None:
        dialog.list.setCurrentRow(row)
    dialog.method.setCurrentIndex(dialog.method.findText("Sign in with Google (OAuth2)"))
    qtbot.waitUntil(lambda: "No password store" in dialog.oauth.status.text(), timeout=10_000)
    assert dialog.oauth.isVisible() and dialog.save_sent.isVisible()
    too_wide = [
        (type(part).__name__, part.accessibleName(), part.minimumSizeHint().width())
        for part in dialog.findChildren(QWidget)
        if part.isVisible() and part.minimumSizeHint().width() > 900
    ]
    assert too_wide == []
    assert dialog.minimumSizeHint().height() <= 700  # 768 less a panel and a title bar
    assert dialog.width() <= 1366 and dialog.height() <= 700


def test_the_group_boxes_name_both_sides_in_plain_words(dialog: AccountsDialog) -> None:
    titles = [box.title() for box in dialog.findChildren(QGroupBox)]
    assert titles == ["Sending mail (SMTP)", "Incoming mail (IMAP)"]
    assert dialog.save_sent.text() == "Save a copy of sent mail in the Sent folder"
