"""A test's result says nothing about retrying or the outbox, and no login where none was."""

from __future__ import annotations

import smtplib

import pytest

from threadline.net.imap.errors import from_imap_exception
from threadline.net.smtp.errors import from_smtp_exception
from threadline.services.account_check import SideCheck
from threadline.services.check_report import for_a_test, result_line
from threadline.store.accounts import Account

HOST = "mail.example.org"


@pytest.mark.parametrize(
    ("error", "expected"),
    [(TimeoutError(), "mail.example.org did not answer in time. Check the server name and "
                      "port if this keeps happening."),
     (ConnectionRefusedError(), "mail.example.org refused the connection. Check the server "
                                "name and port."),
     (OSError(101, "Network is unreachable"), "Cannot connect to mail.example.org (Network is "
      "unreachable). Check your network connection and the server settings."),
     (smtplib.SMTPAuthenticationError(454, b"4.7.0 Try later"), "mail.example.org could not "
      "check the password right now (454 4.7.0 Try later)."),
     (smtplib.SMTPResponseException(421, b"Busy"), "mail.example.org asked to try again later "
      "(421 Busy)."),
     (smtplib.SMTPServerDisconnected(), "mail.example.org closed the connection before the "
      "message was accepted."),
     (RuntimeError("bug"), "Threadline could not send through mail.example.org because of an "
      "error in Threadline itself (RuntimeError), not because of the server. Try again after "
      "updating Threadline, and please report this problem.")],
)  # fmt: skip
def test_the_outbox_promises_of_smtp_errors_go(error: Exception, expected: str) -> None:
    text = str(from_smtp_exception(error, HOST))
    assert "will try again" in text or "will retry" in text or "outbox" in text  # before
    assert for_a_test(text) == expected


@pytest.mark.parametrize(
    ("error", "expected"),
    [(TimeoutError(), "mail.example.org did not answer in time. Check the server name and "
                      "port if this keeps happening."),
     (ConnectionRefusedError(), "mail.example.org refused the connection. Check the server "
                                "name and port."),
     (EOFError(), "mail.example.org closed the connection (no reason given).")],
)  # fmt: skip
def test_the_outbox_promises_of_imap_errors_go(error: Exception, expected: str) -> None:
    text = str(from_imap_exception(error, HOST))
    assert "will try again" in text
    assert for_a_test(text) == expected


@pytest.mark.parametrize(
    "text",
    ["mail.example.org refused the user name or password (535 5.7.8 No). Check them in the "
     "account settings; some providers need an app password or OAuth sign-in.",
     "The certificate of mail.example.org is not trusted (self-signed). Someone may be "
     "intercepting the connection, or the server is misconfigured. Nothing was sent."],
)  # fmt: skip
def test_what_holds_for_a_test_too_stays_word_for_word(text: str) -> None:
    assert for_a_test(text) == text


def test_the_oauth_sign_in_text_loses_the_outbox_only() -> None:
    text = (
        "ann@example.org is not signed in to Google. Sign in from the account settings; the "
        "message waits in the outbox."
    )
    assert for_a_test(text) == (
        "ann@example.org is not signed in to Google. Sign in from the account settings."
    )


def test_a_server_that_takes_mail_without_a_login_is_not_said_to_accept_one() -> None:
    ok = SideCheck("Sending (SMTP)", True, "127.0.0.1 answered '250 x'; login accepted.")
    local = Account(id="l", address="a@example.org", smtp_host="127.0.0.1", smtp_port=25,
                    security="none", auth_method="none")  # fmt: skip
    assert result_line(ok, local) == (
        "✔ Sending (SMTP): 127.0.0.1 answered '250 x'; no sign-in needed."
    )
    signed = Account(id="s", address="a@example.org", smtp_host="127.0.0.1", smtp_port=25,
                     security="none", username="a")  # fmt: skip
    assert (
        result_line(ok, signed) == "✔ Sending (SMTP): 127.0.0.1 answered '250 x'; login accepted."
    )
    failed = SideCheck("Receiving (IMAP)", False, str(from_imap_exception(TimeoutError(), HOST)))
    assert result_line(failed, signed) == (
        "✘ Receiving (IMAP): mail.example.org did not answer in time. Check the server name and "
        "port if this keeps happening."
    )
