"""``threadline sync`` as scripts run it: a real process, a real Dovecot over TLS, the real
Secret Service keyring; exit statuses, one-sentence errors, and kill -9 in the middle."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from helpers.cli import run
from helpers.dovecot import PASSWORD, USER, Dovecot, append, dovecot
from helpers.mail import make_raw
from threadline.net import secrets
from threadline.paths import Profile
from threadline.store import db
from threadline.store.accounts import Account, AccountStore

__all__ = ["dovecot"]


@pytest.fixture
def imap_profile(
    tmp_path: Path, dovecot: Dovecot, secret_service_keyring: KeyringBackend
) -> Iterator[Path]:
    """A profile whose one account syncs from the test Dovecot (password in the keyring)."""
    folder = tmp_path / "profile"
    conn = db.connect(Profile.at(folder).store_path)
    account = AccountStore(conn).save(
        Account(
            id="synced", address="tester@example.test", smtp_host="127.0.0.1", smtp_port=2525,
            security="none", username=USER, imap_host="127.0.0.1", imap_port=dovecot.tls_port,
            imap_security="tls",
        )
    )  # fmt: skip
    conn.close()
    secrets.set_password(account.id, PASSWORD)
    yield folder
    secrets.delete_password(account.id)


def env_for(server: Dovecot) -> dict[str, str]:
    return {**os.environ, "THREADLINE_CA_FILE": str(server.ca_file)}


def stored(profile: Path) -> int:
    conn = sqlite3.connect(f"file:{Profile.at(profile).store_path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])
    except sqlite3.OperationalError:  # not created yet
        return 0
    finally:
        conn.close()


def test_sync_prints_a_summary_and_exits_0(imap_profile: Path, dovecot: Dovecot) -> None:
    append(dovecot, "INBOX", make_raw("one@example.org"))
    append(dovecot, "INBOX", make_raw("two@example.org"))

    result = run(imap_profile, "sync", env=env_for(dovecot))

    assert result.returncode == 0, result.stderr
    assert result.stdout == "tester@example.test: 2 new messages.\n"
    assert stored(imap_profile) == 2
    again = run(imap_profile, "sync", "--account", "tester@example.test", env=env_for(dovecot))
    assert (again.returncode, again.stdout) == (0, "tester@example.test: 0 new messages.\n")


def test_without_an_incoming_server_sync_is_bad_input(tmp_path: Path) -> None:
    result = run(tmp_path / "empty", "sync")
    assert result.returncode == 2
    assert result.stderr.startswith("threadline: No account has an incoming (IMAP) server")
    assert result.stderr.count("\n") == 1


def test_an_untrusted_certificate_is_refused_with_exit_1(
    imap_profile: Path, dovecot: Dovecot
) -> None:
    result = run(imap_profile, "sync")  # the test CA is not trusted by the system

    assert result.returncode == 1
    assert "certificate of 127.0.0.1 is not trusted" in result.stderr
    assert "Traceback" not in result.stderr and result.stderr.count("\n") == 1


def test_a_wrong_password_is_refused_with_exit_1(imap_profile: Path, dovecot: Dovecot) -> None:
    secrets.set_password("synced", "wrong")

    result = run(imap_profile, "sync", env=env_for(dovecot))

    assert result.returncode == 1
    assert "refused the user name or password" in result.stderr
    assert "wrong" not in result.stderr and "Traceback" not in result.stderr


def test_a_server_that_is_down_is_a_temporary_failure(imap_profile: Path, dovecot: Dovecot) -> None:
    assert dovecot.process is not None
    dovecot.process.terminate()
    dovecot.process.wait(timeout=30)

    result = run(imap_profile, "sync", env=env_for(dovecot))

    assert result.returncode == 75
    assert "refused the connection" in result.stderr


def test_an_unknown_folder_is_bad_input(imap_profile: Path, dovecot: Dovecot) -> None:
    result = run(imap_profile, "sync", "--folder", "Nope", env=env_for(dovecot))
    assert result.returncode == 2
    assert "There is no folder 'Nope' on 127.0.0.1" in result.stderr


@pytest.mark.slow
def test_kill_9_during_sync_loses_nothing_and_duplicates_nothing(
    imap_profile: Path, dovecot: Dovecot
) -> None:
    total = 3000
    for n in range(total):
        body = f"Message {n}. " + "Some text to make it a realistic size. " * 40
        dovecot.deliver(make_raw(f"bulk{n}@example.org", subject=f"Bulk {n}", body=body), f"{n}")
    process = subprocess.Popen(
        [sys.executable, "-m", "threadline", "--profile", str(imap_profile), "sync"],
        env=env_for(dovecot), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        while stored(imap_profile) == 0:  # until the first batch is committed
            try:
                process.wait(timeout=0.05)
            except subprocess.TimeoutExpired:
                continue
            pytest.fail("the sync ended before it could be killed")
        process.send_signal(signal.SIGKILL)
    finally:
        process.wait(timeout=60)
    partial = stored(imap_profile)
    assert 0 < partial < total

    result = run(imap_profile, "sync", env=env_for(dovecot))

    assert result.returncode == 0, result.stderr
    assert stored(imap_profile) == total
    conn = sqlite3.connect(Profile.at(imap_profile).store_path)
    (distinct,) = conn.execute("SELECT count(DISTINCT message_id) FROM messages").fetchone()
    (locations,) = conn.execute("SELECT count(*) FROM locations").fetchone()
    conn.close()
    assert distinct == total and locations == total
