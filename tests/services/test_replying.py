"""The one place a stored message, a Message-ID or a thread key becomes a reply or forward."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers.identities import ACCOUNT_B, two_accounts
from helpers.mail import make_raw
from threadline.core.addresses import Address
from threadline.core.reply import ReplyMode
from threadline.errors import InvalidInputError
from threadline.services.identities import Senders
from threadline.services.replying import (
    Conversation,
    can_reply_to_list,
    forward_stored,
    reply_to_message_id,
    reply_to_stored,
    reply_to_thread_key,
)
from threadline.store import db
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore
from threadline.store.thread_keys import ThreadKeys


@pytest.fixture
def store(tmp_path: Path) -> MessageStore:
    return MessageStore(db.connect(tmp_path / "s.sqlite3"))


@pytest.fixture
def thread_id(store: MessageStore) -> int:
    return two_accounts(store.conn)


def rowid_of(store: MessageStore, message_id: str) -> int:
    return store.find_by_message_id(message_id)[-1].rowid


def test_a_reply_to_a_stored_message_from_the_alias_it_was_sent_to(
    store: MessageStore, thread_id: int
) -> None:
    plan = reply_to_stored(store, Senders.load(store.conn), rowid_of(store, "alias1@z.example"))
    assert plan.account == ACCOUNT_B
    assert plan.draft.sender == Address("b2@y.org", "Bea B")
    assert plan.draft.to == [Address("zed@z.example", "Zed")] and plan.draft.cc == []
    assert plan.draft.subject == "Re: Invoice 7"
    assert plan.draft.in_reply_to == "alias1@z.example"
    assert plan.draft.references == ["alias1@z.example"]
    assert "> Please pay." in plan.draft.body
    assert plan.conversation == Conversation(thread_id, "Invoice 7", 1, "Invoice 7")


def test_reply_all_leaves_out_every_address_of_ours_aliases_too(store: MessageStore) -> None:
    two_accounts(store.conn)
    raw = make_raw("all@z.example", subject="Team", to="b@y.org, b2@y.org, a@x.org, c@z.example")
    import_bytes(store, [raw])
    plan = reply_to_stored(
        store, Senders.load(store.conn), rowid_of(store, "all@z.example"), ReplyMode.ALL
    )
    assert plan.draft.sender.address == "b@y.org"  # the first of ours in To
    everyone = [a.address for a in plan.draft.to + plan.draft.cc]
    assert everyone == ["ann@example.org", "c@z.example"]


def test_a_forward_goes_from_the_alias_too_and_starts_a_conversation(
    store: MessageStore, thread_id: int
) -> None:
    plan = forward_stored(store, Senders.load(store.conn), rowid_of(store, "alias1@z.example"))
    assert plan.account == ACCOUNT_B and plan.draft.sender.address == "b2@y.org"
    assert plan.draft.subject == "Fwd: Invoice 7" and plan.draft.in_reply_to is None
    assert plan.conversation is None


def test_a_message_id_that_is_stored_is_a_reply_to_the_stored_message(
    store: MessageStore, thread_id: int
) -> None:
    senders = Senders.load(store.conn)
    by_id = reply_to_message_id(store, senders, "<alias1@z.example>", subject=None)
    stored = reply_to_stored(store, senders, rowid_of(store, "alias1@z.example"))
    assert by_id.account == stored.account and by_id.conversation == stored.conversation
    assert (by_id.draft.subject, by_id.draft.references) == (
        stored.draft.subject, stored.draft.references,
    )  # fmt: skip


def test_a_message_id_that_is_not_stored_is_replied_to_by_its_id_alone(
    store: MessageStore, thread_id: int
) -> None:
    plan = reply_to_message_id(
        store, Senders.load(store.conn), "<gone@z.example>", subject="Re: AW: Budget"
    )
    assert plan.draft.subject == "Re: Budget"
    assert plan.draft.in_reply_to == "gone@z.example"
    assert plan.draft.references == ["gone@z.example"]
    assert plan.draft.thread_topic == "Budget"
    assert plan.draft.sender.address == "a@x.org" and plan.conversation is None
    with pytest.raises(InvalidInputError, match="subject is unknown"):
        reply_to_message_id(store, Senders.load(store.conn), "gone@z.example", subject=None)
    with pytest.raises(InvalidInputError, match="is not a Message-ID"):
        reply_to_message_id(store, Senders.load(store.conn), "no-at-sign", subject="x")


def test_a_thread_key_replies_to_its_last_message_from_its_account(
    store: MessageStore, thread_id: int
) -> None:
    senders = Senders.load(store.conn)
    assert reply_to_thread_key(store, senders, "ticket-1") is None
    ThreadKeys(store.conn).advance(
        "ticket-1", account_id="b", subject="Ticket 1", message_id="t2@y.org",
        references=["t1@y.org"], thread_index="",
    )  # fmt: skip
    plan = reply_to_thread_key(store, senders, "ticket-1")
    assert plan is not None and plan.account == ACCOUNT_B
    assert (plan.draft.subject, plan.draft.in_reply_to, plan.draft.references) == (
        "Re: Ticket 1", "t2@y.org", ["t1@y.org", "t2@y.org"],
    )  # fmt: skip
    with pytest.raises(InvalidInputError, match="thread key"):
        reply_to_thread_key(store, senders, "two\nlines")


def test_a_reply_to_a_message_without_message_id_carries_a_warning(
    store: MessageStore, thread_id: int
) -> None:
    import_bytes(store, [make_raw(None, subject="No id here", to="b@y.org")])
    [row] = [r for r in store.conn.execute("SELECT id FROM messages WHERE has_message_id = 0")]
    plan = reply_to_stored(store, Senders.load(store.conn), row[0])
    assert plan.draft.in_reply_to is None
    assert "no Message-ID" in plan.warning and "subject" in plan.warning
    normal = reply_to_stored(store, Senders.load(store.conn), rowid_of(store, "alias1@z.example"))
    assert normal.warning == ""


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("List-Post: (Posting) <mailto:l@lists.example.org>\r\n", True),  # RFC 2369 comment
        ("List-Post: NO (posting is closed)\r\n", False),
        ("", False),
    ],
)
def test_reply_to_list_is_possible_only_where_the_list_names_its_address(
    store: MessageStore, header: str, expected: bool
) -> None:
    added = store.add_message(make_raw("l@lists.example.org", extra=header, body="x" * 100_000))
    assert can_reply_to_list(store, added.rowid) is expected
