"""Every smtplib, socket and ssl failure becomes one SendError people can act on.

(``test_smtp_errors``, not ``test_errors``: threadline has four errors modules.)
"""

from __future__ import annotations

import smtplib
import socket
import ssl

import pytest

from threadline.net.errors import SendError
from threadline.net.smtp.errors import (
    AuthenticationFailed,
    CannotConnect,
    ConnectionDropped,
    PermanentRefusal,
    TemporaryRefusal,
    TimedOut,
    TlsFailed,
    UnexpectedError,
    from_smtp_exception,
)

HOST = "smtp.example.org"


def disconnected_by_a_timeout() -> smtplib.SMTPServerDisconnected:
    """What smtplib raises when a read times out (it hides the TimeoutError)."""
    error = smtplib.SMTPServerDisconnected("Connection unexpectedly closed: timed out")
    error.__context__ = TimeoutError("timed out")
    return error


def handshake_error() -> ssl.SSLError:
    """As the ssl module raises it: with the OpenSSL reason."""
    error = ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number")
    error.reason = "WRONG_VERSION_NUMBER"
    return error


def certificate_error() -> ssl.SSLCertVerificationError:
    error = ssl.SSLCertVerificationError(1, "certificate verify failed")
    error.verify_message = "self-signed certificate"
    return error


@pytest.mark.parametrize(
    ("error", "kind", "words", "reply"),
    [
        (smtplib.SMTPAuthenticationError(535, b"5.7.8  Bad\r\n credentials"),
         AuthenticationFailed, "refused the user name or password (535 5.7.8 Bad credentials)",
         "535 5.7.8 Bad credentials"),
        (smtplib.SMTPAuthenticationError(454, b"4.7.0 Try later"), TemporaryRefusal,
         "could not check the password right now (454 4.7.0 Try later)", "454 4.7.0 Try later"),
        (smtplib.SMTPRecipientsRefused({"a@x.org": (550, b"No such user")}), PermanentRefusal,
         "refused every recipient (a@x.org: 550 No such user). Check the addresses.",
         "a@x.org: 550 No such user"),
        (smtplib.SMTPRecipientsRefused({"a@x.org": (550, b"No"), "b@x.org": (452, b"Full")}),
         TemporaryRefusal, "refused every recipient for now", "a@x.org: 550 No; b@x.org: 452 Full"),
        (smtplib.SMTPDataError(451, "4.3.0 Busy"), TemporaryRefusal,
         "asked to try again later (451 4.3.0 Busy). Threadline will retry.", "451 4.3.0 Busy"),
        (smtplib.SMTPDataError(554, b"5.7.1 Spam"), PermanentRefusal,
         "refused the message (554 5.7.1 Spam). It stays in the outbox", "554 5.7.1 Spam"),
        (smtplib.SMTPSenderRefused(553, b"5.1.8 Bad sender", "me@x.org"), PermanentRefusal,
         "refused the sender address (553 5.1.8 Bad sender)", "553 5.1.8 Bad sender"),
        (smtplib.SMTPServerDisconnected("closed"), ConnectionDropped,
         "closed the connection before the message was accepted", ""),
        (disconnected_by_a_timeout(), TimedOut, "did not answer in time", ""),
        (certificate_error(), TlsFailed,
         "The certificate of smtp.example.org is not trusted (self-signed certificate)", ""),
        (handshake_error(), TlsFailed,
         "The encrypted connection to smtp.example.org failed (WRONG_VERSION_NUMBER)", ""),
        (TimeoutError("timed out"), TimedOut, "did not answer in time", ""),
        (TimeoutError("timed out"), TimedOut, "did not answer in time", ""),
        (ConnectionRefusedError(111, "Connection refused"), CannotConnect,
         "refused the connection. Check the server name and port.", ""),
        (socket.gaierror(-2, "Name or service not known"), CannotConnect,
         "Cannot connect to smtp.example.org (Name or service not known)", ""),
        (OSError(), CannotConnect, "Cannot connect to smtp.example.org (OSError)", ""),
        (ValueError("odd"), UnexpectedError,
         "Threadline could not send through smtp.example.org because of an error in "
         "Threadline itself (ValueError), not because of the server.", ""),
    ],
)  # fmt: skip
def test_each_failure_is_classified_and_worded(
    error: Exception, kind: type[SendError], words: str, reply: str
) -> None:
    converted = from_smtp_exception(error, HOST)
    assert type(converted) is kind
    assert words in str(converted)
    assert converted.reply == reply
    assert "\n" not in str(converted) and "\r" not in str(converted)


@pytest.mark.parametrize(
    ("kind", "temporary", "exit_code"),
    [
        (TemporaryRefusal, True, 75), (ConnectionDropped, True, 75), (TimedOut, True, 75),
        (CannotConnect, True, 75), (PermanentRefusal, False, 1), (AuthenticationFailed, False, 1),
        (TlsFailed, False, 1),
    ],
)  # fmt: skip
def test_what_is_retried_and_the_exit_status_scripts_see(
    kind: type[SendError], temporary: bool, exit_code: int
) -> None:
    assert (kind("x").temporary, kind("x").exit_code) == (temporary, exit_code)


def test_a_send_error_is_returned_as_it_is() -> None:
    original = PermanentRefusal("already worded", reply="554 x")
    assert from_smtp_exception(original, HOST) is original


def test_a_tls_error_without_an_openssl_reason_is_still_worded() -> None:
    error = from_smtp_exception(ssl.SSLError("handshake cut short"), HOST)  # no .reason
    assert isinstance(error, TlsFailed)
    assert str(error).startswith(f"The encrypted connection to {HOST} failed (")
