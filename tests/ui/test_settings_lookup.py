"""The Accounts window finds a new address's servers at its domain, asks before asking
Thunderbird's database, says where the settings came from and overwrites nothing typed
without asking (issue 17, point 11). Real HTTPS and DNS servers on 127.0.0.1."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers.autoconfig_server import AutoconfigServer, no_dns
from helpers.dns_server import DnsServer
from helpers.keyrings import MemoryKeyring
from threadline.paths import Profile
from threadline.services.account_setup import Lookups
from threadline.store import db
from threadline.store.accounts import AccountStore
from threadline.ui import worker
from threadline.ui.accounts_dialog import AccountsDialog
from threadline.ui.settings_lookup import ASK_ISPDB

__all__ = ["no_dns"]

AUTOCONFIG = "https://autoconfig.example.org/mail/config-v1.1.xml?emailaddress=ann@example.org"
ISPDB_FILE = "https://autoconfig.thunderbird.net/v1.1/example.org"
CONFIG = """<?xml version="1.0"?>
<clientConfig version="1.1"><emailProvider id="example.org">
  <incomingServer type="imap"><hostname>imap.{host}</hostname><port>993</port>
    <socketType>SSL</socketType><username>%EMAILLOCALPART%</username></incomingServer>
  <outgoingServer type="smtp"><hostname>smtp.{host}</hostname><port>2465</port>
    <socketType>SSL</socketType><username>%EMAILLOCALPART%</username></outgoingServer>
</emailProvider></clientConfig>"""


@dataclass
class Setup:
    dialog: AccountsDialog
    https: AutoconfigServer
    dns: DnsServer


@pytest.fixture
def setup(
    qtbot: QtBot, profile: Profile, memory_keyring: MemoryKeyring, no_dns: list[str]
) -> Iterator[Setup]:
    https = AutoconfigServer(("autoconfig.example.org", "example.org",
                              "autoconfig.thunderbird.net"))  # fmt: skip
    with https, DnsServer() as dns:
        dialog = AccountsDialog(profile)
        qtbot.addWidget(dialog)
        dialog.lookups = Lookups(https.client_context(), resolver=dns.resolver(),
                                 route=https.route, timeout=3)  # fmt: skip
        dialog.show()
        yield Setup(dialog, https, dns)
        qtbot.waitUntil(lambda: not worker._RUNNING, timeout=10_000)


def servers(dialog: AccountsDialog) -> tuple[object, ...]:
    return (dialog.host.text(), dialog.port.value(), dialog.security.currentData(),
            dialog.imap_host.text(), dialog.imap_port.value(),
            dialog.imap_security.currentData(), dialog.username.text())  # fmt: skip


def type_address(qtbot: QtBot, dialog: AccountsDialog, address: str) -> None:
    dialog.address.setFocus()
    qtbot.keyClicks(dialog.address, address)
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)  # Enter: done with the address


def question(qtbot: QtBot, dialog: AccountsDialog) -> QMessageBox:
    qtbot.waitUntil(lambda: dialog.lookup.question is not None, timeout=10_000)
    assert dialog.lookup.question is not None
    return dialog.lookup.question


def click(box: QMessageBox, text: str) -> None:
    [button] = [b for b in box.buttons() if b.text() == text]
    button.click()


def test_the_domains_own_configuration_fills_the_servers_and_says_so(
    qtbot: QtBot, setup: Setup, profile: Profile
) -> None:
    setup.https.serve(AUTOCONFIG, CONFIG.format(host="example.org"))
    dialog = setup.dialog
    type_address(qtbot, dialog, "ann@example.org")
    qtbot.waitUntil(lambda: dialog.host.text() != "", timeout=10_000)
    assert servers(dialog) == ("smtp.example.org", 2465, "tls", "imap.example.org", 993, "tls",
                               "ann")  # fmt: skip
    assert dialog.feedback.text() == (
        "Settings from example.org's own configuration: sending through smtp.example.org:2465 "
        "(TLS) and incoming mail from imap.example.org:993 (TLS). User name: ann. You can "
        "change any field."
    )
    assert "autoconfig.thunderbird.net" not in {r.host for r in setup.https.requests}
    dialog.port.setValue(465)  # the user may change every field afterwards
    qtbot.keyClicks(dialog.password, "secret")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.save_button.click()
    [account] = AccountStore(db.connect(profile.store_path)).all()
    assert (account.smtp_host, account.smtp_port, account.imap_host, account.username) == (
        "smtp.example.org", 465, "imap.example.org", "ann",
    )  # fmt: skip


def test_dns_records_fill_the_servers_when_there_is_no_file(qtbot: QtBot, setup: Setup) -> None:
    setup.dns.records["_submission._tcp.example.org."] = ["0 0 587 mail.example.org."]
    setup.dns.records["_imaps._tcp.example.org."] = ["0 0 993 mail.example.org."]
    dialog = setup.dialog
    type_address(qtbot, dialog, "ann@example.org")
    qtbot.waitUntil(lambda: dialog.host.text() != "", timeout=10_000)
    assert servers(dialog) == ("mail.example.org", 587, "starttls", "mail.example.org", 993,
                               "tls", "")  # fmt: skip
    assert dialog.feedback.text().startswith("Settings from the DNS records of example.org:")


def test_thunderbirds_database_is_asked_only_after_a_yes(qtbot: QtBot, setup: Setup) -> None:
    setup.https.serve(ISPDB_FILE, CONFIG.format(host="host.example"))
    dialog = setup.dialog
    type_address(qtbot, dialog, "ann@example.org")
    box = question(qtbot, dialog)
    assert "Ask Thunderbird's database of mail providers?" in box.text()
    assert "is told the domain example.org, not your address" in box.text()
    click(box, "Don't ask")
    assert dialog.feedback.text().startswith("No settings found for example.org: the grey")
    assert "autoconfig.thunderbird.net" not in {r.host for r in setup.https.requests}
    assert dialog.host.text() == ""
    dialog.find_button.click()  # again, and this time yes
    click(question(qtbot, dialog), ASK_ISPDB)
    qtbot.waitUntil(lambda: dialog.host.text() != "", timeout=10_000)
    assert servers(dialog)[0] == "smtp.host.example"
    assert dialog.feedback.text().startswith("Settings from Thunderbird's database: sending")
    ispdb = [r for r in setup.https.requests if r.host == "autoconfig.thunderbird.net"]
    assert [r.path for r in ispdb] == ["/v1.1/example.org"]


def test_what_the_user_typed_is_replaced_only_after_asking(qtbot: QtBot, setup: Setup) -> None:
    setup.https.serve(AUTOCONFIG, CONFIG.format(host="example.org"))
    dialog = setup.dialog
    qtbot.keyClicks(dialog.host, "relay.example.org")  # typed before the address
    type_address(qtbot, dialog, "ann@example.org")
    qtbot.waitUntil(lambda: dialog.conflict_question is not None, timeout=10_000)
    box = dialog.conflict_question
    assert box is not None
    assert "SMTP server: smtp.example.org (you typed relay.example.org)" in box.text()
    assert dialog.imap_host.text() == "imap.example.org"  # the untouched parts are filled
    click(box, "Keep mine")
    assert servers(dialog)[:3] == ("relay.example.org", 2465, "tls")
    assert dialog.feedback.text().endswith("Kept what you typed: SMTP server.")


def test_an_answer_for_an_address_since_changed_is_dropped(qtbot: QtBot, setup: Setup) -> None:
    setup.https.serve(AUTOCONFIG, CONFIG.format(host="example.org"))
    dialog = setup.dialog
    type_address(qtbot, dialog, "ann@example.org")
    qtbot.keyClicks(dialog.address, "x")  # ann@example.orgx: another domain, at once
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=10_000)
    assert servers(dialog)[0] == "" and dialog.lookup.question is None


def test_known_providers_and_saved_accounts_look_nothing_up(qtbot: QtBot, setup: Setup) -> None:
    dialog = setup.dialog
    type_address(qtbot, dialog, "ann@gmail.com")
    assert not dialog.find_button.isEnabled()
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=10_000)
    assert setup.https.requests == [] and setup.dns.questions == []
