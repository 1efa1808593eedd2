"""Folders, their sync state and message locations: read state from both sides, expunged
mail kept, one message in two folders stored once."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.folders import INBOX, SENT, Folder, FolderStore, NewMessage
from threadline.store.indexing import index_message
from threadline.store.messages import MessageStore


@pytest.fixture
def folders(tmp_path: Path) -> Iterator[FolderStore]:
    conn = db.connect(tmp_path / "store.sqlite")
    AccountStore(conn).save(
        Account(id="a", address="a@x.org", smtp_host="127.0.0.1", smtp_port=25,
                security="none", auth_method="none", imap_host="127.0.0.1",
                imap_security="none")
    )  # fmt: skip
    yield FolderStore(conn)
    conn.close()


def new(uid: int, msgid: str, *, seen: bool = False, **headers: str) -> NewMessage:
    raw = make_raw(msgid, **headers)  # type: ignore[arg-type]
    return NewMessage(uid, seen, index_message(raw), raw)


def synced(folders: FolderStore, name: str = "INBOX", role: str = INBOX) -> Folder:
    folder = folders.ensure("a", name, role)
    return folders.reset_validity(folder.id, 77)


def unread(conn: sqlite3.Connection, msgid: str) -> bool:
    return MessageStore(conn).find_by_message_id(msgid)[0].is_unread


def test_a_role_belongs_to_one_folder(folders: FolderStore) -> None:
    folders.ensure("a", "Sent", SENT)
    folders.ensure("a", "Sent Items", SENT)
    assert folders.by_role("a", SENT) is not None
    assert {(f.name, f.role) for f in folders.folders("a")} == {("Sent", ""), ("Sent Items", SENT)}


def test_storing_moves_uidnext_and_keeps_read_state(folders: FolderStore) -> None:
    inbox = synced(folders)
    added = folders.store_new(inbox, [new(1, "r@x.org", seen=True), new(2, "u@x.org")], uidnext=3)
    assert added == 2
    assert folders.get(inbox.id).uidnext == 3
    assert not unread(folders.conn, "r@x.org") and unread(folders.conn, "u@x.org")
    assert folders.known_uids(inbox) == {1, 2}


def test_one_message_in_two_folders_is_stored_once_and_sent_mail_is_never_unread(
    folders: FolderStore,
) -> None:
    inbox, sent = synced(folders), synced(folders, "Sent", SENT)
    message = new(5, "both@x.org")
    folders.store_new(inbox, [message], uidnext=6)
    assert unread(folders.conn, "both@x.org")
    assert folders.store_new(sent, [NewMessage(9, False, message.record, message.raw)],
                             uidnext=10) == 0  # fmt: skip
    stored = MessageStore(folders.conn).find_by_message_id("both@x.org")
    assert len(stored) == 1 and not stored[0].is_unread and stored[0].is_sent
    assert folders.folder_names(stored[0].thread_id) == ["INBOX", "Sent"]


def test_local_reads_wait_for_the_server_and_win_over_stale_flags(folders: FolderStore) -> None:
    inbox = synced(folders)
    folders.store_new(inbox, [new(1, "m@x.org")], uidnext=2)
    thread = MessageStore(folders.conn).thread_of_message("m@x.org")
    assert thread is not None

    assert folders.mark_thread_read(thread) == 1
    assert folders.has_pending_seen() and folders.pending_seen(inbox) == [1]
    folders.apply_flags(inbox, {1: False})  # the server has not heard yet
    assert not unread(folders.conn, "m@x.org")
    folders.seen_stored(inbox, [1])
    assert not folders.has_pending_seen()
    assert folders.apply_flags(inbox, {1: False}) == 1  # marked unread elsewhere later
    assert unread(folders.conn, "m@x.org")
    summary = MessageStore(folders.conn).conversation(thread)
    assert summary is not None and summary.unread_count == 1


def test_marked_unread_here_waits_for_the_server_and_wins_over_stale_flags(
    folders: FolderStore,
) -> None:
    inbox = synced(folders)
    folders.store_new(inbox, [new(1, "r@x.org", seen=True), new(2, "q@x.org")], uidnext=3)
    store = MessageStore(folders.conn)
    [read_there] = store.find_by_message_id("r@x.org")
    assert not read_there.is_unread

    assert folders.mark_message_unread(read_there.rowid) == 1
    assert unread(folders.conn, "r@x.org") and folders.has_pending_seen()
    assert folders.pending_unseen(inbox) == [1] and folders.pending_seen(inbox) == []
    assert folders.apply_flags(inbox, {1: True}) == 0  # the server has not heard yet
    assert unread(folders.conn, "r@x.org")
    summary = store.conversation(read_there.thread_id)
    assert summary is not None and summary.unread_count == 1
    folders.unseen_stored(inbox, [1])
    assert not folders.has_pending_seen() and unread(folders.conn, "r@x.org")

    [other] = store.find_by_message_id("q@x.org")  # read here, not yet told: un-read it
    folders.mark_thread_read(other.thread_id)
    assert folders.mark_message_unread(other.rowid) == 0
    assert folders.pending_seen(inbox) == [] and folders.pending_unseen(inbox) == []
    assert unread(folders.conn, "q@x.org")


def test_a_message_only_here_is_marked_unread_here(folders: FolderStore) -> None:
    store = MessageStore(folders.conn)
    added = store.add_message(make_raw("local@x.org"))
    store.mark_read(added.thread_id)
    assert folders.mark_message_unread(added.rowid) == 0  # no server to tell
    assert unread(folders.conn, "local@x.org")


def test_gone_missing_and_a_new_uidvalidity_keep_the_messages(folders: FolderStore) -> None:
    inbox = synced(folders)
    folders.store_new(inbox, [new(1, "a@x.org"), new(2, "b@x.org")], uidnext=3)
    assert folders.mark_gone(inbox, [2, 99]) == 1
    assert folders.known_uids(inbox) == {1}
    renewed = folders.reset_validity(inbox.id, 78)
    assert (renewed.uidvalidity, renewed.uidnext, renewed.highestmodseq) == (78, 0, 0)
    assert folders.known_uids(renewed) == set()
    folders.mark_missing(inbox.id, "gone")
    assert folders.get(inbox.id).missing and folders.by_role("a", INBOX) is None
    assert MessageStore(folders.conn).message_count() == 2


def test_removing_a_folder_keeps_its_messages_and_counts_them_first(
    folders: FolderStore,
) -> None:
    inbox = synced(folders)
    projects = synced(folders, "Projects", "")
    folders.store_new(inbox, [new(1, "both@x.org")], uidnext=2)
    folders.store_new(projects, [new(1, "both@x.org"), new(2, "p@x.org")], uidnext=3)
    folders.mark_gone(projects, [2])
    assert folders.message_count(projects.id) == 2  # gone from the server or not
    assert folders.message_count(inbox.id) == 1

    folders.remove(projects.id)

    assert [f.name for f in folders.folders("a")] == ["INBOX"]
    assert MessageStore(folders.conn).message_count() == 2
    assert folders.message_count(projects.id) == 0
    assert folders.known_uids(inbox) == {1}
