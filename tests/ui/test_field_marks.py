"""Problems marked beside their fields, all at once; a missing password said; a test result
that fits a test and goes when the settings change (issue 17, point 12)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.errors
import pytest
from PySide6.QtWidgets import QLineEdit, QSpinBox, QWidget
from pytestqt.qtbot import QtBot

from helpers.autoconfig_server import offline_lookups
from helpers.keyrings import FailingKeyring, MemoryKeyring
from helpers.smtp_server import free_port
from threadline.net import secrets
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.ui import accounts_dialog, worker
from threadline.ui.accounts_dialog import AccountsDialog
from threadline.ui.field_marks import FieldMarks

SAVED = Account(id="saved", address="bob@example.org", smtp_host="smtp.example.org",
                smtp_port=587, username="bob")  # fmt: skip


@pytest.fixture
def dialog(
    qtbot: QtBot, profile: Profile, memory_keyring: MemoryKeyring, monkeypatch: pytest.MonkeyPatch
) -> Iterator[AccountsDialog]:
    conn = db.connect(profile.store_path)
    AccountStore(conn).save(SAVED)
    conn.close()
    popups: list[str] = []
    monkeypatch.setattr(accounts_dialog, "show_error", lambda _w, _t, e: popups.append(str(e)))
    opened = AccountsDialog(profile)
    qtbot.addWidget(opened)
    opened.lookups = offline_lookups()
    opened.show()
    opened.new_account()
    yield opened
    qtbot.waitUntil(lambda: not worker._RUNNING, timeout=10_000)
    assert popups == []  # never a pop-up for the form's problems


def stored(profile: Profile) -> list[Account]:
    return AccountStore(db.connect(profile.store_path)).all()


def test_marks_show_under_their_row_and_go_one_by_one(qtbot: QtBot) -> None:
    marks = FieldMarks()
    port, other = QSpinBox(), QLineEdit()
    row = QWidget()
    box = marks.row(row, port, other)
    qtbot.addWidget(box)
    box.show()
    marks.show({port: "Not a port.", other: "Not a name."})
    [label] = [w for w in box.findChildren(type(accounts_dialog.plain_label())) if w.text()]
    assert label.text() == "Not a port. Not a name." and label.isVisible()
    assert "border" in port.styleSheet() and port.accessibleDescription() == "Not a port."
    marks.clear(port)
    assert label.text() == "Not a name." and port.styleSheet() == ""
    marks.show({})
    assert not label.isVisible() and marks.reason(other) == ""


def test_every_problem_is_marked_at_once_and_nothing_is_saved(
    qtbot: QtBot, dialog: AccountsDialog, profile: Profile
) -> None:
    qtbot.keyClicks(dialog.address, "ann")
    dialog.save_button.click()
    assert dialog.marks.reasons == {
        dialog.address: "'ann' is not an e-mail address (it needs a name@domain).",
        dialog.password: "Enter the password: this account signs in with one.",
        dialog.host: "Enter the server mail goes out through, e.g. smtp.example.org.",
    }
    assert dialog.feedback.text() == "Not saved yet: see the 3 marked fields."
    assert dialog.address.hasFocus()  # the first one, to fix it at once
    assert stored(profile) == [SAVED]
    qtbot.keyClicks(dialog.address, "@example.org")
    assert set(dialog.marks.reasons) == {dialog.password, dialog.host}  # only its own goes
    dialog.address.editingFinished.disconnect()  # no look-up of example.org here
    dialog.test_button.click()  # a test needs the same
    assert dialog.feedback.text() == "Not tested yet: see the 2 marked fields."
    assert set(dialog.marks.reasons) == {dialog.password, dialog.host}


def test_a_saved_account_without_a_stored_password_is_saved_with_a_warning(
    qtbot: QtBot, dialog: AccountsDialog, profile: Profile
) -> None:
    dialog.list.setCurrentRow(0)
    dialog.name.setText("Bob")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.save_button.click()
    assert dialog.feedback.text() == (
        "Saved Bob <bob@example.org>, but without a password: sending will fail until you enter it."
    )
    assert dialog.marks.reason(dialog.password).startswith("No password is stored")
    secrets.set_password(SAVED.id, "bob-secret")
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.save_button.click()
    assert dialog.feedback.text() == "Saved Bob <bob@example.org>."
    assert dialog.marks.reasons == {}


def test_a_local_server_without_a_user_name_is_shown_as_no_sign_in_once_saved(
    qtbot: QtBot, dialog: AccountsDialog
) -> None:
    dialog.address.setText("me@example.org")
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    assert dialog.method.currentText() == "Password"
    with qtbot.waitSignal(dialog.changed, timeout=10_000):
        dialog.save_button.click()
    assert dialog.editing is not None and dialog.editing.auth_method == "none"
    assert dialog.method.currentText() == "No sign-in"  # as stored, not "Password"
    assert not dialog.password.isVisible()
    assert "It signs in with nothing" in dialog.feedback.text()


def test_a_password_the_keyring_refuses_is_marked_and_kept_in_the_field(
    qtbot: QtBot, dialog: AccountsDialog, profile: Profile
) -> None:
    keyring.set_keyring(FailingKeyring(keyring.errors.KeyringLocked()))  # fixture restores
    dialog.address.setText("ann@example.org")
    dialog.host.setText("smtp.example.org")
    qtbot.keyClicks(dialog.password, "typed-once")
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.marks.reason(dialog.password) != "", timeout=10_000)
    assert dialog.feedback.text() == "Not saved: the password could not be stored."
    assert dialog.password.text() == "typed-once"
    assert stored(profile) == [SAVED]


def test_a_test_result_speaks_of_the_test_and_goes_when_a_field_changes(
    qtbot: QtBot, dialog: AccountsDialog
) -> None:
    dialog.address.setText("me@example.org")
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.port.setValue(free_port())  # nothing listens there
    dialog.test_button.click()
    qtbot.waitUntil(lambda: dialog.feedback.text().startswith("✘"), timeout=20_000)
    assert dialog.feedback.text() == (
        "✘ Sending (SMTP): 127.0.0.1 refused the connection. Check the server name and port."
    )
    qtbot.keyClicks(dialog.name, "M")
    assert dialog.feedback.text() == ""  # the result was for other settings


def test_a_result_for_settings_changed_during_the_test_is_not_shown(
    qtbot: QtBot, dialog: AccountsDialog, monkeypatch: pytest.MonkeyPatch
) -> None:
    jobs: list[tuple[object, object]] = []
    monkeypatch.setattr(
        accounts_dialog, "run_in_background",
        lambda work, done, failed, owner=None: jobs.append((work, done)),
    )  # fmt: skip
    dialog.address.setText("me@example.org")
    dialog.host.setText("127.0.0.1")
    dialog.security.setCurrentIndex(dialog.security.findData("none"))
    dialog.test_button.click()
    dialog.port.setValue(2526)  # changed while the test runs
    [(_work, done)] = jobs
    done([])  # type: ignore[operator]
    assert dialog.feedback.text() == (
        "The settings changed during the test: test again to check them."
    )
    assert dialog.test_button.isEnabled()
