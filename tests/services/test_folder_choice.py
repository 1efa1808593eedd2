"""Choosing the synced folders, against a real Dovecot (TLS, SPECIAL-USE Sent): the
server's folders beside the synced ones, adding one (its mail arrives with the next
sync), removing one (its mail stays), the role folders fixed, vanished ones shown."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.dovecot import PASSWORD, USER, Dovecot, append, dovecot
from helpers.keyrings import memory_keyring
from helpers.mail import make_raw
from threadline.errors import InvalidInputError
from threadline.net import secrets
from threadline.net.imap.errors import AuthenticationFailed
from threadline.net.imap.session import FolderListing
from threadline.services.folder_choice import (
    FolderChoice,
    ServerFolders,
    add_folder,
    apply_choice,
    folder_choices,
    load_server_folders,
    remove_folder,
)
from threadline.services.syncing import SessionFactory, session_factory, sync_accounts
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.folders import ALL, INBOX, SENT, FolderStore
from threadline.store.messages import MessageStore

__all__ = ["dovecot", "memory_keyring"]

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = db.connect(tmp_path / "store.sqlite")
    yield connection
    connection.close()


@pytest.fixture
def account(conn: sqlite3.Connection, dovecot: Dovecot) -> Account:
    saved = AccountStore(conn).save(
        Account(
            id="acct1", address="tester@example.test", smtp_host="127.0.0.1", smtp_port=2525,
            security="none", username=USER, imap_host="127.0.0.1", imap_port=dovecot.tls_port,
            imap_security="tls",
        )
    )  # fmt: skip
    secrets.set_password(saved.id, PASSWORD)
    return saved


@pytest.fixture
def open_session(dovecot: Dovecot) -> SessionFactory:
    return session_factory(None, ssl_context=dovecot.ssl_context())


def create(server: Dovecot, *names: str) -> None:
    with server.admin() as client:
        for name in names:
            client.create_folder(name)


def table(choices: list[FolderChoice]) -> list[tuple[str, str, str]]:
    return [(c.name, c.state, c.role_label) for c in choices]


def sync(conn: sqlite3.Connection, account: Account, open_session: SessionFactory) -> None:
    [report] = sync_accounts(conn, [account], open_session)
    assert not report.failed, report.summary()


def test_the_list_shows_the_servers_folders_with_the_role_folders_first(
    conn: sqlite3.Connection, account: Account, open_session: SessionFactory, dovecot: Dovecot
) -> None:
    create(dovecot, "Projects", "archive", "Lists.python")
    server = load_server_folders(open_session, account)
    assert server.host == "127.0.0.1" and not server.gmail

    choices = folder_choices(FolderStore(conn), account, server)

    assert table(choices) == [
        ("INBOX", "synced", "Inbox"),  # before the first sync too: it will be
        ("Sent", "synced", "Sent"),
        ("archive", "not synced", ""),
        ("Lists.python", "not synced", ""),
        ("Projects", "not synced", ""),
        ("Trash", "not synced", ""),
    ]  # "Lists" holds only folders (\Noselect): not a choice
    assert [c.fixed for c in choices] == [True, True, False, False, False, False]
    assert not any(c.removable for c in choices)
    assert [c.addable for c in choices] == [False, False, True, True, True, True]


def test_an_added_folder_syncs_and_a_removed_one_leaves_its_mail_in_the_archive(
    conn: sqlite3.Connection, account: Account, open_session: SessionFactory, dovecot: Dovecot
) -> None:
    create(dovecot, "Projects")
    append(dovecot, "Projects", make_raw("plan@example.org", subject="Plan"))
    append(dovecot, "Projects", make_raw("budget@example.org", subject="Budget"))
    folders = FolderStore(conn)
    server = load_server_folders(open_session, account)

    said = add_folder(folders, account, server, "Projects")

    assert said.changed
    assert str(said) == "Added 'Projects': its conversations arrive with the next sync."
    sync(conn, account, open_session)
    store = MessageStore(conn)
    assert store.find_by_message_id("plan@example.org")
    [projects] = [c for c in folder_choices(folders, account, server) if c.name == "Projects"]
    assert (projects.state, projects.messages, projects.removable) == ("synced", 2, True)
    again = add_folder(folders, account, server, "Projects")
    assert (str(again), again.changed) == ("'Projects' is already synced.", False)

    said = remove_folder(folders, account, "Projects")

    assert said.text == (
        "Stopped syncing 'Projects'. 2 messages from it stay in Threadline's archive, "
        "in their conversations and in search."
    )
    assert store.message_count() == 2
    assert store.find_by_message_id("budget@example.org")
    assert [f.name for f in folders.folders(account.id)] == ["INBOX", "Sent"]
    append(dovecot, "Projects", make_raw("later@example.org"))
    sync(conn, account, open_session)
    assert not store.find_by_message_id("later@example.org")  # not synced any more


def test_the_role_folders_cannot_be_removed_and_adding_them_says_so(
    conn: sqlite3.Connection, account: Account, open_session: SessionFactory
) -> None:
    sync(conn, account, open_session)
    folders = FolderStore(conn)
    server = load_server_folders(open_session, account)

    with pytest.raises(InvalidInputError) as inbox:
        remove_folder(folders, account, "inbox")  # INBOX in any case
    with pytest.raises(InvalidInputError) as sent:
        remove_folder(folders, account, "Sent")

    assert str(inbox.value) == (
        "'INBOX' is the account's Inbox: Threadline always syncs it, so it cannot be removed."
    )
    assert inbox.value.exit_code == 2
    assert "'Sent' is the account's Sent folder" in str(sent.value)
    assert add_folder(folders, account, server, "Sent").text == (
        "'Sent' is already synced: it is the account's Sent folder."
    )
    assert [f.name for f in folders.folders(account.id)] == ["INBOX", "Sent"]


def test_unknown_folders_are_bad_input_in_one_sentence(
    conn: sqlite3.Connection, account: Account, open_session: SessionFactory, dovecot: Dovecot
) -> None:
    create(dovecot, "Projects", "Lists.python")
    folders = FolderStore(conn)
    server = load_server_folders(open_session, account)

    with pytest.raises(InvalidInputError) as unknown:
        add_folder(folders, account, server, "Nope")
    with pytest.raises(InvalidInputError) as cased:
        add_folder(folders, account, server, "projects")
    with pytest.raises(InvalidInputError) as parent:
        add_folder(folders, account, server, "Lists")
    with pytest.raises(InvalidInputError) as not_synced:
        remove_folder(folders, account, "Projects")

    assert str(unknown.value) == (
        "There is no folder 'Nope' on 127.0.0.1. Folders there: 'INBOX', 'Lists.python', "
        "'Projects', 'Sent', 'Trash'."
    )
    assert str(cased.value) == (
        "There is no folder 'projects' on 127.0.0.1. Did you mean 'Projects'? "
        "(Names are case-sensitive.)"
    )
    assert str(parent.value) == (
        "The folder 'Lists' on 127.0.0.1 holds only other folders, not mail. "
        "Folders inside it: 'Lists.python'."
    )
    assert str(not_synced.value) == "'Projects' is not synced, so there is nothing to remove."
    assert folders.folders(account.id) == []


def test_a_folder_gone_from_the_server_is_listed_as_missing_and_can_be_forgotten(
    conn: sqlite3.Connection, account: Account, open_session: SessionFactory, dovecot: Dovecot
) -> None:
    create(dovecot, "Projects")
    append(dovecot, "Projects", make_raw("kept@example.org"))
    folders = FolderStore(conn)
    add_folder(folders, account, load_server_folders(open_session, account), "Projects")
    sync(conn, account, open_session)
    with dovecot.admin() as client:
        client.delete_folder("Projects")
    sync(conn, account, open_session)  # marks it missing

    [projects] = [
        c
        for c in folder_choices(folders, account, load_server_folders(open_session, account))
        if c.name == "Projects"
    ]

    assert (projects.state, projects.synced, projects.on_server) == ("missing", False, False)
    assert projects.note == (
        "no longer on the server (deleted or renamed); 1 message from it stays in Threadline"
    )
    assert projects.removable and not projects.addable
    assert remove_folder(folders, account, "Projects").text.startswith(
        "Stopped syncing 'Projects'."
    )
    assert MessageStore(conn).find_by_message_id("kept@example.org")


def test_a_folder_back_on_the_server_can_be_added_again(
    conn: sqlite3.Connection, account: Account, open_session: SessionFactory, dovecot: Dovecot
) -> None:
    create(dovecot, "Projects")
    folders = FolderStore(conn)
    add_folder(folders, account, load_server_folders(open_session, account), "Projects")
    sync(conn, account, open_session)
    with dovecot.admin() as client:
        client.delete_folder("Projects")
    sync(conn, account, open_session)
    create(dovecot, "Projects")
    append(dovecot, "Projects", make_raw("back@example.org"))
    server = load_server_folders(open_session, account)
    [projects] = [c for c in folder_choices(folders, account, server) if c.name == "Projects"]
    assert (projects.state, projects.addable) == ("not synced", True)
    assert "add it to sync it again" in projects.note

    add_folder(folders, account, server, "Projects")
    sync(conn, account, open_session)

    assert MessageStore(conn).find_by_message_id("back@example.org")


def test_applying_a_choice_adds_the_checked_and_removes_the_unchecked(
    conn: sqlite3.Connection, account: Account, open_session: SessionFactory, dovecot: Dovecot
) -> None:
    create(dovecot, "Projects", "Receipts")
    folders = FolderStore(conn)
    server = load_server_folders(open_session, account)
    add_folder(folders, account, server, "Receipts")

    said = apply_choice(folders, account, server, {"Projects"})  # INBOX, Sent left out

    assert [str(outcome) for outcome in said] == [
        "Added 'Projects': its conversations arrive with the next sync.",
        "Stopped syncing 'Receipts' (no mail of it was downloaded yet).",
    ]
    synced = [c.name for c in folder_choices(folders, account, server) if c.synced]
    assert synced == ["INBOX", "Sent", "Projects"]
    assert apply_choice(folders, account, server, set(synced)) == []


def test_a_refused_log_in_is_the_servers_error(
    account: Account, open_session: SessionFactory
) -> None:
    secrets.set_password(account.id, "wrong")
    with pytest.raises(AuthenticationFailed) as refused:
        load_server_folders(open_session, account)
    assert refused.value.exit_code == 1


def gmail_listing() -> ServerFolders:
    names = {
        "INBOX": ("\\HasNoChildren",),
        "[Gmail]": ("\\HasChildren", "\\Noselect"),
        "[Gmail]/All Mail": ("\\All", "\\HasNoChildren"),
        "[Gmail]/Sent Mail": ("\\HasNoChildren", "\\Sent"),
        "[Gmail]/Starred": ("\\Flagged", "\\HasNoChildren"),
        "Receipts": ("\\HasNoChildren",),
    }
    listing = tuple(FolderListing(name, flags, "/") for name, flags in names.items())
    return ServerFolders("imap.gmail.com", listing, gmail=True)


def test_on_gmail_all_mail_is_the_one_role_folder(
    conn: sqlite3.Connection, account: Account
) -> None:
    folders = FolderStore(conn)
    server = gmail_listing()

    assert table(folder_choices(folders, account, server)) == [
        ("[Gmail]/All Mail", "synced", "All Mail"),
        ("[Gmail]/Sent Mail", "not synced", ""),  # in All Mail already
        ("[Gmail]/Starred", "not synced", ""),
        ("INBOX", "not synced", ""),
        ("Receipts", "not synced", ""),
    ]
    with pytest.raises(InvalidInputError) as parent:
        add_folder(folders, account, server, "[Gmail]")
    assert str(parent.value) == (
        "The folder '[Gmail]' on imap.gmail.com holds only other folders, not mail. "
        "Folders inside it: '[Gmail]/All Mail', '[Gmail]/Sent Mail', '[Gmail]/Starred'."
    )
    folders.ensure(account.id, "[Gmail]/All Mail", ALL)
    assert add_folder(folders, account, server, "[Gmail]/All Mail").text == (
        "'[Gmail]/All Mail' is already synced: it is the account's All Mail folder."
    )


def test_a_long_list_of_names_is_cut_in_the_sentence(
    conn: sqlite3.Connection, account: Account
) -> None:
    listing = tuple(FolderListing(f"F{n:02d}", (), ".") for n in range(20))
    server = ServerFolders("imap.example.org", (FolderListing("INBOX", (), "."), *listing))
    with pytest.raises(InvalidInputError) as unknown:
        add_folder(FolderStore(conn), account, server, "Nope")
    assert str(unknown.value).endswith("'F11' and 9 more.")


def test_roles_follow_the_server_like_the_next_sync(
    conn: sqlite3.Connection, account: Account
) -> None:
    folders = FolderStore(conn)
    folders.ensure(account.id, "INBOX", INBOX)
    folders.ensure(account.id, "Sent", SENT)
    server = ServerFolders(
        "imap.example.org",
        (FolderListing("INBOX", (), "."), FolderListing("Sent", (), "."),
         FolderListing("Sent Items", ("\\Sent",), ".")),
    )  # fmt: skip

    choices = folder_choices(folders, account, server)

    assert table(choices) == [
        ("INBOX", "synced", "Inbox"),
        ("Sent Items", "synced", "Sent"),  # SPECIAL-USE wins, as in a sync
        ("Sent", "synced", ""),  # still synced (now as an added folder): removable
    ]
    assert choices[2].removable
