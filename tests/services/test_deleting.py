"""Deleting and undoing, as the GUI and the CLI do it, with the server part against a real
Dovecot (``ssl = required``, SPECIAL-USE Trash), with MOVE and without it (COPY,
\\Deleted, UID EXPUNGE): the sync moves deleted mail to the Trash folder, a later sync
does not bring it back, and Undo before the sync cancels the move, after it moves back."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.dovecot import PASSWORD, USER, Dovecot, append, capability_config, ids_in
from helpers.keyrings import memory_keyring
from helpers.mail import make_raw
from threadline.errors import NotFoundError
from threadline.net.imap.session import FolderListing
from threadline.services.deleting import (
    delete_conversation,
    delete_message,
    deleted_text,
    restored_text,
    undo_deletion,
)
from threadline.services.syncing import AccountSync, SyncReport, session_factory, trash_folder
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.folders import FolderStore
from threadline.store.messages import MessageStore
from threadline.store.trash import Trash

__all__ = ["memory_keyring"]

pytestmark = pytest.mark.usefixtures("memory_keyring")

PLAN = make_raw("plan@example.org", subject="Launch plan", body="Friday it is.")
REPLY = make_raw("reply@example.test", subject="Re: Launch plan", sender="tester@example.test",
                 in_reply_to="plan@example.org", references=["plan@example.org"],
                 date="Wed, 25 Nov 2026 10:00:00 +0000")  # fmt: skip
LUNCH = make_raw("lunch@example.org", subject="Lunch?", body="Ramen?")


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = db.connect(tmp_path / "store.sqlite")
    yield connection
    connection.close()


@pytest.fixture(params=["move", "copy"])
def server(request: pytest.FixtureRequest) -> Iterator[Dovecot]:
    """Dovecot offering MOVE, and the same without it (the COPY + EXPUNGE fallback)."""
    extra = "" if request.param == "move" else capability_config(without=("MOVE",))
    with Dovecot(tls=True, extra_config=extra) as running:
        yield running.ready()
        running.print_log()


class Syncer:
    """Syncs one account of the test server into the store, as the app and CLI do."""

    def __init__(self, conn: sqlite3.Connection, server: Dovecot, security: str = "tls") -> None:
        from threadline.net import secrets

        self.conn = conn
        port = server.tls_port if security == "tls" else server.port
        self.account = AccountStore(conn).save(
            Account(id="acct1", address="tester@example.test", smtp_host="127.0.0.1",
                    smtp_port=2525, security="none", username=USER, imap_host="127.0.0.1",
                    imap_port=port, imap_security=security)
        )  # fmt: skip
        secrets.set_password(self.account.id, PASSWORD)
        context = server.ssl_context() if security == "tls" else None
        self.open = session_factory(None, ssl_context=context, timeout=30.0)

    def run(self, folder: str | None = None) -> SyncReport:
        with self.open(self.account) as session:
            return AccountSync(self.conn, self.account, session, workers=0).run(folder)


def subjects(conn: sqlite3.Connection) -> list[str]:
    return sorted(c.subject for c in MessageStore(conn).conversations())


def thread_of(conn: sqlite3.Connection, msgid: str) -> int:
    thread = MessageStore(conn).thread_of_message(msgid)
    assert thread is not None
    return thread


def test_the_use_case_deletes_and_undoes_and_says_so(conn: sqlite3.Connection) -> None:
    store = MessageStore(conn)
    store.add_message(PLAN)
    store.add_message(LUNCH)
    deletion = delete_conversation(conn, thread_of(conn, "plan@example.org"))
    assert subjects(conn) == ["Lunch?"]
    assert deleted_text(deletion, whole_conversation=True) == "Conversation moved to Trash."
    with pytest.raises(NotFoundError):
        delete_conversation(conn, thread_of(conn, "plan@example.org"))  # nothing left
    restored = undo_deletion(conn, deletion.id)
    assert restored_text(restored) == "1 message restored."
    assert subjects(conn) == ["Launch plan", "Lunch?"]
    with pytest.raises(NotFoundError, match="undone already"):
        undo_deletion(conn, deletion.id)
    lunch = store.find_by_message_id("lunch@example.org")[0].rowid
    assert deleted_text(delete_message(conn, lunch), whole_conversation=False) == (
        "Message moved to Trash."
    )
    with pytest.raises(NotFoundError):
        delete_message(conn, lunch)


def test_the_trash_folder_is_found_by_special_use_then_by_name() -> None:
    def listing(*folders: tuple[str, tuple[str, ...]]) -> list[FolderListing]:
        return [FolderListing(name, flags, ".") for name, flags in folders]

    assert trash_folder(listing(("INBOX", ()), ("Bin", ()), ("Papierkorb", ("\\Trash",)))) == (
        "Papierkorb"
    )
    assert trash_folder(listing(("INBOX", ()), ("INBOX.Deleted Items", ()))) == (
        "INBOX.Deleted Items"
    )
    assert trash_folder(listing(("INBOX", ()), ("Trash", ("\\Noselect",)))) is None
    assert trash_folder(listing(("INBOX", ()), ("Archive", ()))) is None


def test_a_deleted_conversation_moves_to_the_servers_trash_and_stays_deleted(
    conn: sqlite3.Connection, server: Dovecot
) -> None:
    append(server, "INBOX", PLAN)
    append(server, "INBOX", LUNCH)
    append(server, "Sent", REPLY, (b"\\Seen",))
    syncer = Syncer(conn, server)
    assert syncer.run().new == 3
    deletion = delete_conversation(conn, thread_of(conn, "plan@example.org"))
    assert deletion.to_move == 2  # one in INBOX, one in Sent
    assert "next sync" in deleted_text(deletion, whole_conversation=True)

    report = syncer.run()

    assert not report.failed, report
    assert sum(f.trashed for f in report.folders) == 2
    assert "2 moved to the server's Trash" in report.summary()
    assert ids_in(server, "INBOX") == ["lunch@example.org"]
    assert ids_in(server, "Sent") == []
    assert ids_in(server, "Trash") == ["plan@example.org", "reply@example.test"]
    assert not Trash(conn).has_pending()
    # later syncs, of the Trash folder too, do not bring it back into the list
    again = syncer.run()
    assert again.new == 0 and sum(f.trashed for f in again.folders) == 0
    syncer.run("Trash")
    assert subjects(conn) == ["Lunch?"]
    assert MessageStore(conn).search("Friday") == []


def test_undo_before_the_sync_leaves_the_server_alone(
    conn: sqlite3.Connection, server: Dovecot
) -> None:
    append(server, "INBOX", PLAN)
    syncer = Syncer(conn, server)
    syncer.run()
    deletion = delete_conversation(conn, thread_of(conn, "plan@example.org"))
    restored = undo_deletion(conn, deletion.id)
    assert restored.to_move_back == 0 and "server" not in restored_text(restored)

    report = syncer.run()

    assert sum(f.trashed for f in report.folders) == 0
    assert ids_in(server, "INBOX") == ["plan@example.org"]
    assert ids_in(server, "Trash") == []
    assert subjects(conn) == ["Launch plan"]


def test_undo_after_the_sync_moves_the_message_back(
    conn: sqlite3.Connection, server: Dovecot
) -> None:
    append(server, "INBOX", PLAN, (b"\\Seen",))
    append(server, "INBOX", LUNCH)
    syncer = Syncer(conn, server)
    syncer.run()
    deletion = delete_conversation(conn, thread_of(conn, "plan@example.org"))
    syncer.run()
    assert ids_in(server, "Trash") == ["plan@example.org"]
    restored = undo_deletion(conn, deletion.id)
    assert restored.to_move_back == 1
    assert "comes back from the server's Trash" in restored_text(restored)
    assert Trash(conn).has_pending()

    report = syncer.run()

    assert not report.failed, report
    assert ids_in(server, "Trash") == []
    assert ids_in(server, "INBOX") == ["lunch@example.org", "plan@example.org"]
    assert not Trash(conn).has_pending()
    store = MessageStore(conn)
    assert subjects(conn) == ["Launch plan", "Lunch?"]
    assert store.message_count() == 2  # the same message, found at its new UID
    [plan] = store.find_by_message_id("plan@example.org")
    assert not plan.is_unread  # \Seen came back with it
    inbox = FolderStore(conn).by_role(syncer.account.id, "inbox")
    assert inbox is not None and len(FolderStore(conn).known_uids(inbox)) == 2
    # and deleting it again moves the new copy
    delete_conversation(conn, plan.thread_id)
    syncer.run()
    assert ids_in(server, "INBOX") == ["lunch@example.org"]
    assert ids_in(server, "Trash") == ["plan@example.org"]


def test_a_server_without_a_trash_folder_keeps_the_message(conn: sqlite3.Connection) -> None:
    """No Trash folder (none by SPECIAL-USE or name): deleted here only, never expunged."""
    with Dovecot(tls=False) as server:
        server.ready()
        append(server, "INBOX", PLAN)
        syncer = Syncer(conn, server, security="none")
        syncer.run()
        delete_conversation(conn, thread_of(conn, "plan@example.org"))

        report = syncer.run()

        assert sum(f.kept for f in report.folders) == 1
        assert "1 deleted here only (the server has no Trash folder)" in report.summary()
        assert ids_in(server, "INBOX") == ["plan@example.org"]
        assert not Trash(conn).has_pending()
        syncer.run()
        assert subjects(conn) == []
