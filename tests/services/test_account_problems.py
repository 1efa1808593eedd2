"""Every problem of an account at once, by field, by the same rules as Account.validated."""

from __future__ import annotations

from dataclasses import replace

import pytest

from threadline.errors import InvalidInputError
from threadline.services.account_problems import account_problems
from threadline.store.accounts import Account

GOOD = Account(
    id="a", address="ann@example.org", smtp_host="smtp.example.org", smtp_port=587,
    security="starttls", username="ann", imap_host="imap.example.org",
)  # fmt: skip

#: One change each, with the field it must mark (None: a change that is fine).
CHANGES: list[tuple[dict[str, object], str | None]] = [
    ({}, None),
    ({"address": ""}, "address"),
    ({"address": "ann"}, "address"),
    ({"address": "ann@exa mple.org"}, "address"),
    ({"address": "ann@example.org\r\nBcc: x@y.example"}, "address"),
    ({"aliases": ("ann2@example.org", "nope")}, "aliases"),
    ({"aliases": ("ANN@example.org",)}, "aliases"),
    ({"aliases": ("b@example.org", "B@example.org")}, "aliases"),
    ({"smtp_host": ""}, "smtp_host"),
    ({"smtp_host": "smtp example.org"}, "smtp_host"),
    ({"smtp_port": 0}, "smtp_port"),
    ({"smtp_port": 65536}, "smtp_port"),
    ({"security": "none"}, "security"),
    ({"security": "none", "smtp_host": "127.0.0.1"}, None),
    ({"security": "ssl3"}, "security"),
    ({"imap_host": "imap\texample.org"}, "imap_host"),
    ({"imap_port": 70000}, "imap_port"),
    ({"imap_security": "none"}, "imap_security"),
    ({"imap_security": "none", "imap_host": "localhost"}, None),
    ({"imap_host": "", "imap_security": "none", "imap_port": 0}, None),  # only sends
    ({"username": ""}, "username"),
    ({"username": "", "auth_method": "none"}, None),
    ({"auth_method": "kerberos"}, "auth_method"),
]


@pytest.mark.parametrize(("change", "field"), CHANGES)
def test_each_problem_marks_its_field_exactly_when_validated_refuses(
    change: dict[str, object], field: str | None
) -> None:
    account = replace(GOOD, **change)  # type: ignore[arg-type]
    problems = account_problems(account)
    assert list(problems) == ([field] if field else [])
    if field is None:
        assert account.validated() is account
    else:
        with pytest.raises(InvalidInputError):
            account.validated()


def test_all_problems_come_at_once_in_words() -> None:
    account = replace(
        GOOD, address="ann", smtp_host="", security="none", username="", imap_host="imap.x.org",
        imap_security="none", aliases=("x",),
    )  # fmt: skip
    assert account_problems(account) == {
        "address": "'ann' is not an e-mail address (it needs a name@domain).",
        "aliases": "'x' is not an e-mail address (it needs a name@domain).",
        "smtp_host": "Enter the server mail goes out through, e.g. smtp.example.org.",
        "imap_security": "Mail from imap.x.org cannot come unencrypted: choose TLS or STARTTLS "
        "(only a server on this computer may go without).",
        "username": "Enter the user name for signing in (often the address).",
    }
    assert account_problems(replace(GOOD, security="none"))["security"] == (
        "Mail to smtp.example.org cannot go unencrypted: choose TLS or STARTTLS (only a server "
        "on this computer may go without)."
    )
    assert account_problems(replace(GOOD, address=""))["address"] == (
        "Enter the address mail goes out from, e.g. ann@example.org."
    )
