"""Thread keys: a name a script chooses for a conversation, remembered in the store."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from types import SimpleNamespace

import pytest

from threadline.core.headers import HeaderInjectionError
from threadline.errors import InvalidInputError
from threadline.store import db, thread_keys
from threadline.store.accounts import Account, AccountStore
from threadline.store.thread_keys import ThreadKey, ThreadKeys, check_key


@pytest.fixture
def conn(tmp_path: Path) -> sqlite3.Connection:
    conn = db.connect(tmp_path / "store.sqlite3")
    account = Account(id="ops", address="ops@example.org", smtp_host="127.0.0.1",
                      smtp_port=2525, security="none", auth_method="none")  # fmt: skip
    AccountStore(conn).save(account)
    return conn


@pytest.mark.parametrize("key", ["ticket-4711", "Ticket 4711: printer", "k", "ü" * 200])
def test_any_one_line_text_up_to_200_characters_is_a_key(key: str) -> None:
    assert check_key(key) == key


@pytest.mark.parametrize("key", ["", "   ", "x" * 201])
def test_empty_or_long_keys_are_refused(key: str) -> None:
    with pytest.raises(InvalidInputError, match="A thread key must be 1 to 200 characters"):
        check_key(key)


@pytest.mark.parametrize("key", ["a\nb", "a\rb", "a\u2028b", "a\x1bb"])
def test_keys_with_line_breaks_or_controls_are_refused(key: str) -> None:
    with pytest.raises(HeaderInjectionError, match="The thread key contains"):
        check_key(key)


def test_a_key_remembers_the_newest_message_and_counts_them(conn: sqlite3.Connection) -> None:
    keys = ThreadKeys(conn)
    assert keys.get("k1") is None
    keys.advance("k1", account_id="ops", subject="Ticket 4711", message_id="m1@x",
                 references=[], thread_index="AQ==")  # fmt: skip
    assert keys.get("k1") == ThreadKey("k1", "ops", "Ticket 4711", "m1@x", (), "AQ==", 1)
    keys.advance("k1", account_id="other", subject="Re: Ticket 4711", message_id="m2@x",
                 references=["m1@x"], thread_index="AQB=")  # fmt: skip
    keys.advance("k1", account_id="other", subject="Re: Ticket 4711", message_id="m3@x",
                 references=["m1@x", "m2@x"], thread_index="AQC=")  # fmt: skip
    # the account and subject stay the first message's; the rest follows the newest
    assert keys.get("k1") == ThreadKey(
        "k1", "ops", "Ticket 4711", "m3@x", ("m1@x", "m2@x"), "AQC=", 3
    )


def test_a_key_survives_reopening_the_store(tmp_path: Path, conn: sqlite3.Connection) -> None:
    ThreadKeys(conn).advance("k1", account_id="ops", subject="s", message_id="m1@x",
                             references=[], thread_index="")  # fmt: skip
    conn.close()
    again = ThreadKeys(db.connect(tmp_path / "store.sqlite3")).get("k1")
    assert again is not None and again.last_message_id == "m1@x"


def test_all_lists_the_most_recently_used_first(
    conn: sqlite3.Connection, monkeypatch: pytest.MonkeyPatch
) -> None:
    keys = ThreadKeys(conn)
    for moment, key in ((100, "old"), (200, "middle"), (300, "new"), (400, "old")):
        monkeypatch.setattr(thread_keys, "time", SimpleNamespace(time=lambda m=moment: m))
        keys.advance(key, account_id="ops", subject=key, message_id=f"{key}{moment}@x",
                     references=[], thread_index="")  # fmt: skip
    assert [(k.key, k.messages) for k in keys.all()] == [("old", 2), ("new", 1), ("middle", 1)]
    assert ThreadKeys(conn).all()[0].last_message_id == "old400@x"


def test_a_new_topic_changes_the_keys_subject(conn: sqlite3.Connection) -> None:
    keys = ThreadKeys(conn)
    keys.advance("k1", account_id="ops", subject="Ticket 4711", message_id="m1@x",
                 references=[], thread_index="")  # fmt: skip
    keys.change_subject("k1", "Printer replaced")
    key = keys.get("k1")
    assert key is not None and key.subject == "Printer replaced" and key.messages == 1
