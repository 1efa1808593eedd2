"""A connection test's result, worded for the person who just ran it.

The network errors are written for the outbox, where "Threadline will try again" and
"the message waits in the outbox" are true. After a test nothing is retried and no
message waits: those sentences go, and what follows them ("check the server name")
stays. A server that took the connection without a login is not said to have accepted
one.
"""

from __future__ import annotations

import re

from threadline.services.account_check import SideCheck
from threadline.store.accounts import Account

_PROMISES = (
    (re.compile(r"\s*Threadline will (?:try again|retry)(?:; nothing was lost)?\."), ""),
    # "Threadline will try again; check the server name ..." -> "Check the server name ..."
    (re.compile(r"Threadline will try again; (\w)"), lambda m: m.group(1).upper()),
    (re.compile(r"; the message waits in the outbox\."), "."),
    (re.compile(r"\s*It stays in the outbox; change it or delete it\."), ""),
    (re.compile(r"The message stays in the outbox: (\w)"), lambda m: m.group(1).upper()),
)


def for_a_test(text: str) -> str:
    """``text`` without the promises of the outbox."""
    for pattern, replacement in _PROMISES:
        text = pattern.sub(replacement, text)
    return text.strip()


def result_line(check: SideCheck, account: Account) -> str:
    """One line of the Accounts window's test result: ✔ or ✘, the side, what happened."""
    text = for_a_test(check.text)
    if check.ok and account.auth_method == "none":
        text = text.replace("; login accepted", "; no sign-in needed")
    return f"{'✔' if check.ok else '✘'} {check.side}: {text}"
