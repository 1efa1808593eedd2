"""Checking both sides of an account against real servers: aiosmtpd (STARTTLS, AUTH) and
Dovecot (``ssl = required``); each side is reported even when the other fails."""

from __future__ import annotations

import ssl

import pytest

from helpers.dovecot import Dovecot
from helpers.keyrings import memory_keyring
from helpers.provider import Provider, provider
from helpers.smtp_server import PASSWORD, CertificateAuthority, SmtpServer, test_ca
from threadline.net import secrets
from threadline.services.account_check import check_account, check_sending
from threadline.store.accounts import Account

__all__ = ["memory_keyring", "provider", "test_ca"]

pytestmark = pytest.mark.usefixtures("memory_keyring")


@pytest.fixture
def servers(provider: Provider) -> tuple[SmtpServer, Dovecot, ssl.SSLContext]:
    return provider.smtp, provider.imap, provider.ssl_context()


def account(smtp: SmtpServer, imap: Dovecot, **changes: object) -> Account:
    settings: dict[str, object] = {
        "imap_host": "127.0.0.1", "imap_port": imap.tls_port, "imap_security": "tls",
    }  # fmt: skip
    made = smtp.account(**{**settings, **changes})
    secrets.set_password(made.id, PASSWORD)
    return made


def test_both_sides_answer(servers: tuple[SmtpServer, Dovecot, ssl.SSLContext]) -> None:
    smtp, imap, context = servers

    sending, receiving = check_account(account(smtp, imap), None, context)

    assert sending.ok and "login accepted" in sending.text
    assert receiving.ok and receiving.side == "Receiving (IMAP)"
    assert receiving.text.startswith("127.0.0.1 answered 'Dovecot (Debian) ready.'")
    assert receiving.text.endswith("login accepted; syncs INBOX, Sent.")


def test_a_failing_side_does_not_hide_the_other(
    servers: tuple[SmtpServer, Dovecot, ssl.SSLContext],
) -> None:
    smtp, imap, context = servers
    wrong_port = account(smtp, imap, imap_port=imap.port, imap_security="tls")

    sending, receiving = check_account(wrong_port, None, context)

    assert sending.ok
    assert not receiving.ok and receiving.exit_code == 1
    assert "encrypted connection to 127.0.0.1 failed" in receiving.text


def test_a_send_only_account_checks_one_side(
    servers: tuple[SmtpServer, Dovecot, ssl.SSLContext],
) -> None:
    smtp, _imap, context = servers
    made = smtp.account()
    secrets.set_password(made.id, PASSWORD)
    assert [c.side for c in check_account(made, None, context)] == ["Sending (SMTP)"]


def test_a_server_that_takes_mail_without_a_login_is_not_said_to_accept_one(
    test_ca: CertificateAuthority,
) -> None:
    with SmtpServer("plain", test_ca) as smtp:
        check = check_sending(smtp.account(), None)
    assert check.ok
    assert check.text.startswith("127.0.0.1 answered '250 ")
    assert check.text.endswith("'; no sign-in needed.")
