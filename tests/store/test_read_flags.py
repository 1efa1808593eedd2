"""Read or unread as the mail file says: Maildir's place and flags, mbox Status headers."""

from __future__ import annotations

import mailbox
from pathlib import Path

import pytest

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.importer import import_paths
from threadline.store.messages import MessageStore
from threadline.store.read_flags import was_read

CORPUS = Path(__file__).resolve().parents[1] / "corpus" / "mbox"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("1700000000.1.host", None),  # not in a Maildir: nothing said
        ("new/1700000000.1.host", False),
        ("cur/1700000000.1.host:2,S", True),
        ("cur/1700000000.1.host:2,FRS", True),
        ("cur/1700000000.1.host:2,F", False),
        ("cur/1700000000.1.host!2,S", True),  # Dovecot's separator where ':' is not allowed
        ("cur/1700000000.1.host", False),  # no info: no flags, so not seen
    ],
)
def test_a_maildir_says_it_by_place_and_flags(tmp_path: Path, name: str, expected: bool) -> None:
    for sub in ("cur", "new", "tmp"):
        (tmp_path / sub).mkdir()
    assert was_read(tmp_path / name, make_raw("m@x")) is expected


@pytest.mark.parametrize(
    ("headers", "expected"),
    [
        ("Status: RO\r\n", True),
        ("Status: O\r\n", False),
        ("X-Mozilla-Status: 0001\r\n", True),
        ("X-Mozilla-Status: 0000\r\nStatus: R\r\n", False),  # Thunderbird's own word first
        ("", None),
    ],
)
def test_an_mbox_message_says_it_in_its_headers(headers: str, expected: bool | None) -> None:
    assert was_read(Path("/archive.mbox"), make_raw("m@x", extra=headers)) is expected
    body_only = make_raw("m@x", body="Status: R\r\n")  # in the body it means nothing
    assert was_read(Path("/archive.mbox"), body_only) is None


def unread_ids(store: MessageStore) -> set[str]:
    rows = store.conn.execute("SELECT message_id FROM messages WHERE is_unread = 1")
    return {row[0] for row in rows}


def test_an_import_keeps_what_mutt_thunderbird_and_python_wrote(tmp_path: Path) -> None:
    box = mailbox.mbox(tmp_path / "python.mbox")
    for msgid, flags in (("read@x", "RO"), ("old@x", "O")):
        message = mailbox.mboxMessage(make_raw(msgid))
        message.set_flags(flags)
        box.add(message)
    box.add(make_raw("unknown@x"))  # no Status header: the file says nothing
    box.close()
    maildir = mailbox.Maildir(tmp_path / "Maildir", create=True)
    for msgid, subdir, flags in (("seen@x", "cur", "S"), ("fresh@x", "new", ""),
                                 ("flagged@x", "cur", "F")):  # fmt: skip
        message = mailbox.MaildirMessage(make_raw(msgid))
        message.set_subdir(subdir)
        message.set_flags(flags)
        maildir.add(message)
    store = MessageStore(db.connect(tmp_path / "s.sqlite3"))
    paths = [tmp_path / "python.mbox", tmp_path / "Maildir", *sorted(CORPUS.glob("*.mbox"))]
    report = import_paths(store, paths, workers=0)
    assert report.problems == []
    assert unread_ids(store) == {"old@x", "fresh@x", "flagged@x"}  # the rest was read
