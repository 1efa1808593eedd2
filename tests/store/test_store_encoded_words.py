"""Encoded subjects and names are stored and listed decoded (issue 12, point 20)."""

from __future__ import annotations

from pathlib import Path

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.messages import MessageStore


def test_the_conversation_list_and_the_messages_hold_decoded_text(tmp_path: Path) -> None:
    store = MessageStore(db.connect(tmp_path / "s.sqlite3"))
    added = store.add_message(make_raw(
        "cafe@x",
        subject="=?iso-8859-1?q?caf=C3=A9?= =?utf-8?q?_pl?=\r\n"
        " =?utf-8?q?ans_=E2=82?= =?utf-8?q?=AC?=",
        sender="=?x-unknown?q?Zo=C3=AB?= <zoe@example.org>",
        to="=?us-ascii?q?J=FCrgen?= <j@example.org>",
    ))  # fmt: skip
    [listed] = store.conversations()
    assert listed.subject == "café plans €"
    assert listed.participants == "Zoë"
    stored = store.message(added.rowid)
    assert (stored.subject, stored.sender, stored.from_addr) == (
        "café plans €", "Zoë", "zoe@example.org"
    )  # fmt: skip
    assert [found.thread_id for found in store.search("café")] == [listed.thread_id]
    assert [known.name for known in store.known_addresses("j")] == ["Jürgen"]
