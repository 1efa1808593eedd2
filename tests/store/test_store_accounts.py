"""Accounts in the store: aliases (validated, found by ``find``) and the account used last."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from threadline.errors import InvalidInputError
from threadline.store import db
from threadline.store.accounts import Account, AccountStore, remember_last_used

BOB = Account(id="bob", address="bob@y.org", smtp_host="127.0.0.1", smtp_port=2525,
              security="none", auth_method="none")  # fmt: skip
ANN = replace(BOB, id="ann", address="ann@x.org", aliases=("info@x.org", "Sales@X.org"))


@pytest.fixture
def store(tmp_path: Path) -> AccountStore:
    accounts = AccountStore(db.connect(tmp_path / "s.sqlite3"))
    accounts.save(ANN)
    accounts.save(BOB)
    return accounts


def test_aliases_are_stored_as_written_and_an_alias_finds_its_account(store: AccountStore) -> None:
    assert store.all() == [ANN, BOB]
    assert ANN.addresses == ("ann@x.org", "info@x.org", "Sales@X.org")
    assert store.find("sales@x.org") == ANN and store.find("bob@y.org") == BOB


@pytest.mark.parametrize(
    ("aliases", "problem"),
    [
        (("not an address",), "not an e-mail address"),
        (("BOB@y.org",), "twice"),
        (("info@x.org", "INFO@x.org"), "twice"),
        (("c@x.org\r\nBcc: e@v.il",), "line break"),
    ],
)
def test_a_bad_alias_is_refused_and_nothing_changes(
    store: AccountStore, aliases: tuple[str, ...], problem: str
) -> None:
    with pytest.raises(InvalidInputError, match=problem):
        store.save(replace(BOB, aliases=aliases))
    assert store.get("bob") == BOB


def test_the_account_used_last_is_remembered_in_the_store(
    store: AccountStore, tmp_path: Path
) -> None:
    assert store.last_used() is None
    remember_last_used(store.conn, "bob")
    assert store.last_used() == BOB
    remember_last_used(store.conn, "ann")
    remember_last_used(store.conn, "ann")
    again = AccountStore(db.connect(tmp_path / "s.sqlite3"))  # it lasts
    assert again.last_used() == ANN
    remember_last_used(store.conn, "bob")
    assert again.last_used() == BOB
    store.save(replace(BOB, display_name="Bob"))  # editing an account keeps it
    assert again.last_used() == replace(BOB, display_name="Bob")
