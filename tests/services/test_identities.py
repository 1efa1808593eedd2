"""Who a message goes from: the address the parent was sent to, else the account used last."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from helpers.identities import ACCOUNT_A, ACCOUNT_B, two_accounts
from helpers.mail import make_raw
from threadline.core.addresses import Address
from threadline.core.parse import parse_message
from threadline.errors import InvalidInputError, NotFoundError
from threadline.services.identities import (
    Identity,
    Senders,
    addressed_identity,
    identities,
    identity_index,
)
from threadline.store import db
from threadline.store.accounts import AccountStore, remember_last_used


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    connection = db.connect(tmp_path / "s.sqlite3")
    two_accounts(connection)
    return connection


def parent(to: str = "zed@z.example", extra: str = "", sender: str = "Zed <zed@z.example>"
           ) -> bytes:  # fmt: skip
    return make_raw("p@z.example", sender=sender, to=to, extra=extra)


def test_every_account_address_then_its_aliases_with_the_accounts_name() -> None:
    found = identities([ACCOUNT_A, ACCOUNT_B])
    assert found == [
        Identity("a", Address("a@x.org", "Ann A")),
        Identity("b", Address("b@y.org", "Bea B")),
        Identity("b", Address("b2@y.org", "Bea B")),
    ]
    assert [i.label for i in found][-1] == "Bea B <b2@y.org>"
    assert identity_index(found, Address("B2@y.org")) == 2
    assert identity_index(found, Address("nobody@y.org")) == -1


@pytest.mark.parametrize(
    ("to", "extra", "expected"),
    [
        ("b2@y.org", "", "b2@y.org"),
        ("list@z.example", "Cc: A@X.ORG", "a@x.org"),
        # To beats Cc, Cc beats Delivered-To, Delivered-To beats X-Original-To
        ("zed@z.example, b@y.org", "Cc: a@x.org", "b@y.org"),
        ("list@z.example", "Cc: b2@y.org\nDelivered-To: a@x.org", "b2@y.org"),
        ("list@z.example", "X-Original-To: b2@y.org\nDelivered-To: a@x.org", "a@x.org"),
        # every Delivered-To counts, in order
        ("list@z.example", "Delivered-To: x@z.example\nDelivered-To: b@y.org", "b@y.org"),
        ("list@z.example", "X-Original-To: b2@y.org", "b2@y.org"),
        # within one header, the first of ours
        ("b2@y.org, a@x.org", "", "b2@y.org"),
        ("list@z.example", "", None),
    ],
)
def test_the_parent_was_sent_to(to: str, extra: str, expected: str | None) -> None:
    found = addressed_identity(identities([ACCOUNT_A, ACCOUNT_B]), parse_message(parent(to, extra)))
    assert (found.address.address if found else None) == expected


def test_a_message_of_our_own_goes_on_from_where_it_came_from() -> None:
    ours = parse_message(parent("zed@z.example", sender="Bea <b2@y.org>"))
    found = addressed_identity(identities([ACCOUNT_A, ACCOUNT_B]), ours)
    assert found is not None and found.address.address == "b2@y.org"


def test_a_reply_goes_from_the_alias_and_the_account_that_owns_it(
    conn: sqlite3.Connection,
) -> None:
    sender = Senders.load(conn).choose(parse_message(parent("b2@y.org")))
    assert sender.account == ACCOUNT_B
    assert sender.address == Address("b2@y.org", "Bea B")


def test_nothing_to_go_by_means_the_account_used_last_else_the_first_or_an_error(
    conn: sqlite3.Connection,
) -> None:
    unrelated = parse_message(parent("list@z.example"))
    assert Senders.load(conn).choose(unrelated).account.id == "a"
    assert Senders.load(conn).choose().account.id == "a"
    with pytest.raises(InvalidInputError, match="several accounts; choose one with --account"):
        Senders.load(conn, strict=True).choose()
    remember_last_used(conn, "b")
    assert AccountStore(conn).last_used() == ACCOUNT_B
    for strict in (False, True):
        assert Senders.load(conn, strict=strict).choose().address == ACCOUNT_B.sender
        assert Senders.load(conn, strict=strict).choose(unrelated).account.id == "b"
    remember_last_used(conn, "a")
    assert Senders.load(conn, strict=True).choose().account.id == "a"
    # a conversation's own account (a thread key's) beats the one used last
    assert Senders.load(conn).choose(usual="b").account.id == "b"


def test_an_account_the_user_names_sends_and_naming_an_alias_sends_as_it(
    conn: sqlite3.Connection,
) -> None:
    to_alias = parse_message(parent("b2@y.org"))
    assert Senders.load(conn, "a").choose(to_alias).address == ACCOUNT_A.sender
    assert Senders.load(conn, "b").choose(to_alias).address.address == "b2@y.org"
    assert Senders.load(conn, "b").choose().address.address == "b@y.org"
    assert Senders.load(conn, "B2@y.org").choose().address.address == "b2@y.org"
    with pytest.raises(NotFoundError):
        Senders.load(conn, "c@z.example")


def test_no_account_at_all_says_how_to_add_one(tmp_path: Path) -> None:
    with pytest.raises(NotFoundError, match="accounts add"):
        Senders.load(db.connect(tmp_path / "empty.sqlite3")).choose()
