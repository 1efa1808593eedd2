"""Export a conversation to mbox and a message to .eml, exactly as stored."""

from __future__ import annotations

import io
import os
import stat
from pathlib import Path

import pytest

from helpers.mail import make_raw
from threadline.errors import NotFoundError
from threadline.store import db
from threadline.store.export import export_conversation_mbox, export_message_eml
from threadline.store.mbox import read_mbox
from threadline.store.messages import MessageStore


@pytest.fixture
def store(tmp_path: Path) -> MessageStore:
    return MessageStore(db.connect(tmp_path / "store.sqlite3"))


def test_conversation_exports_to_mbox_and_message_to_eml(
    store: MessageStore, tmp_path: Path
) -> None:
    first = make_raw("a@x", body="From me\nto you")
    second = make_raw("b@x", references=["a@x"], date="Wed, 25 Nov 2026 10:00:00 +0000")
    added = store.add_message(first)
    store.add_message(second)
    count = export_conversation_mbox(store, added.thread_id, tmp_path / "t.mbox")
    assert count == 2
    with (tmp_path / "t.mbox").open("rb") as stream:
        assert [raw for _, raw in read_mbox(stream)] == [first, second]
    export_message_eml(store, added.rowid, tmp_path / "a.eml")
    assert (tmp_path / "a.eml").read_bytes() == first
    with pytest.raises(NotFoundError):
        export_conversation_mbox(store, 999, tmp_path / "x.mbox")


def test_a_conversation_is_exported_in_tree_order(store: MessageStore, tmp_path: Path) -> None:
    late_reply = make_raw("r1@x", references=["root@x"], date="Thu, 26 Nov 2026 10:00:00 +0000")
    root = make_raw("root@x", date="Mon, 23 Nov 2026 10:00:00 +0000")
    nested = make_raw("r2@x", references=["root@x", "r1@x"], in_reply_to="r1@x",
                      date="Fri, 27 Nov 2026 10:00:00 +0000")  # fmt: skip
    early_reply = make_raw("r3@x", references=["root@x"], date="Tue, 24 Nov 2026 10:00:00 +0000")
    for raw in (late_reply, nested, early_reply, root):
        thread = store.add_message(raw).thread_id
    assert export_conversation_mbox(store, thread, tmp_path / "t.mbox") == 4
    exported = [raw for _, raw in read_mbox(io.BytesIO((tmp_path / "t.mbox").read_bytes()))]
    assert exported == [root, early_reply, late_reply, nested]


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_an_existing_file_is_replaced_but_keeps_its_mode(
    store: MessageStore, tmp_path: Path
) -> None:
    added = store.add_message(make_raw("a@x"))
    target = tmp_path / "shared.eml"
    target.write_bytes(b"an older, longer export" * 100)
    target.chmod(0o644)
    export_message_eml(store, added.rowid, target)
    assert target.read_bytes() == make_raw("a@x")
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    with pytest.raises(NotFoundError, match="There is no message 999"):
        export_message_eml(store, 999, tmp_path / "none.eml")
    assert not (tmp_path / "none.eml").exists()
