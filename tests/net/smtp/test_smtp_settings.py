"""SmtpSettings: the plain value the transport is given instead of a stored account."""

from __future__ import annotations

import dataclasses

import pytest

from threadline.net.smtp.settings import SmtpSettings
from threadline.services.sending import smtp_settings
from threadline.store.accounts import Account


def test_defaults_are_starttls_with_a_password() -> None:
    settings = SmtpSettings("smtp.example.org", 587)
    assert (settings.security, settings.auth_method) == ("starttls", "password")


def test_settings_are_frozen_values() -> None:
    one = SmtpSettings("smtp.example.org", 465, "tls", "oauth2")
    assert one == SmtpSettings("smtp.example.org", 465, "tls", "oauth2")
    assert len({one, SmtpSettings("smtp.example.org", 465, "tls", "oauth2")}) == 1
    with pytest.raises(dataclasses.FrozenInstanceError):
        one.port = 25  # type: ignore[misc]


def test_a_stored_account_becomes_its_settings() -> None:
    account = Account(id="a", address="ann@example.org", smtp_host="smtp.example.org",
                      smtp_port=465, security="tls", username="ann", auth_method="oauth2",
                      oauth_provider="google")  # fmt: skip
    assert smtp_settings(account) == SmtpSettings("smtp.example.org", 465, "tls", "oauth2")
