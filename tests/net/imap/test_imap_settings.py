"""What the IMAP client is told of a stored account, and accounts without IMAP."""

from __future__ import annotations

import pytest

from threadline.errors import InvalidInputError
from threadline.net.imap.settings import ImapSettings
from threadline.services.syncing import imap_settings
from threadline.store.accounts import Account


def test_an_account_becomes_settings() -> None:
    account = Account(
        id="a", address="a@x.org", smtp_host="smtp.x.org", smtp_port=587,
        auth_method="oauth2", imap_host="imap.x.org", imap_port=143, imap_security="starttls",
    )  # fmt: skip
    assert imap_settings(account) == ImapSettings("imap.x.org", 143, "starttls", "oauth2")


def test_a_send_only_account_has_none() -> None:
    account = Account(id="a", address="a@x.org", smtp_host="smtp.x.org", smtp_port=587)
    with pytest.raises(InvalidInputError, match="has no incoming"):
        imap_settings(account)


def test_defaults_are_implicit_tls_on_993() -> None:
    assert ImapSettings("imap.x.org") == ImapSettings("imap.x.org", 993, "tls", "password")
