"""Fixtures for the GUI tests: a profile with mail and an account on a real test server."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.dovecot import PASSWORD, USER, Dovecot, dovecot
from helpers.keyrings import MemoryKeyring, memory_keyring
from helpers.mail import make_raw
from helpers.smtp_server import SmtpServer, free_port, test_ca
from threadline.net import secrets
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore

__all__ = ["dovecot", "memory_keyring", "test_ca"]


@pytest.fixture
def server(test_ca: object) -> Iterator[SmtpServer]:
    with SmtpServer("plain", test_ca) as running:  # type: ignore[arg-type]
        yield running


@pytest.fixture
def mail_profile(tmp_path: Path, server: SmtpServer) -> Profile:
    """A profile with a three-message conversation, a single message and an account."""
    profile = Profile.at(tmp_path / "profile").ensure()
    conn = db.connect(profile.store_path)
    import_bytes(
        MessageStore(conn),
        [
            make_raw("plan1@northwind.example", subject="Launch plan",
                     sender="Maya <maya@northwind.example>", to="ann@example.org",
                     date="Mon, 23 Nov 2026 09:00:00 +0000", body="Draft plan attached."),
            make_raw("plan2@northwind.example", subject="Re: Launch plan",
                     sender="Omar <omar@northwind.example>", to="maya@northwind.example",
                     references=["plan1@northwind.example"],
                     in_reply_to="plan1@northwind.example",
                     date="Mon, 23 Nov 2026 11:00:00 +0000", body="Looks good."),
            make_raw("lunch@northwind.example", subject="Lunch?",
                     sender="Omar <omar@northwind.example>", to="ann@example.org",
                     date="Sun, 22 Nov 2026 11:00:00 +0000", body="Ramen?"),
        ],
    )  # fmt: skip
    AccountStore(conn).save(server.account())
    conn.close()
    # Sent messages go at once (no undo delay) unless a test asks for one.
    (profile.config_dir / "window.ini").write_text("[sending]\nundo_seconds=0\n")
    return profile


def imap_account(port: int) -> Account:
    """An account whose incoming server is the test Dovecot (implicit TLS on ``port``)."""
    return Account(
        id="imap", address="tester@example.test", display_name="Tess Ter",
        smtp_host="127.0.0.1", smtp_port=free_port(), security="none", username=USER,
        imap_host="127.0.0.1", imap_port=port, imap_security="tls",
    )  # fmt: skip


@pytest.fixture
def imap_profile(
    tmp_path: Path,
    dovecot: Dovecot,
    memory_keyring: MemoryKeyring,
    monkeypatch: pytest.MonkeyPatch,
) -> Profile:
    """An empty profile whose one account syncs from the test Dovecot (TLS, its CA
    trusted through THREADLINE_CA_FILE, the password in the keyring)."""
    monkeypatch.setenv("THREADLINE_CA_FILE", str(dovecot.ca_file))
    profile = Profile.at(tmp_path / "profile").ensure()
    conn = db.connect(profile.store_path)
    account = AccountStore(conn).save(imap_account(dovecot.tls_port))
    conn.close()
    secrets.set_password(account.id, PASSWORD)
    return profile


@pytest.fixture(autouse=True)
def no_key_left_pressed(qapp: object) -> Iterator[None]:
    """A test that closes a window with a shortcut (Ctrl+Return sends and closes) never
    delivers the Ctrl release: Qt then believes Ctrl is held, and the next test's
    selectRow() toggles instead of selecting. Each test starts with no key held."""
    yield
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QWidget

    if QGuiApplication.keyboardModifiers() == Qt.KeyboardModifier.NoModifier:
        return
    receiver = QWidget()
    for key in (Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta):
        QTest.keyRelease(receiver, key)
    receiver.deleteLater()


@pytest.fixture(scope="session", autouse=True)
def english(qapp: object) -> Iterator[None]:
    """English as the app has it (run_gui installs it): the source text, and the English
    catalogue's plural forms ("1 message", "2 messages" for "%n message(s)")."""
    from threadline.ui import translation

    installed = translation.install(translation.SOURCE_LANGUAGE)
    yield
    installed.remove()
