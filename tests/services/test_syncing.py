"""IMAP sync against a real Dovecot (``ssl = required``, trustme CA): initial and
incremental sync, read state both ways, expunge, UIDVALIDITY change, QRESYNC and the
fallback without it, vanished folders, odd mail, and an empty mailbox."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers.dovecot import PASSWORD, USER, Dovecot, any_dovecot, append, dovecot, flags_of
from helpers.keyrings import memory_keyring
from helpers.mail import make_raw
from threadline.net.imap.errors import ConnectionDropped, FolderMissing
from threadline.net.imap.qresync import Selected
from threadline.net.imap.session import Fetched, FolderListing, ImapSession
from threadline.services import syncing
from threadline.services.syncing import (
    FULL_CHECK_EVERY,
    AccountSync,
    SyncProgress,
    SyncReport,
    folder_roles,
    session_factory,
    sync_accounts,
)
from threadline.store import db
from threadline.store.accounts import Account, AccountStore
from threadline.store.folders import INBOX, SENT, FolderStore
from threadline.store.messages import MessageStore

__all__ = ["any_dovecot", "dovecot", "memory_keyring"]

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def conn(tmp_path: Path) -> Iterator[sqlite3.Connection]:
    connection = db.connect(tmp_path / "store.sqlite")
    yield connection
    connection.close()


def imap_account(server: Dovecot, security: str = "tls") -> Account:
    port = server.tls_port if security == "tls" else server.port
    return Account(
        id="acct1",
        address="tester@example.test",
        smtp_host="127.0.0.1",
        smtp_port=2525,
        security="none",
        username=USER,
        imap_host="127.0.0.1",
        imap_port=port,
        imap_security=security,
    )


class Syncer:
    """Runs syncs of one account against one server, as the app and the CLI do."""

    def __init__(self, conn: sqlite3.Connection, server: Dovecot) -> None:
        from threadline.net import secrets

        self.conn = conn
        self.server = server
        self.account = AccountStore(conn).save(imap_account(server))
        secrets.set_password(self.account.id, PASSWORD)
        self.now = 1_800_000_000.0
        # a server that stops answering fails the test in 30 s, with its log (not a timeout)
        self.open = session_factory(None, ssl_context=server.ssl_context(), timeout=30.0)

    def run(self, folder: str | None = None) -> SyncReport:
        with self.open(self.account) as session:
            return AccountSync(self.conn, self.account, session, clock=lambda: self.now).run(folder)

    @property
    def store(self) -> MessageStore:
        return MessageStore(self.conn)

    @property
    def folders(self) -> FolderStore:
        return FolderStore(self.conn)


def count(conn: sqlite3.Connection, table: str, where: str = "1") -> int:
    return int(conn.execute(f"SELECT count(*) FROM {table} WHERE {where}").fetchone()[0])


def test_initial_sync_stores_inbox_and_sent_threaded_and_never_marks_mail_read(
    conn: sqlite3.Connection, dovecot: Dovecot
) -> None:
    root = make_raw("root@example.org", subject="Plans", body="Shall we meet?")
    append(dovecot, "INBOX", root)
    append(dovecot, "INBOX", make_raw("other@example.org", subject="Unrelated"), (b"\\Seen",))
    mine = make_raw(
        "reply@example.test",
        subject="Re: Plans",
        sender="tester@example.test",
        in_reply_to="root@example.org",
        references=["root@example.org"],
    )
    append(dovecot, "Sent", mine, (b"\\Seen",))
    syncer = Syncer(conn, dovecot)

    report = syncer.run()

    assert report.new == 3 and not report.failed, report
    assert {f.name for f in report.folders} == {"INBOX", "Sent"}
    store = syncer.store
    assert store.message_count() == 3
    plans = store.thread_of_message("root@example.org")
    assert plans is not None and plans == store.thread_of_message("reply@example.test")
    summary = store.conversation(plans)
    assert summary is not None
    assert (summary.message_count, summary.unread_count, summary.has_sent) == (2, 1, True)
    stored_root = store.find_by_message_id("root@example.org")[0]
    assert store.raw(stored_root.rowid) == root  # the exact bytes
    assert stored_root.is_unread
    assert flags_of(dovecot, "INBOX")[1] == set()  # BODY.PEEK: still unread on the server
    assert syncer.folders.folder_names(plans) == ["INBOX", "Sent"]
    assert store.search("meet")  # full-text search covers synced mail


def test_incremental_sync_fetches_only_new_mail_and_a_reply_joins_its_conversation(
    conn: sqlite3.Connection, any_dovecot: Dovecot
) -> None:
    append(any_dovecot, "INBOX", make_raw("a@example.org", subject="Ticket 4711"))
    syncer = Syncer(conn, any_dovecot)
    syncer.run()
    thread = syncer.store.thread_of_message("a@example.org")
    reply = make_raw(
        "b@example.org", subject="Re: Ticket 4711", in_reply_to="a@example.org",
        references=["a@example.org"], date="Wed, 25 Nov 2026 10:00:00 +0000",
    )  # fmt: skip
    append(any_dovecot, "INBOX", reply)

    report = syncer.run()

    assert report.new == 1
    assert syncer.store.thread_of_message("b@example.org") == thread
    summary = syncer.store.conversation(thread or 0)
    assert summary is not None and summary.message_count == 2
    assert syncer.run().new == 0  # nothing changed: nothing fetched
    assert syncer.store.message_count() == 2


def test_read_state_goes_both_ways(conn: sqlite3.Connection, any_dovecot: Dovecot) -> None:
    append(any_dovecot, "INBOX", make_raw("here@example.org", subject="Read here"))
    append(any_dovecot, "INBOX", make_raw("there@example.org", subject="Read there"))
    syncer = Syncer(conn, any_dovecot)
    syncer.run()
    here = syncer.store.thread_of_message("here@example.org")
    assert here is not None

    syncer.folders.mark_thread_read(here)  # the user opens the conversation
    with any_dovecot.admin() as client:  # and reads the other one on the phone
        client.select_folder("INBOX")
        client.add_flags([2], [b"\\Seen"])
    report = syncer.run()

    assert flags_of(any_dovecot, "INBOX") == {1: {"\\Seen"}, 2: {"\\Seen"}}
    there = syncer.store.find_by_message_id("there@example.org")[0]
    assert not there.is_unread
    assert report.folders[0].flags_changed == 1
    summary = syncer.store.conversation(there.thread_id)
    assert summary is not None and summary.unread_count == 0

    with any_dovecot.admin() as client:  # marked unread again elsewhere
        client.select_folder("INBOX")
        client.remove_flags([2], [b"\\Seen"])
    syncer.run()
    assert syncer.store.find_by_message_id("there@example.org")[0].is_unread

    read_here = syncer.store.find_by_message_id("here@example.org")[0]
    syncer.folders.mark_message_unread(read_here.rowid)  # "Mark as unread" here
    syncer.run()
    assert flags_of(any_dovecot, "INBOX") == {1: set(), 2: set()}
    assert syncer.store.find_by_message_id("here@example.org")[0].is_unread


def test_mail_expunged_on_the_server_stays_in_the_archive_marked_gone(
    conn: sqlite3.Connection, any_dovecot: Dovecot
) -> None:
    append(any_dovecot, "INBOX", make_raw("keep@example.org"))
    append(any_dovecot, "INBOX", make_raw("deleted@example.org"))
    syncer = Syncer(conn, any_dovecot)
    syncer.run()
    with any_dovecot.admin() as client:
        client.select_folder("INBOX")
        client.delete_messages([2])
        client.expunge()

    report = syncer.run()

    assert report.folders[0].gone == 1
    assert syncer.store.message_count() == 2  # the archive keeps it
    assert count(conn, "locations", "gone = 1") == 1
    thread = syncer.store.thread_of_message("deleted@example.org")
    assert thread is not None and syncer.folders.folder_names(thread) == []


def test_a_new_uidvalidity_starts_the_folder_over_without_duplicates(
    conn: sqlite3.Connection, dovecot: Dovecot
) -> None:
    messages = [make_raw(f"m{n}@example.org") for n in range(3)]
    with dovecot.admin() as client:
        client.create_folder("Projects")
    for raw in messages:
        append(dovecot, "Projects", raw)
    syncer = Syncer(conn, dovecot)
    syncer.run("Projects")
    (old,) = [f for f in syncer.folders.folders(syncer.account.id) if f.name == "Projects"]
    with dovecot.admin() as client:  # the folder is made anew on the server: new UIDs
        client.rename_folder("Projects", "Projects-old")
        client.create_folder("Projects")
    for raw in [*messages[1:], make_raw("m3@example.org")]:
        append(dovecot, "Projects", raw)

    report = syncer.run()

    (new,) = [f for f in syncer.folders.folders(syncer.account.id) if f.name == "Projects"]
    assert new.uidvalidity != old.uidvalidity
    assert report.new == 1  # m1 and m2 downloaded again, but the same bytes are one message
    assert syncer.store.message_count() == 4
    assert count(conn, "locations", f"uidvalidity = {new.uidvalidity} AND gone = 0") == 3
    assert count(conn, "locations", f"uidvalidity = {old.uidvalidity} AND gone = 0") == 0


def test_with_qresync_a_no_change_sync_asks_the_server_for_nothing_more(
    conn: sqlite3.Connection, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    append(dovecot, "INBOX", make_raw("q@example.org"))
    syncer = Syncer(conn, dovecot)
    syncer.run()
    calls: list[str] = []
    for name in ("flags", "all_uids", "uids_from", "fetch_messages"):
        original = getattr(ImapSession, name)
        monkeypatch.setattr(
            ImapSession, name,
            lambda self, *a, _n=name, _o=original, **k: calls.append(_n) or _o(self, *a, **k),
        )  # fmt: skip
    selections: list[Selected] = []
    original_select = ImapSession.select

    def select(self: ImapSession, name: str, **kwargs: object) -> Selected:
        selected = original_select(self, name, **kwargs)  # type: ignore[arg-type]
        selections.append(selected)
        return selected

    monkeypatch.setattr(ImapSession, "select", select)

    syncer.run()

    assert calls == []
    assert selections and all(s.resynced for s in selections)


def test_the_daily_full_check_catches_what_modseq_missed(
    conn: sqlite3.Connection, dovecot: Dovecot
) -> None:
    append(dovecot, "INBOX", make_raw("x@example.org"))
    append(dovecot, "INBOX", make_raw("y@example.org"))
    syncer = Syncer(conn, dovecot)
    syncer.run()
    conn.execute("DELETE FROM locations WHERE uid = 2")  # as if a sync had missed it

    assert syncer.run().new == 0  # QRESYNC says nothing changed
    syncer.now += FULL_CHECK_EVERY
    syncer.run()

    assert count(conn, "locations", "gone = 0") == 2


def test_a_folder_deleted_on_the_server_is_marked_missing_and_the_others_still_sync(
    conn: sqlite3.Connection, dovecot: Dovecot
) -> None:
    with dovecot.admin() as client:
        client.create_folder("Projects")
    append(dovecot, "Projects", make_raw("p@example.org"))
    syncer = Syncer(conn, dovecot)
    syncer.run("Projects")  # the user adds a folder
    assert syncer.store.find_by_message_id("p@example.org")
    with dovecot.admin() as client:
        client.delete_folder("Projects")
    append(dovecot, "INBOX", make_raw("i@example.org"))

    report = syncer.run()

    assert syncer.store.find_by_message_id("i@example.org")
    assert syncer.store.find_by_message_id("p@example.org")  # kept
    projects = [f for f in syncer.folders.folders(syncer.account.id) if f.name == "Projects"]
    assert projects and projects[0].missing and "no longer on the server" in projects[0].last_error
    assert not report.failed
    with dovecot.admin() as client:  # made again on the server, with new mail
        client.create_folder("Projects")
    append(dovecot, "Projects", make_raw("back@example.org"))

    again = syncer.run()

    assert "Projects" in [f.name for f in again.folders]
    assert syncer.store.find_by_message_id("back@example.org")


def test_selecting_a_vanished_folder_is_a_folder_missing_error(dovecot: Dovecot) -> None:
    from threadline.net.imap.auth import ImapPasswordLogin
    from threadline.net.imap.settings import ImapSettings

    session = ImapSession(
        ImapSettings("127.0.0.1", dovecot.tls_port),
        authenticator=ImapPasswordLogin(USER, lambda: PASSWORD),
        ssl_context=dovecot.ssl_context(),
    )
    with session, pytest.raises(FolderMissing, match="no longer on the server"):
        session.select("Gone")


def test_mail_python_cannot_parse_is_stored_raw(conn: sqlite3.Connection, dovecot: Dovecot) -> None:
    garbage = (
        b"From: \xff\xfe broken\r\nSubject: =?bogus?Q?x?=\r\nDate: yesterday-ish\r\n"
        b"Content-Type: multipart/mixed; boundary\r\n\r\n\x01\x1b[31m no boundary \xe9\r\n"
    )
    append(dovecot, "INBOX", garbage)
    syncer = Syncer(conn, dovecot)

    assert syncer.run().new == 1
    stored = conn.execute("SELECT id FROM messages").fetchone()[0]
    assert syncer.store.raw(stored) == garbage


def test_an_empty_mailbox_syncs_to_nothing(conn: sqlite3.Connection, any_dovecot: Dovecot) -> None:
    syncer = Syncer(conn, any_dovecot)
    report = syncer.run()
    assert report.new == 0 and not report.failed
    assert report.summary() == "tester@example.test: 0 new messages."
    assert syncer.run().new == 0


def test_one_accounts_failure_does_not_stop_the_others(
    conn: sqlite3.Connection, dovecot: Dovecot
) -> None:
    append(dovecot, "INBOX", make_raw("ok@example.org"))
    syncer = Syncer(conn, dovecot)
    broken = AccountStore(conn).save(
        Account(
            id="acct0", address="broken@example.test", smtp_host="127.0.0.1", smtp_port=1,
            security="none", username="nobody", imap_host="127.0.0.1",
            imap_port=dovecot.tls_port, imap_security="tls",
        )
    )  # fmt: skip

    reports = sync_accounts(conn, [broken, syncer.account], syncer.open)

    assert [r.account for r in reports] == ["broken@example.test", "tester@example.test"]
    assert "No password is stored" in reports[0].error
    assert reports[1].new == 1


def test_folder_roles_by_special_use_by_name_and_gmail_all_mail() -> None:
    def listing(*folders: tuple[str, tuple[str, ...]]) -> list[FolderListing]:
        return [FolderListing(name, flags, "/") for name, flags in folders]

    assert folder_roles(
        listing(("INBOX", ()), ("Gesendet", ("\\Sent",)), ("Sent", ())), gmail=False
    ) == {INBOX: "INBOX", SENT: "Gesendet"}
    assert folder_roles(listing(("INBOX", ()), ("INBOX/Sent Items", ())), gmail=False) == {
        INBOX: "INBOX",
        SENT: "INBOX/Sent Items",
    }
    gmail = listing(
        ("INBOX", ()), ("[Gmail]", ("\\Noselect",)), ("[Gmail]/All Mail", ("\\All",)),
        ("[Gmail]/Sent Mail", ("\\Sent",)),
    )  # fmt: skip
    assert folder_roles(gmail, gmail=True) == {"all": "[Gmail]/All Mail"}
    assert folder_roles(gmail, gmail=False) == {INBOX: "INBOX", SENT: "[Gmail]/Sent Mail"}


def test_a_connection_dropped_in_the_middle_of_a_large_fetch_resumes_next_time(
    conn: sqlite3.Connection, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(syncing, "BATCH_MESSAGES", 100)
    for n in range(1200):  # parsing reads 500 ahead: most fetches come after the cut
        dovecot.deliver(make_raw(f"big{n}@example.org", body="x" * 2000), f"{n}")
    syncer = Syncer(conn, dovecot)
    batches: list[int] = []

    def cut_after_the_first_batch(progress: SyncProgress) -> None:
        batches.append(progress.done)
        if len(batches) == 1:
            dovecot.drop_connections()

    with syncer.open(syncer.account) as session:
        sync = AccountSync(conn, syncer.account, session, progress=cut_after_the_first_batch)
        with pytest.raises(ConnectionDropped):
            sync.run()

    assert batches[0] == 100 and batches[-1] < 1200  # what was on its way may be stored
    assert syncer.store.message_count() == batches[-1]  # what was committed is kept
    report = syncer.run()
    assert report.new == 1200 - batches[-1] and syncer.store.message_count() == 1200
    assert count(conn, "locations", "gone = 0") == 1200


class GmailStandIn:
    """What a sync asks of Gmail, answered from memory: no Gmail server runs here, and
    Dovecot has no X-GM-EXT-1. Two labels show the same message (same X-GM-MSGID)."""

    gmail = True
    condstore = qresync = False
    host = "imap.gmail.com"

    def __init__(self, folders: dict[str, dict[int, tuple[bytes, int]]]) -> None:
        self.folders = folders  # name -> uid -> (raw, X-GM-MSGID)
        self.selected = ""
        self.downloaded: list[tuple[str, int]] = []

    def list_folders(self) -> list[FolderListing]:
        flags = {"[Gmail]/All Mail": ("\\All",), "Projects": ()}
        return [FolderListing(name, flags.get(name, ()), "/") for name in self.folders]

    def select(self, name: str, **_options: object) -> Selected:
        self.selected = name
        uids = self.folders[name]
        return Selected(name, 5, max(uids) + 1, 0, len(uids))

    def uids_from(self, first: int) -> list[int]:
        return [uid for uid in sorted(self.folders[self.selected]) if uid >= first]

    def gmail_ids(self, uids: list[int]) -> dict[int, tuple[int, tuple[str, ...]]]:
        return {uid: (self.folders[self.selected][uid][1], ("\\Seen",)) for uid in uids}

    def sizes(self, uids: list[int]) -> dict[int, int]:
        return {uid: len(self.folders[self.selected][uid][0]) for uid in uids}

    def fetch_messages(self, uids: list[int]) -> list[Fetched]:
        self.downloaded += [(self.selected, uid) for uid in uids]
        return [Fetched(uid, ("\\Seen",), *self.folders[self.selected][uid]) for uid in uids]


def test_on_gmail_all_mail_is_synced_and_a_labelled_copy_is_not_downloaded_again(
    conn: sqlite3.Connection,
) -> None:
    one, two = make_raw("one@example.org"), make_raw("two@example.org")
    gmail = GmailStandIn({
        "INBOX": {1: (one, 111)},
        "[Gmail]/All Mail": {7: (one, 111), 8: (two, 222)},
        "Projects": {3: (two, 222)},
    })  # fmt: skip
    account = AccountStore(conn).save(
        Account(id="g", address="ann@gmail.com", smtp_host="smtp.gmail.com", smtp_port=465,
                security="tls", username="ann@gmail.com", imap_host="imap.gmail.com")
    )  # fmt: skip
    sync = AccountSync(conn, account, gmail)  # type: ignore[arg-type]

    report = sync.run()
    sync.run("Projects")  # the user adds a label

    assert [f.name for f in report.folders] == ["[Gmail]/All Mail"]  # not INBOX and Sent
    assert gmail.downloaded == [("[Gmail]/All Mail", 7), ("[Gmail]/All Mail", 8)]
    assert MessageStore(conn).message_count() == 2
    thread = MessageStore(conn).thread_of_message("two@example.org")
    assert thread is not None
    assert FolderStore(conn).folder_names(thread) == ["Projects", "[Gmail]/All Mail"]


def test_a_folder_removed_while_it_syncs_is_left_and_the_others_still_sync(
    conn: sqlite3.Connection, dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The user stops syncing a folder (Folders dialog, `threadline folders remove`) while
    a sync downloads it: that folder ends quietly, not as an error (an error would stop
    the app syncing the account until the user asks), and its stored mail stays."""
    with dovecot.admin() as client:
        client.create_folder("Projects")
        client.create_folder("Receipts")
    for n in range(5):
        append(dovecot, "Projects", make_raw(f"p{n}@example.org", subject=f"Project {n}"))
    append(dovecot, "Receipts", make_raw("r@example.org", subject="Receipt"))
    syncer = Syncer(conn, dovecot)
    folders = syncer.folders
    projects = folders.ensure(syncer.account.id, "Projects")
    folders.ensure(syncer.account.id, "Receipts")
    monkeypatch.setattr(syncing, "BATCH_MESSAGES", 2)

    def remove_projects(step: SyncProgress) -> None:
        if step.folder == "Projects" and step.done == 2:  # its first batch is stored
            folders.remove(projects.id)

    with syncer.open(syncer.account) as session:
        report = AccountSync(conn, syncer.account, session, progress=remove_projects).run()

    assert not report.failed, report.summary()
    assert [f.name for f in report.folders] == ["INBOX", "Sent", "Receipts"]
    assert syncer.store.find_by_message_id("r@example.org")
    assert syncer.store.find_by_message_id("p0@example.org")  # stored before: kept
    assert not syncer.store.find_by_message_id("p4@example.org")
    assert [f.name for f in folders.folders(syncer.account.id)] == ["INBOX", "Sent", "Receipts"]
