"""What the store's queries return: plain, frozen values, read from a real SQLite file."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.messages import MessageStore
from threadline.store.models import (
    AddedMessage,
    ConversationSummary,
    KnownAddress,
    StoredMessage,
)


def stored(**changes: object) -> StoredMessage:
    values: dict[str, object] = dict(
        rowid=1, thread_id=1, message_id="a@x", has_message_id=True, parent_id=None,
        subject="s", from_name="Ann", from_addr="ann@example.org", to_addrs="", cc_addrs="",
        date_utc=0, snippet="", is_sent=False, is_unread=False,
    )  # fmt: skip
    values.update(changes)
    return StoredMessage(**values)  # type: ignore[arg-type]


def test_the_sender_is_the_name_else_the_address_else_said_to_be_unknown() -> None:
    assert stored().sender == "Ann"
    assert stored(from_name="").sender == "ann@example.org"
    assert stored(from_name="", from_addr="").sender == "(unknown sender)"
    assert stored().depth == 0  # a root unless tree order says otherwise


def test_a_known_address_is_formatted_with_its_name_when_it_has_one() -> None:
    assert KnownAddress("ann@example.org", "Ann Example", 3).formatted() == (
        "Ann Example <ann@example.org>"
    )
    assert KnownAddress("bob@example.net", "", 1).formatted() == "bob@example.net"


@pytest.mark.parametrize(
    "value",
    [
        AddedMessage(1, 2, duplicate=False),
        ConversationSummary(1, "s", "Ann", 1, 0, False, 0, ""),
        stored(),
        KnownAddress("a@x", "", 1),
    ],
)
def test_values_cannot_be_changed(value: object) -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        value.rowid = 99  # type: ignore[attr-defined]


def test_the_store_hands_out_plain_python_values(tmp_path: Path) -> None:
    store = MessageStore(db.connect(tmp_path / "store.sqlite3"))
    added = store.add_message(make_raw("a@x", sender="Ann <ann@example.org>"), is_unread=True)
    assert added == AddedMessage(added.rowid, added.thread_id, duplicate=False)
    message = store.message(added.rowid)
    assert type(message) is StoredMessage
    assert (message.is_unread, message.is_sent, message.has_message_id) == (True, False, True)
    assert all(type(getattr(message, f)) is bool for f in ("is_unread", "is_sent"))
    [summary] = store.conversations()
    assert type(summary) is ConversationSummary and type(summary.has_sent) is bool
    [known] = store.known_addresses("ann")
    assert known == KnownAddress("ann@example.org", "Ann", 1)
