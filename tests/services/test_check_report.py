"""A test's result says nothing about retrying or the outbox, and no login where none was."""

from __future__ import annotations

import smtplib

import pytest

from threadline.net.errors import SignInRequiredError
from threadline.net.imap.errors import from_imap_exception
from threadline.net.smtp.errors import from_smtp_exception
from threadline.services.account_check import SideCheck, failed
from threadline.services.check_report import result_line

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
     (smtplib.SMTPResponseException(554, b"No"), "mail.example.org refused the message "
      "(554 No)."),
     (smtplib.SMTPServerDisconnected(), "mail.example.org closed the connection before the "
      "message was accepted."),
     (RuntimeError("bug"), "Threadline could not send through mail.example.org because of an "
      "error in Threadline itself (RuntimeError), not because of the server. Try again after "
      "updating Threadline, and please report this problem.")],
)  # fmt: skip
def test_the_outbox_promises_of_smtp_errors_go(error: Exception, expected: str) -> None:
    mapped = from_smtp_exception(error, HOST)
    text = str(mapped)
    assert "will try again" in text or "will retry" in text or "outbox" in text  # before
    assert failed("Sending (SMTP)", mapped).text == expected
    assert failed("Sending (SMTP)", mapped).exit_code == mapped.exit_code


@pytest.mark.parametrize(
    ("error", "expected"),
    [(TimeoutError(), "mail.example.org did not answer in time. Check the server name and "
                      "port if this keeps happening."),
     (ConnectionRefusedError(), "mail.example.org refused the connection. Check the server "
                                "name and port."),
     (EOFError(), "mail.example.org closed the connection (no reason given).")],
)  # fmt: skip
def test_the_outbox_promises_of_imap_errors_go(error: Exception, expected: str) -> None:
    mapped = from_imap_exception(error, HOST)
    assert "will try again" in str(mapped)
    assert failed("Receiving (IMAP)", mapped).text == expected


@pytest.mark.parametrize(
    "error",
    [smtplib.SMTPAuthenticationError(535, b"5.7.8 No"),
     smtplib.SMTPRecipientsRefused({"a@example.org": (550, b"No such user")})],
)  # fmt: skip
def test_what_holds_for_a_test_too_stays_word_for_word(error: Exception) -> None:
    mapped = from_smtp_exception(error, HOST)
    assert mapped.test_text is None
    assert failed("Sending (SMTP)", mapped).text == str(mapped)


def test_the_oauth_sign_in_text_loses_the_outbox_only() -> None:
    error = SignInRequiredError(
        "ann@example.org is not signed in to Google. Sign in from the account settings; the "
        "message waits in the outbox.",
        test_text="ann@example.org is not signed in to Google. Sign in from the account settings.",
    )
    assert failed("Sending (SMTP)", error).text == (
        "ann@example.org is not signed in to Google. Sign in from the account settings."
    )


def test_a_line_per_side() -> None:
    ok = SideCheck("Sending (SMTP)", True, "127.0.0.1 answered '250 x'; no sign-in needed.")
    assert result_line(ok) == "✔ Sending (SMTP): 127.0.0.1 answered '250 x'; no sign-in needed."
    broken = failed("Receiving (IMAP)", from_imap_exception(TimeoutError(), HOST))
    assert result_line(broken) == (
        "✘ Receiving (IMAP): mail.example.org did not answer in time. Check the server name and "
        "port if this keeps happening."
    )
