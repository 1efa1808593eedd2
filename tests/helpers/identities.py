"""A store with two accounts, one of them with an alias, and mail sent to the alias."""

from __future__ import annotations

import sqlite3

from helpers.mail import make_raw
from threadline.store.accounts import Account, AccountStore
from threadline.store.importer import import_bytes
from threadline.store.messages import MessageStore

ACCOUNT_A = Account(id="a", address="a@x.org", display_name="Ann A", smtp_host="127.0.0.1",
                    smtp_port=2525, security="none", auth_method="none")  # fmt: skip
ACCOUNT_B = Account(id="b", address="b@y.org", display_name="Bea B", smtp_host="127.0.0.1",
                    smtp_port=2526, security="none", auth_method="none",
                    aliases=("b2@y.org",))  # fmt: skip

#: Sent to b's alias (written in capitals: addresses match case-insensitively).
TO_ALIAS = make_raw("alias1@z.example", subject="Invoice 7", sender="Zed <zed@z.example>",
                    to="Bea <B2@Y.ORG>", body="Please pay.")  # fmt: skip


def two_accounts(conn: sqlite3.Connection) -> int:
    """Save accounts a and b (alias b2) and store TO_ALIAS; returns its conversation."""
    for account in (ACCOUNT_A, ACCOUNT_B):
        AccountStore(conn).save(account)
    import_bytes(MessageStore(conn), [TO_ALIAS])
    [stored] = MessageStore(conn).find_by_message_id("alias1@z.example")
    return stored.thread_id
