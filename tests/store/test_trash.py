"""The local Trash on a real SQLite file: deleted messages leave the list, search and the
reader but stay stored; Undo gives back exactly what one deletion took; server moves wait
on their locations, are cancelled by an early Undo and reversed by a late one."""

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
from threadline.store.trash import Trash

PLAN = make_raw("plan@x.org", subject="Launch plan", body="The rocket flies on Friday.",
                date="Mon, 23 Nov 2026 09:00:00 +0000")  # fmt: skip
REPLY = make_raw("reply@x.org", subject="Re: Launch plan", in_reply_to="plan@x.org",
                 references=["plan@x.org"], body="Friday suits me.",
                 date="Mon, 23 Nov 2026 11:00:00 +0000", sender="Omar <omar@x.org>")  # fmt: skip
LUNCH = make_raw("lunch@x.org", subject="Lunch?", body="Ramen?",
                 date="Sun, 22 Nov 2026 11:00:00 +0000")  # fmt: skip


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = db.connect(tmp_path / "store.sqlite")
    AccountStore(connection).save(
        Account(id="a", address="a@x.org", smtp_host="127.0.0.1", smtp_port=25,
                security="none", auth_method="none", imap_host="127.0.0.1",
                imap_security="none")
    )  # fmt: skip
    yield connection
    connection.close()


def rowid(conn: sqlite3.Connection, msgid: str) -> int:
    return MessageStore(conn).find_by_message_id(msgid)[0].rowid


def listed(conn: sqlite3.Connection) -> list[str]:
    return [c.subject for c in MessageStore(conn).conversations()]


def synced(conn: sqlite3.Connection, name: str = "INBOX", role: str = INBOX) -> Folder:
    folders = FolderStore(conn)
    return folders.reset_validity(folders.ensure("a", name, role).id, 77)


def located(conn: sqlite3.Connection, folder: Folder, uid: int, raw: bytes) -> None:
    FolderStore(conn).store_new(
        folder, [NewMessage(uid, False, index_message(raw), raw)], uidnext=uid + 1
    )


def test_a_deleted_conversation_leaves_list_search_and_reader_and_undo_brings_it_back(
    conn: sqlite3.Connection, tmp_path: Path
) -> None:
    store = MessageStore(conn)
    for raw in (PLAN, REPLY, LUNCH):
        store.add_message(raw)
    thread = store.thread_of_message("plan@x.org")
    assert thread is not None

    deletion = Trash(conn).delete_thread(thread, now=1_800_000_000)

    assert deletion is not None
    assert (deletion.subject, deletion.messages, deletion.deleted_at) == (
        "Launch plan", 2, 1_800_000_000,
    )  # fmt: skip
    assert listed(conn) == ["Lunch?"]
    assert store.conversation_count() == 1
    assert store.conversation(thread) is None
    assert store.search("rocket") == [] and store.search("friday") == []
    assert store.thread_messages(thread) == [] and store.newest_message(thread) is None
    # kept, byte for byte, in the file (another connection sees the same)
    other = db.connect(tmp_path / "store.sqlite")
    assert MessageStore(other).raw(rowid(other, "plan@x.org")) == PLAN
    assert [d.subject for d in Trash(other).deletions()] == ["Launch plan"]
    other.close()

    restored = Trash(conn).restore(deletion.id)

    assert (restored.thread_ids, restored.messages, restored.to_move_back) == ((thread,), 2, 0)
    assert listed(conn) == ["Launch plan", "Lunch?"]
    summary = store.conversation(thread)
    assert summary is not None and (summary.message_count, summary.participants) == (2, "Ann, Omar")
    assert [c.subject for c in store.search("rocket")] == ["Launch plan"]
    assert Trash(conn).deletions() == []
    with pytest.raises(KeyError):
        Trash(conn).restore(deletion.id)  # undone once only


def test_undo_gives_back_exactly_what_one_deletion_took(conn: sqlite3.Connection) -> None:
    store = MessageStore(conn)
    store.add_message(PLAN)
    store.add_message(REPLY)
    trash = Trash(conn)
    alone = trash.delete_messages([rowid(conn, "reply@x.org")])
    assert alone is not None and alone.messages == 1
    thread = store.thread_of_message("plan@x.org")
    assert thread is not None
    summary = store.conversation(thread)  # the rest of the conversation stays, recounted
    assert summary is not None and (summary.message_count, summary.participants) == (1, "Ann")
    assert [m.message_id for m in store.thread_messages(thread)] == ["plan@x.org"]
    whole = trash.delete_thread(thread)
    assert whole is not None and whole.messages == 1  # only what was left
    assert trash.delete_thread(thread) is None  # nothing left to delete

    trash.restore(whole.id)

    assert [m.message_id for m in store.thread_messages(thread)] == ["plan@x.org"]
    assert trash.is_deleted(rowid(conn, "reply@x.org"))
    assert [d.id for d in trash.deletions()] == [alone.id]
    trash.restore(alone.id)
    assert [m.message_id for m in store.thread_messages(thread)] == ["plan@x.org", "reply@x.org"]


def test_counts_follow_deletions_and_a_new_reply_shows_the_conversation_again(
    conn: sqlite3.Connection,
) -> None:
    store = MessageStore(conn)
    store.add_message(PLAN, is_unread=True)
    store.add_message(REPLY, is_unread=True)
    thread = store.thread_of_message("plan@x.org")
    assert thread is not None
    trash = Trash(conn)
    trash.delete_messages([rowid(conn, "reply@x.org")])
    summary = store.conversation(thread)
    assert summary is not None and (summary.unread_count, summary.latest_date) == (
        1, store.message(rowid(conn, "plan@x.org")).date_utc,
    )  # fmt: skip
    store.mark_unread(rowid(conn, "plan@x.org"))  # recounting leaves the deleted one out
    summary = store.conversation(thread)
    assert summary is not None and summary.unread_count == 1
    trash.delete_thread(thread)
    # the same bytes again (a re-import, a sync) do not bring a deleted message back
    assert store.add_message(PLAN, is_sent=True).duplicate
    assert store.conversation(thread) is None
    late = make_raw("late@x.org", subject="Re: Launch plan", in_reply_to="reply@x.org",
                    references=["plan@x.org", "reply@x.org"], sender="Zoe <zoe@x.org>",
                    date="Tue, 24 Nov 2026 10:00:00 +0000")  # fmt: skip

    added = store.add_message(late)

    assert added.thread_id == thread
    summary = store.conversation(thread)
    assert summary is not None
    assert (summary.message_count, summary.participants, summary.subject, summary.has_sent) == (
        1, "Zoe", "Re: Launch plan", False,
    )  # fmt: skip
    assert [m.message_id for m in store.thread_messages(thread)] == ["late@x.org"]


def test_a_merge_counts_only_messages_not_deleted(conn: sqlite3.Connection) -> None:
    store = MessageStore(conn)
    store.add_message(PLAN)
    store.add_message(make_raw("other@x.org", subject="Other", references=["middle@x.org"]))
    thread = store.thread_of_message("plan@x.org")
    assert thread is not None
    Trash(conn).delete_thread(thread)

    store.add_message(make_raw("middle@x.org", references=["plan@x.org"], subject="Joins"))

    [summary] = store.conversations()
    assert summary.message_count == 2  # "other" and "middle"; "plan" stays deleted
    assert {m.message_id for m in store.thread_messages(summary.thread_id)} == {
        "other@x.org", "middle@x.org",
    }  # fmt: skip


def test_deleting_queues_server_moves_and_undo_before_the_sync_cancels_them(
    conn: sqlite3.Connection,
) -> None:
    inbox, sent = synced(conn), synced(conn, "Sent", SENT)
    located(conn, inbox, 4, PLAN)
    located(conn, sent, 9, PLAN)  # the same message in two folders: two moves
    located(conn, inbox, 5, LUNCH)
    trash = Trash(conn)
    assert not trash.has_pending()
    thread = MessageStore(conn).thread_of_message("plan@x.org")
    assert thread is not None

    deletion = trash.delete_thread(thread)

    assert deletion is not None and deletion.to_move == 2
    assert trash.has_pending()
    assert trash.pending_moves(inbox) == [4] and trash.pending_moves(sent) == [9]
    restored = trash.restore(deletion.id)
    assert restored.to_move_back == 0
    assert not trash.has_pending()
    assert trash.pending_moves(inbox) == [] and trash.pending_moves(sent) == []


def test_after_the_move_undo_asks_the_sync_to_move_it_back(conn: sqlite3.Connection) -> None:
    inbox = synced(conn)
    located(conn, inbox, 4, PLAN)
    trash = Trash(conn)
    deletion = trash.delete_messages([rowid(conn, "plan@x.org")])
    assert deletion is not None

    trash.moved(inbox, [4], "Trash", trash_uidvalidity=900, new_uids={4: 31})

    assert trash.pending_moves(inbox) == [] and not trash.has_pending()
    assert FolderStore(conn).known_uids(inbox) == set()  # gone from INBOX on the server
    assert trash.pending_restores("a") == []
    restored = trash.restore(deletion.id)
    assert restored.to_move_back == 1 and trash.has_pending()
    [copy] = trash.pending_restores("a")
    assert (copy.trash, copy.uidvalidity, copy.uid, copy.folder_id, copy.message_id) == (
        "Trash", 900, 31, inbox.id, "plan@x.org",
    )  # fmt: skip
    # deleted again before the sync moved it back: it simply stays in the server's Trash
    again = trash.delete_messages([rowid(conn, "plan@x.org")])
    assert again is not None and again.to_move == 0
    assert trash.pending_restores("a") == [] and not trash.has_pending()
    trash.restore(again.id)
    [copy] = trash.pending_restores("a")

    trash.restored_on_server([copy])

    assert trash.pending_restores("a") == [] and not trash.has_pending()


def test_undo_during_the_move_still_brings_it_back(conn: sqlite3.Connection) -> None:
    """The sync read the pending move, the user pressed Undo, then the server moved it."""
    inbox = synced(conn)
    located(conn, inbox, 4, PLAN)
    trash = Trash(conn)
    deletion = trash.delete_messages([rowid(conn, "plan@x.org")])
    assert deletion is not None and trash.pending_moves(inbox) == [4]
    trash.restore(deletion.id)

    trash.moved(inbox, [4], "Trash")  # no COPYUID: found by Message-ID later

    [copy] = trash.pending_restores("a")
    assert (copy.uid, copy.uidvalidity) == (0, 0)


def test_kept_on_server_ends_the_wait(conn: sqlite3.Connection) -> None:
    inbox = synced(conn)
    located(conn, inbox, 4, PLAN)
    trash = Trash(conn)
    trash.delete_messages([rowid(conn, "plan@x.org")])
    trash.kept_on_server(inbox, [4])
    assert not trash.has_pending()
    assert FolderStore(conn).known_uids(inbox) == {4}  # still there on the server
    assert MessageStore(conn).conversations() == []  # and still deleted here


def test_unknown_or_deleted_messages_make_no_deletion(conn: sqlite3.Connection) -> None:
    MessageStore(conn).add_message(LUNCH)
    trash = Trash(conn)
    assert trash.delete_messages([]) is None
    assert trash.delete_messages([12345]) is None
    assert trash.delete_thread(12345) is None
    lunch = rowid(conn, "lunch@x.org")
    assert trash.delete_messages([lunch, lunch]) is not None
    assert trash.delete_messages([lunch]) is None
    assert trash.deleted_rowids(trash.deletions()[0].id) == [lunch]
