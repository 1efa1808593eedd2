"""Library errors become sentences for people, classified temporary or not."""

from __future__ import annotations

import imaplib
import ssl

import pytest
from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from threadline.errors import InvalidInputError
from threadline.net.imap.errors import (
    AuthenticationFailed,
    CannotConnect,
    ConnectionDropped,
    ImapError,
    ServerRefused,
    TemporaryImapError,
    TimedOut,
    TlsFailed,
    from_imap_exception,
)


@pytest.mark.parametrize(
    ("error", "kind", "temporary", "words"),
    [
        (LoginError("b'[AUTHENTICATIONFAILED] Authentication failed.'"), AuthenticationFailed,
         False, "refused the user name or password ([AUTHENTICATIONFAILED] Authentication"),
        (LoginError("[UNAVAILABLE] Temporary authentication failure"), TemporaryImapError,
         True, "could not check the password right now"),
        (ConnectionRefusedError(111, "Connection refused"), CannotConnect, True,
         "refused the connection"),
        (TimeoutError("timed out"), TimedOut, True, "did not answer in time"),
        (IMAPClientAbortError("socket error: EOF"), ConnectionDropped, True,
         "closed the connection (socket error: EOF)"),
        (imaplib.IMAP4.abort("command: FETCH => socket error: EOF"), ConnectionDropped, True,
         "Threadline will try again"),
        (ssl.SSLError(1, "[SSL: WRONG_VERSION_NUMBER] wrong version number"), TlsFailed, False,
         "TLS is usually port 993"),
        (IMAPClientError("FETCH command error: BAD [b'Error in IMAP command']"), ServerRefused,
         False, "refused a request (FETCH command error: BAD [Error in IMAP command])"),
        (OSError(101, "Network is unreachable"), CannotConnect, True, "Network is unreachable"),
        (RuntimeError("boom"), ImapError, False, "failed unexpectedly (RuntimeError)"),
    ],
)  # fmt: skip
def test_library_errors_become_sentences(
    error: Exception, kind: type[ImapError], temporary: bool, words: str
) -> None:
    translated = from_imap_exception(error, "imap.example.org")
    assert type(translated) is kind
    assert getattr(translated, "temporary", False) is temporary
    assert words in str(translated)
    assert str(translated).startswith(("imap.example.org", "Cannot connect to imap.example.org",
                                       "The encrypted connection", "Talking to"))  # fmt: skip


def test_errors_that_already_speak_to_people_pass_through() -> None:
    error = InvalidInputError("Sign in again.")
    assert from_imap_exception(error, "h") is error
