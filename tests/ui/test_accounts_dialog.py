"""The accounts dialog shows exactly what is saved and changes only what the user changed."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from helpers.autoconfig_server import offline_lookups
from helpers.keyrings import MemoryKeyring
from helpers.smtp_server import SmtpServer
from threadline.errors import InvalidInputError
from threadline.net import secrets
from threadline.net.oauth import tokens
from threadline.net.oauth.providers import CONFIG_ENV
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.ui import accounts_dialog, oauth_section, worker
from threadline.ui.accounts_dialog import AccountsDialog
from threadline.ui.worker import Progress

#: One of every kind of account the store allows, none of them on its security's default
#: port or on its provider's preset, so any value a handler fills in on load shows. The
#: incoming side too: receiving over TLS, STARTTLS and (on this computer) none, 'save sent'
#: on and off, against the Sent-copy rule of its SMTP server too, and send-only accounts
#: that keep other port and security values from an incoming server they had before.
ACCOUNTS = [
    Account(id="tls-password", address="ann@example.org", display_name="Ann Example",
            smtp_host="smtp.example.org", smtp_port=2465, security="tls",
            username="ann.login", auth_method="password",
            aliases=("ann.work@example.org", "Info@Example.ORG"),
            imap_host="imap.example.org", imap_port=1993, imap_security="tls", save_sent=True),
    Account(id="starttls-password", address="bob@example.net", display_name="",
            smtp_host="mail.example.net", smtp_port=2525, security="starttls",
            username="b.builder", auth_method="password",
            imap_host="mail.example.net", imap_port=1143, imap_security="starttls",
            save_sent=False),
    Account(id="demo", address="me@threadline.example", display_name="Demo Me",
            smtp_host="127.0.0.1", smtp_port=40775, security="none", auth_method="none"),
    Account(id="local-password", address="local@example.org", display_name="Local",
            smtp_host="localhost", smtp_port=2526, security="none",
            username="local-user", auth_method="password",
            imap_host="127.0.0.1", imap_port=10143, imap_security="none"),
    Account(id="tls-no-login", address="relay@example.com", display_name="Relay",
            smtp_host="relay.example.com", smtp_port=1465, security="tls",
            auth_method="none",  # `threadline accounts add --no-auth`
            imap_port=2993, imap_security="starttls", save_sent=False),  # had one, once
    Account(id="google", address="ann@gmail.example", display_name="Ann G",
            smtp_host="smtp-relay.gmail.com", smtp_port=2587, security="starttls",
            username="ann.g@gmail.example", auth_method="oauth2", oauth_provider="google",
            aliases=("ann.g+lists@gmail.example",),
            imap_host="imap-alt.gmail.example", imap_port=1994, imap_security="starttls",
            save_sent=True),
    Account(id="microsoft-no-user", address="ann@outlook.example", display_name="Ann O",
            smtp_host="smtp.office365.com", smtp_port=25, security="starttls",
            username="", auth_method="oauth2", oauth_provider="microsoft",
            imap_host="outlook.office365.example", imap_port=1993, imap_security="tls",
            save_sent=True),  # against the rule for smtp.office365.com: a choice, kept
    Account(id="unconfigured-provider", address="ann@mycorp.example", display_name="Ann M",
            smtp_host="smtp.mycorp.example", smtp_port=3587, security="tls",
            username="ann", auth_method="oauth2", oauth_provider="mycorp"),
    Account(id="spaced-name", address="sam@example.org", display_name="  Sam  Spaced ",
            smtp_host="smtp.example.org", smtp_port=465, security="tls",
            username="sam", auth_method="password",
            imap_host="imap.example.org", imap_port=993, imap_security="tls"),
]  # fmt: skip
BY_ID = {account.id: account for account in ACCOUNTS}


@pytest.fixture
def store_path(profile: Profile, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A profile whose store holds every account of ACCOUNTS, in that order."""
    monkeypatch.delenv(CONFIG_ENV, raising=False)  # only the built-in providers
    conn = db.connect(profile.store_path)
    for account in ACCOUNTS:
        AccountStore(conn).save(account)
    conn.close()
    return profile.store_path


@pytest.fixture
def dialog(
    qtbot: QtBot, profile: Profile, store_path: Path, memory_keyring: MemoryKeyring
) -> Iterator[Any]:
    opened = AccountsDialog(profile)
    qtbot.addWidget(opened)
    opened.lookups = offline_lookups()  # nothing ever leaves the machine
    opened.show()
    yield opened
    # let the sign-in checks started by selecting OAuth accounts deliver before the
    # dialog goes away
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=10_000)


def stored(store_path: Path) -> dict[str, Account]:
    conn = db.connect(store_path)
    try:
        return {account.id: account for account in AccountStore(conn).all()}
    finally:
        conn.close()


def select(dialog: AccountsDialog, account_id: str) -> None:
    dialog.list.setCurrentRow([a.id for a in ACCOUNTS].index(account_id))


def save(qtbot: QtBot, dialog: AccountsDialog) -> None:
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.save_button.click()


def shown(dialog: AccountsDialog) -> dict[str, object]:
    return {
        "display_name": dialog.name.text(),
        "address": dialog.address.text(),
        "aliases": dialog.aliases.text(),
        "smtp_host": dialog.host.text(),
        "smtp_port": dialog.port.value(),
        "security": dialog.security.currentData(),
        "username": dialog.username.text(),
        "imap_host": dialog.imap_host.text(),
        "imap_port": dialog.imap_port.value(),
        "imap_security": dialog.imap_security.currentData(),
        "save_sent": dialog.save_sent.isChecked(),
    }


def expected_view(account: Account) -> dict[str, object]:
    return {
        "display_name": account.display_name,
        "address": account.address,
        "aliases": ", ".join(account.aliases),
        "smtp_host": account.smtp_host,
        "smtp_port": account.smtp_port,
        "security": account.security,
        "username": account.username,
        "imap_host": account.imap_host,
        "imap_port": account.imap_port,
        "imap_security": account.imap_security,
        "save_sent": account.save_sent,
    }


def sign_in_label(account: Account) -> str:
    if account.auth_method == "password":
        return "Password"
    if account.auth_method == "none":
        return "No sign-in"
    return {
        "google": "Sign in with Google (OAuth2)",
        "microsoft": "Sign in with Microsoft 365 / Outlook.com (OAuth2)",
    }.get(account.oauth_provider or "", "Sign in with mycorp (OAuth2, not set up here)")


@pytest.mark.parametrize("account_id", list(BY_ID))
def test_every_kind_of_account_is_shown_as_saved_and_saved_back_unchanged(
    qtbot: QtBot, dialog: AccountsDialog, store_path: Path, account_id: str
) -> None:
    account = BY_ID[account_id]
    select(dialog, "demo" if account_id != "demo" else "tls-password")  # come from another
    select(dialog, account_id)
    assert shown(dialog) == expected_view(account)
    assert dialog.method.currentText() == sign_in_label(account)
    assert dialog.password.isVisible() == (account.auth_method == "password")
    assert dialog.oauth.isVisible() == (account.oauth_provider in ("google", "microsoft"))
    assert dialog.save_sent.isEnabled() == account.has_imap  # no Sent folder without one
    save(qtbot, dialog)
    assert stored(store_path) == BY_ID  # this one field by field, and no other touched
    assert shown(dialog) == expected_view(account)
    save(qtbot, dialog)  # and again, from the state the first save left
    assert stored(store_path) == BY_ID


def test_selecting_a_then_b_then_a_shows_a_exactly(dialog: AccountsDialog) -> None:
    pairs = [("demo", "google"), ("tls-password", "demo"), ("google", "microsoft-no-user"),
             ("tls-no-login", "local-password"), ("unconfigured-provider", "google")]  # fmt: skip
    for first, second in pairs:
        select(dialog, first)
        before = (shown(dialog), dialog.method.currentText())
        select(dialog, second)
        assert shown(dialog) == expected_view(BY_ID[second])
        select(dialog, first)
        assert (shown(dialog), dialog.method.currentText()) == before
        assert shown(dialog) == expected_view(BY_ID[first])


@pytest.mark.parametrize("account_id", ["demo", "tls-password", "google", "tls-no-login"])
def test_changing_only_the_display_name_changes_only_the_display_name(
    qtbot: QtBot, dialog: AccountsDialog, store_path: Path, account_id: str
) -> None:
    select(dialog, account_id)
    dialog.name.setText("Renamed Person")
    save(qtbot, dialog)
    after = stored(store_path)
    assert after[account_id] == replace(BY_ID[account_id], display_name="Renamed Person")
    assert {k: v for k, v in after.items() if k != account_id} == {
        k: v for k, v in BY_ID.items() if k != account_id
    }


@pytest.mark.parametrize(
    ("account_id", "change", "field", "value"),
    [("tls-password", lambda d: d.imap_port.setValue(2993), "imap_port", 2993),
     ("starttls-password", lambda d: d.imap_security.setCurrentIndex(0), "imap_security", "tls"),
     ("google", lambda d: d.imap_host.setText("imap.gmail.com"), "imap_host", "imap.gmail.com"),
     ("microsoft-no-user", lambda d: d.save_sent.click(), "save_sent", False),
     ("starttls-password", lambda d: d.save_sent.click(), "save_sent", True),
     ("demo", lambda d: d.imap_host.setText("127.0.0.1"), "imap_host", "127.0.0.1")],
)  # fmt: skip
def test_changing_one_incoming_setting_changes_only_it(
    qtbot: QtBot, dialog: AccountsDialog, store_path: Path, account_id: str,
    change: Callable[[AccountsDialog], object], field: str, value: object,
) -> None:  # fmt: skip
    select(dialog, account_id)
    change(dialog)
    save(qtbot, dialog)
    assert stored(store_path) == {**BY_ID, account_id: replace(BY_ID[account_id], **{field: value})}


def test_aliases_are_edited_as_a_comma_separated_list_and_validated(
    qtbot: QtBot, dialog: AccountsDialog, store_path: Path
) -> None:
    select(dialog, "demo")
    assert dialog.aliases.text() == ""
    dialog.aliases.setText(" me2@threadline.example,, team@threadline.example ")
    save(qtbot, dialog)
    changed = replace(BY_ID["demo"], aliases=("me2@threadline.example", "team@threadline.example"))
    assert stored(store_path) == {**BY_ID, "demo": changed}
    select(dialog, "tls-password")
    select(dialog, "demo")
    assert dialog.aliases.text() == "me2@threadline.example, team@threadline.example"
    for wrong in ("me2@threadline.example, not an address", "ME@threadline.example"):
        dialog.aliases.setText(wrong)
        with pytest.raises(InvalidInputError):
            dialog.form_account()
    dialog.aliases.clear()
    save(qtbot, dialog)
    assert stored(store_path) == BY_ID


def test_test_connection_uses_the_saved_port(
    qtbot: QtBot, mail_profile: Profile, server: SmtpServer, memory_keyring: MemoryKeyring
) -> None:
    saved = stored(mail_profile.store_path)
    dialog = AccountsDialog(mail_profile)
    qtbot.addWidget(dialog)
    assert dialog.port.value() == server.port != 25
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.feedback.text()[:1] in ("✔", "✘"), timeout=20_000)
    assert dialog.feedback.text().startswith("✔ Sending (SMTP): 127.0.0.1 answered"), (
        dialog.feedback.text()
    )
    assert stored(mail_profile.store_path) == saved


def test_port_follows_security_only_while_it_holds_the_previous_default(
    qtbot: QtBot, dialog: AccountsDialog, store_path: Path
) -> None:
    dialog.new_account()
    assert (dialog.security.currentData(), dialog.port.value()) == ("starttls", 587)

    def choose(security: str) -> int:
        dialog.security.setCurrentIndex(dialog.security.findData(security))
        return dialog.port.value()

    assert choose("tls") == 465
    assert choose("starttls") == 587
    assert choose("none") == 25
    assert choose("tls") == 465
    dialog.port.setValue(2525)  # typed by the user
    assert choose("starttls") == 2525
    assert choose("none") == 2525
    assert choose("tls") == 2525
    # an account on its security's default port follows too; one on another port does not
    select(dialog, "spaced-name")  # tls on 465
    assert choose("starttls") == 587
    select(dialog, "tls-password")  # tls on 2465
    assert choose("starttls") == 2465
    assert stored(store_path) == BY_ID  # nothing saved by any of it


def test_imap_port_follows_imap_security_only_while_it_holds_the_previous_default(
    qtbot: QtBot, dialog: AccountsDialog, store_path: Path
) -> None:
    dialog.new_account()
    assert (dialog.imap_security.currentData(), dialog.imap_port.value()) == ("tls", 993)

    def choose(security: str) -> int:
        dialog.imap_security.setCurrentIndex(dialog.imap_security.findData(security))
        return dialog.imap_port.value()

    assert choose("starttls") == 143
    assert choose("none") == 143
    assert choose("tls") == 993
    dialog.imap_port.setValue(1993)  # typed by the user
    assert choose("starttls") == 1993
    assert choose("tls") == 1993
    select(dialog, "spaced-name")  # tls on 993
    assert choose("starttls") == 143
    select(dialog, "tls-password")  # tls on 1993
    assert choose("starttls") == 1993
    assert dialog.port.value() == BY_ID["tls-password"].smtp_port  # the other side stays
    assert stored(store_path) == BY_ID


def test_an_empty_incoming_server_is_an_account_that_only_sends(
    qtbot: QtBot, dialog: AccountsDialog, store_path: Path
) -> None:
    select(dialog, "starttls-password")
    dialog.imap_host.selectAll()
    qtbot.keyClick(dialog.imap_host, Qt.Key.Key_Delete)  # as the user empties it
    assert not dialog.save_sent.isEnabled()
    save(qtbot, dialog)
    only_sends = replace(BY_ID["starttls-password"], imap_host="")
    assert not only_sends.has_imap
    assert stored(store_path) == {**BY_ID, "starttls-password": only_sends}  # port etc. kept
    select(dialog, "demo")
    select(dialog, "starttls-password")
    assert shown(dialog) == expected_view(only_sends)


@pytest.mark.parametrize(
    ("imap_host", "imap_security", "imap_port", "field", "message"),
    [("imap.example.org", "none", 143, "imap_security",
      "Mail from imap.example.org cannot come unencrypted: choose TLS or STARTTLS (only a "
      "server on this computer may go without)."),
     ("imap example.org", "tls", 993, "imap_host", "'imap example.org' is not a server name: "
      "no spaces.")],
)  # fmt: skip
def test_a_bad_incoming_server_is_marked_beside_its_field_and_nothing_is_saved(
    dialog: AccountsDialog, store_path: Path, monkeypatch: pytest.MonkeyPatch,
    imap_host: str, imap_security: str, imap_port: int, field: str, message: str,
) -> None:  # fmt: skip
    errors: list[str] = []
    monkeypatch.setattr(accounts_dialog, "show_error", lambda _w, _t, e: errors.append(str(e)))
    select(dialog, "tls-password")
    dialog.imap_host.setText(imap_host)
    dialog.imap_security.setCurrentIndex(dialog.imap_security.findData(imap_security))
    dialog.imap_port.setValue(imap_port)
    with pytest.raises(InvalidInputError):
        dialog.form_account()
    dialog.save_button.click()
    assert errors == []  # no pop-up
    widget = getattr(dialog, field)
    assert dialog.marks.reason(widget) == message
    assert widget.accessibleDescription() == message
    assert dialog.feedback.text() == "Not saved yet: see the marked field."
    assert stored(store_path) == BY_ID


def test_choosing_a_provider_fills_its_preset_but_loading_an_account_does_not(
    dialog: AccountsDialog,
) -> None:
    select(dialog, "google")
    assert shown(dialog) == expected_view(BY_ID["google"])  # not smtp.gmail.com:465 tls
    dialog.new_account()
    dialog.method.setCurrentIndex(dialog.method.findText("Sign in with Google (OAuth2)"))
    assert (dialog.host.text(), dialog.port.value(), dialog.security.currentData()) == (
        "smtp.gmail.com", 465, "tls",
    )  # fmt: skip
    dialog.port.setValue(2465)
    dialog.method.setCurrentIndex(dialog.method.findText("Password"))
    assert (dialog.host.text(), dialog.port.value()) == ("smtp.gmail.com", 2465)


def test_no_sign_in_is_a_choice_and_saves_as_such(
    qtbot: QtBot, dialog: AccountsDialog, store_path: Path
) -> None:
    select(dialog, "tls-password")
    dialog.method.setCurrentIndex(dialog.method.findText("No sign-in"))
    assert not dialog.password.isVisible() and not dialog.username.isVisible()
    save(qtbot, dialog)
    assert stored(store_path)["tls-password"] == replace(BY_ID["tls-password"], auth_method="none")
    select(dialog, "demo")
    dialog.method.setCurrentIndex(dialog.method.findText("Password"))
    dialog.username.setText("demo-user")
    dialog.save_button.click()  # a sign-in with a password, and none typed: not saved
    assert dialog.marks.reason(dialog.password) == (
        "Enter the password: this account signs in with one."
    )
    assert stored(store_path)["demo"] == BY_ID["demo"]
    qtbot.keyClicks(dialog.password, "demo-secret")
    assert dialog.marks.reason(dialog.password) == ""  # typing takes the mark off
    save(qtbot, dialog)
    assert stored(store_path)["demo"] == replace(
        BY_ID["demo"], auth_method="password", username="demo-user"
    )


def test_add_account_then_the_same_row_again_loads_it_and_saves_no_copy(
    qtbot: QtBot, dialog: AccountsDialog, store_path: Path
) -> None:
    select(dialog, "tls-password")
    dialog.new_account()
    assert dialog.address.text() == "" and dialog.editing is None
    select(dialog, "tls-password")
    assert shown(dialog) == expected_view(BY_ID["tls-password"])
    save(qtbot, dialog)
    assert stored(store_path) == BY_ID


class Deferred:
    """Stands in for run_in_background: keeps the jobs so the test decides when they end."""

    def __init__(self) -> None:
        self.jobs: list[tuple[Callable[[Progress], Any], Callable[[Any], object]]] = []

    def __call__(
        self, work: Callable[[Progress], Any], on_done: Callable[[Any], object],
        on_error: Callable[[Exception], object], on_progress: object = None,
        owner: object = None,
    ) -> Progress:  # fmt: skip
        self.jobs.append((work, on_done))
        return Progress()

    def finish(self, index: int) -> None:
        work, on_done = self.jobs[index]
        on_done(work(Progress()))


def test_a_save_that_ends_after_switching_accounts_leaves_the_form_on_the_new_one(
    qtbot: QtBot, dialog: AccountsDialog, store_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    deferred = Deferred()
    monkeypatch.setattr(accounts_dialog, "run_in_background", deferred)
    select(dialog, "tls-password")
    dialog.name.setText("Ann Renamed")
    dialog.save_button.click()  # the keyring is slow today
    select(dialog, "demo")
    with qtbot.waitSignal(dialog.changed):
        deferred.finish(0)
    assert dialog.list.currentRow() == [a.id for a in ACCOUNTS].index("demo")
    assert shown(dialog) == expected_view(BY_ID["demo"])
    dialog.save_button.click()  # Save on what the form shows: demo, unchanged
    deferred.finish(1)
    assert stored(store_path) == {
        **BY_ID,
        "tls-password": replace(BY_ID["tls-password"], display_name="Ann Renamed"),
    }


def test_the_sign_in_status_is_the_selected_accounts_even_when_an_older_check_ends_last(
    qtbot: QtBot, dialog: AccountsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    secrets.set_secret("microsoft-no-user", "refresh-me", tokens.REFRESH_KIND)
    deferred = Deferred()
    monkeypatch.setattr(oauth_section, "run_in_background", deferred)
    select(dialog, "microsoft-no-user")  # signed in; its check is slow
    select(dialog, "google")  # not signed in
    deferred.finish(1)
    assert dialog.oauth.status.text() == "Not signed in to Google"
    deferred.finish(0)  # the old check for the Microsoft account ends now
    assert dialog.oauth.status.text() == "Not signed in to Google"
    assert not dialog.oauth.sign_out_button.isEnabled()


def test_a_sign_in_that_ends_after_switching_accounts_is_not_shown_for_the_new_one(
    qtbot: QtBot, dialog: AccountsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    deferred = Deferred()
    monkeypatch.setattr(oauth_section, "run_in_background", deferred)
    select(dialog, "google")
    deferred.finish(0)
    dialog.oauth.sign_in_button.click()  # the browser is still open when ...
    select(dialog, "microsoft-no-user")  # ... the user looks at another account
    deferred.finish(2)
    assert dialog.oauth.status.text() == "Not signed in to Microsoft 365 / Outlook.com"
    with qtbot.waitSignal(dialog.oauth.signed_in):
        deferred.jobs[1][1]("ann@gmail.example")  # the Google sign-in completes
    assert dialog.oauth.status.text() == "Not signed in to Microsoft 365 / Outlook.com"
    assert dialog.oauth.sign_in_button.isEnabled()
