"""``threadline folders list|add|remove`` as scripts run it: real processes, a real Dovecot
over TLS, the real Secret Service keyring; one line per folder, one sentence per error,
the exit statuses of the rest of the CLI."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backend import KeyringBackend

from helpers.cli import run
from helpers.dovecot import PASSWORD, USER, Dovecot, append, dovecot
from helpers.mail import make_raw
from threadline.commands.folders import line
from threadline.net import secrets
from threadline.paths import Profile
from threadline.services.folder_choice import FolderChoice
from threadline.store import db
from threadline.store.accounts import Account, AccountStore

__all__ = ["dovecot"]


def imap_account(server: Dovecot, account_id: str = "synced", address: str = "") -> Account:
    return Account(
        id=account_id, address=address or "tester@example.test", smtp_host="127.0.0.1",
        smtp_port=2525, security="none", username=USER, imap_host="127.0.0.1",
        imap_port=server.tls_port, imap_security="tls",
    )  # fmt: skip


@pytest.fixture
def imap_profile(
    tmp_path: Path, dovecot: Dovecot, secret_service_keyring: KeyringBackend
) -> Iterator[Path]:
    """A profile whose one account syncs from the test Dovecot (password in the keyring)."""
    folder = tmp_path / "profile"
    conn = db.connect(Profile.at(folder).store_path)
    account = AccountStore(conn).save(imap_account(dovecot))
    conn.close()
    secrets.set_password(account.id, PASSWORD)
    yield folder
    secrets.delete_password(account.id)


@pytest.fixture
def env(dovecot: Dovecot) -> dict[str, str]:
    return {**os.environ, "THREADLINE_CA_FILE": str(dovecot.ca_file)}


def stored(profile: Path) -> int:
    conn = sqlite3.connect(f"file:{Profile.at(profile).store_path}?mode=ro", uri=True)
    try:
        return int(conn.execute("SELECT count(*) FROM messages").fetchone()[0])
    finally:
        conn.close()


def one_line_error(result: object, code: int) -> str:
    assert getattr(result, "returncode", None) == code, result
    stderr = str(getattr(result, "stderr", ""))
    assert getattr(result, "stdout", "") == ""
    assert stderr.startswith("threadline") and stderr.count("\n") == 1, stderr
    assert "Traceback" not in stderr
    return stderr


def test_list_shows_one_line_per_folder_with_the_role_folders_first(
    imap_profile: Path, dovecot: Dovecot, env: dict[str, str]
) -> None:
    with dovecot.admin() as client:
        client.create_folder("Projects")
        client.create_folder("Lists.python")

    result = run(imap_profile, "folders", "list", env=env)

    assert result.returncode == 0, result.stderr
    assert result.stdout == (
        "INBOX         synced      Inbox\n"
        "Sent          synced      Sent\n"
        "Lists.python  not synced\n"
        "Projects      not synced\n"
        "Trash         not synced\n"
    )
    assert result.stderr == ""


def test_add_sync_and_remove_a_folder_its_mail_stays(
    imap_profile: Path, dovecot: Dovecot, env: dict[str, str]
) -> None:
    with dovecot.admin() as client:
        client.create_folder("Projects")
    append(dovecot, "Projects", make_raw("plan@example.org", subject="Plan"))
    append(dovecot, "INBOX", make_raw("hello@example.org", subject="Hello"))

    added = run(imap_profile, "folders", "add", "Projects", "--account", "tester@example.test",
                env=env)  # fmt: skip

    assert added.returncode == 0, added.stderr
    assert added.stdout == (
        "Added 'Projects': its conversations arrive with the next sync. "
        "Run 'threadline sync' to fetch them now.\n"
    )
    synced = run(imap_profile, "sync", env=env)
    assert synced.stdout == "tester@example.test: 2 new messages.\n"
    listed = run(imap_profile, "folders", "list", env=env)
    assert "Projects  synced\n" in listed.stdout
    again = run(imap_profile, "folders", "add", "Projects", env=env)
    assert (again.returncode, again.stdout) == (0, "'Projects' is already synced.\n")

    assert dovecot.process is not None
    dovecot.process.terminate()  # removing needs no server
    dovecot.process.wait(timeout=30)
    removed = run(imap_profile, "folders", "remove", "Projects", env=env)

    assert removed.returncode == 0, removed.stderr
    assert removed.stdout == (
        "Stopped syncing 'Projects'. 1 message from it stays in Threadline's archive, "
        "in their conversations and in search.\n"
    )
    assert stored(imap_profile) == 2


def test_bad_input_is_exit_2_in_one_sentence(
    imap_profile: Path, dovecot: Dovecot, env: dict[str, str]
) -> None:
    unknown = one_line_error(run(imap_profile, "folders", "add", "Nope", env=env), 2)
    inbox = one_line_error(run(imap_profile, "folders", "remove", "INBOX", env=env), 2)
    assert run(imap_profile, "sync", env=env).returncode == 0
    role = one_line_error(run(imap_profile, "folders", "remove", "Sent", env=env), 2)
    not_synced = one_line_error(run(imap_profile, "folders", "remove", "Trash", env=env), 2)
    no_name = one_line_error(run(imap_profile, "folders", "add", env=env), 2)

    assert unknown == (
        "threadline: There is no folder 'Nope' on 127.0.0.1. "
        "Folders there: 'INBOX', 'Sent', 'Trash'.\n"
    )
    assert inbox == (  # before the first sync too
        "threadline: 'INBOX' is the account's Inbox: Threadline always syncs it, "
        "so it cannot be removed.\n"
    )
    assert role == (
        "threadline: 'Sent' is the account's Sent folder: Threadline always syncs it, "
        "so it cannot be removed.\n"
    )
    assert not_synced == (
        "threadline: 'Trash' is not synced, so there is nothing to remove. "
        "Synced folders: 'INBOX', 'Sent'.\n"
    )
    assert "the following arguments are required: name" in no_name


def test_the_account_must_have_an_incoming_server_and_be_chosen_among_several(
    imap_profile: Path, dovecot: Dovecot, env: dict[str, str], tmp_path: Path
) -> None:
    empty = one_line_error(run(tmp_path / "empty", "folders", "list"), 2)
    assert empty.startswith("threadline: No account has an incoming (IMAP) server yet.")
    conn = db.connect(Profile.at(imap_profile).store_path)
    AccountStore(conn).save(imap_account(dovecot, "other", "other@example.test"))
    conn.close()

    several = one_line_error(run(imap_profile, "folders", "list", env=env), 2)
    unknown = one_line_error(
        run(imap_profile, "folders", "list", "--account", "nobody@example.test", env=env), 2
    )
    chosen = run(imap_profile, "folders", "list", "--account", "synced", env=env)

    assert several.startswith(
        "threadline: Several accounts have an incoming server; choose one with --account: "
    )
    assert "other@example.test" in several and "tester@example.test" in several
    assert "There is no account 'nobody@example.test'" in unknown
    assert chosen.returncode == 0 and chosen.stdout.startswith("INBOX")


def test_the_server_failing_gives_the_clis_exit_statuses(
    imap_profile: Path, dovecot: Dovecot, env: dict[str, str]
) -> None:
    untrusted = one_line_error(run(imap_profile, "folders", "list"), 1)  # no test CA
    secrets.set_password("synced", "wrong")
    refused = one_line_error(run(imap_profile, "folders", "add", "Trash", env=env), 1)
    assert dovecot.process is not None
    dovecot.process.terminate()
    dovecot.process.wait(timeout=30)
    down = one_line_error(run(imap_profile, "folders", "list", env=env), 75)

    assert "certificate of 127.0.0.1 is not trusted" in untrusted
    assert "refused the user name or password" in refused and "wrong" not in refused
    assert "refused the connection" in down


def test_a_folder_gone_from_the_server_is_listed_as_missing(
    imap_profile: Path, dovecot: Dovecot, env: dict[str, str]
) -> None:
    with dovecot.admin() as client:
        client.create_folder("Projects")
    append(dovecot, "Projects", make_raw("kept@example.org"))
    assert run(imap_profile, "folders", "add", "Projects", env=env).returncode == 0
    assert run(imap_profile, "sync", env=env).returncode == 0
    with dovecot.admin() as client:
        client.delete_folder("Projects")

    result = run(imap_profile, "folders", "list", env=env)

    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[2] == (
        "Projects  missing     no longer on the server (deleted or renamed); "
        "1 message from it stays in Threadline"
    )


def test_a_hostile_folder_name_cannot_drive_the_terminal() -> None:
    choice = FolderChoice("Evil\x1b]0;owned\x07\nname", synced=False)
    assert line(choice, 10) == "Evil\\x1b]0;owned\\x07 name  not synced"
