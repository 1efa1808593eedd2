"""IDLE on a real Dovecot: new mail, flag changes and expunges wake the app; IDLE is
re-issued with a NOOP; a server that goes away is noticed and retried."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

from helpers.dovecot import PASSWORD, USER, Dovecot, append, dovecot
from helpers.keyrings import memory_keyring
from helpers.mail import make_raw
from threadline.net import secrets
from threadline.services.syncing import session_factory
from threadline.services.watching import InboxWatcher
from threadline.store.accounts import Account

__all__ = ["dovecot", "memory_keyring"]

pytestmark = pytest.mark.usefixtures("memory_keyring")


class Changes:
    """Counts ``on_change`` calls; tests wait for the next one."""

    def __init__(self) -> None:
        self.count = 0
        self.event = threading.Event()

    def __call__(self) -> None:
        self.count += 1
        self.event.set()

    def wait(self) -> bool:
        happened = self.event.wait(10)
        self.event.clear()
        return happened


@pytest.fixture
def watched(dovecot: Dovecot) -> Iterator[tuple[InboxWatcher, Changes]]:
    account = Account(
        id="w", address="tester@example.test", smtp_host="127.0.0.1", smtp_port=25,
        security="none", username=USER, imap_host="127.0.0.1", imap_port=dovecot.tls_port,
    )  # fmt: skip
    secrets.set_password(account.id, PASSWORD)
    changes = Changes()
    watcher = InboxWatcher(
        account, session_factory(None, ssl_context=dovecot.ssl_context()), changes, reissue=1.0
    )
    watcher.start()
    assert watcher.idling.wait(10)
    yield watcher, changes
    watcher.stop()
    assert not watcher.thread.is_alive()


def test_new_mail_flags_and_expunges_wake_the_app(
    watched: tuple[InboxWatcher, Changes], dovecot: Dovecot
) -> None:
    _watcher, changes = watched
    uid = append(dovecot, "INBOX", make_raw("new@example.org"))
    assert changes.wait()
    with dovecot.admin() as client:
        client.select_folder("INBOX")
        client.add_flags([uid], [b"\\Seen"])
    assert changes.wait()
    with dovecot.admin() as client:
        client.select_folder("INBOX")
        client.delete_messages([uid])
        client.expunge()
    assert changes.wait()


def test_idle_is_reissued_and_still_reports(
    watched: tuple[InboxWatcher, Changes], dovecot: Dovecot
) -> None:
    watcher, changes = watched
    watcher.idling.clear()
    assert watcher.idling.wait(10)  # DONE, NOOP, IDLE again (every second here)
    append(dovecot, "INBOX", make_raw("after@example.org"))
    assert changes.wait()
    assert watcher.last_error == ""


def test_a_dropped_connection_is_noticed_and_reopened(
    watched: tuple[InboxWatcher, Changes], dovecot: Dovecot
) -> None:
    watcher, changes = watched
    watcher.idling.clear()
    dovecot.drop_connections()

    assert watcher.failed.wait(10)
    assert "closed the connection" in watcher.last_error
    assert watcher.idling.wait(30)  # reconnected after the first backoff
    assert changes.wait()  # and asked for a sync to catch up


def test_a_refused_log_in_stops_the_watcher_instead_of_repeating_it(dovecot: Dovecot) -> None:
    account = Account(
        id="wrong", address="tester@example.test", smtp_host="127.0.0.1", smtp_port=25,
        security="none", username=USER, imap_host="127.0.0.1", imap_port=dovecot.tls_port,
    )  # fmt: skip
    secrets.set_password(account.id, "not the password")
    changes = Changes()
    watcher = InboxWatcher(
        account, session_factory(None, ssl_context=dovecot.ssl_context()), changes
    )
    watcher.start()
    watcher.thread.join(30)
    assert not watcher.thread.is_alive()
    assert watcher.refused and "refused the user name or password" in watcher.last_error
    assert changes.count == 0
