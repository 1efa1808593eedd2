"""IMAP errors, classified and worded for people (the twin of ``net.smtp.errors``).

``temporary`` errors are retried by the sync with a backoff; the others wait for the
user (wrong password, untrusted certificate, a folder that no longer exists).
"""

from __future__ import annotations

import imaplib
import re
import socket
import ssl

from imapclient.exceptions import IMAPClientAbortError, IMAPClientError, LoginError

from threadline.errors import ThreadlineError
from threadline.i18n import translate
from threadline.net.errors import cannot_connect, connection_refused, timed_out


class ImapError(ThreadlineError):
    """Talking to the incoming server failed. ``temporary``: worth trying again later."""

    temporary = False
    exit_code = 1

    def __init__(self, message: str, *, test_text: str | None = None) -> None:
        super().__init__(message)
        self.test_text = test_text


class TemporaryImapError(ImapError):
    """A failure that may pass: the next sync tries again."""

    temporary = True
    exit_code = 75  # EX_TEMPFAIL


class CannotConnect(TemporaryImapError):
    """The server could not be reached."""


class TimedOut(TemporaryImapError):
    """The server stopped answering."""


class ConnectionDropped(TemporaryImapError):
    """The connection closed in the middle of a command (BYE, reset, EOF)."""


class AuthenticationFailed(ImapError):
    """The server refused the credentials."""


class PasswordMissing(ImapError):
    """No password is stored in the keyring for the account."""


class TlsFailed(ImapError):
    """The encrypted connection could not be set up or the certificate is not trusted."""


class StartTlsUnavailable(ImapError):
    """The account requires STARTTLS but the server does not offer it."""


class InsecureAuthRefused(ImapError):
    """Credentials would have gone over an unencrypted connection to another machine."""


class FolderMissing(ImapError):
    """A folder the account syncs is no longer on the server (deleted or renamed)."""


class ServerRefused(ImapError):
    """The server answered NO or BAD to a command."""


def _server_text(error: BaseException) -> str:
    """What the server said, on one line: imaplib hands over ``b'...'`` reprs."""
    text = " ".join(str(error).split())
    text = re.sub(r"""\bb(['"])(.*?)\1""", r"\2", text)
    return text[:300]


def from_imap_exception(error: BaseException, host: str) -> ThreadlineError:
    """Turn an imapclient / imaplib / socket / ssl exception into a :class:`ImapError`.

    Errors that already speak to people (:class:`ThreadlineError`, e.g. "sign in again")
    pass through unchanged. The text is in the user's language; what the server said stays
    as it said it. ``test_text`` leaves out "Threadline will try again" for a connection test.
    """
    if isinstance(error, ThreadlineError):
        return error
    if isinstance(error, LoginError):
        reason = _server_text(error)
        if "[UNAVAILABLE]" in reason.upper():
            return TemporaryImapError(
                translate(
                    "imap",
                    "{host} could not check the password right now ({reason}). Threadline "
                    "will try again.",
                ).format(host=host, reason=reason),
                test_text=translate(
                    "imap", "{host} could not check the password right now ({reason})."
                ).format(host=host, reason=reason),
            )
        return AuthenticationFailed(
            translate(
                "imap",
                "{host} refused the user name or password ({reason}). Check them in the "
                "account settings; some providers need an app password or OAuth sign-in.",
            ).format(host=host, reason=reason)
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return TlsFailed(
            translate(
                "imap",
                "The certificate of {host} is not trusted ({reason}). Someone may be "
                "intercepting the connection, or the server uses a certificate your system "
                "does not know. Nothing was sent or received.",
            ).format(host=host, reason=error.verify_message)
        )
    if isinstance(error, ssl.SSLError):
        return TlsFailed(
            translate(
                "imap",
                "The encrypted connection to {host} failed ({reason}). Check the port and "
                "security settings (TLS is usually port 993, STARTTLS port 143).",
            ).format(host=host, reason=getattr(error, "reason", None) or error)
        )
    if isinstance(error, TimeoutError | socket.timeout):
        text, test = timed_out(host)
        return TimedOut(text, test_text=test)
    if isinstance(error, ConnectionRefusedError):
        text, test = connection_refused(host)
        return CannotConnect(text, test_text=test)
    if isinstance(error, IMAPClientAbortError | imaplib.IMAP4.abort | EOFError):
        if isinstance(error.__context__, TimeoutError):
            return from_imap_exception(error.__context__, host)
        reason = _server_text(error) or translate("imap", "no reason given")
        return ConnectionDropped(
            translate(
                "imap",
                "{host} closed the connection ({reason}). Threadline will try again; nothing "
                "was lost.",
            ).format(host=host, reason=reason),
            test_text=translate("imap", "{host} closed the connection ({reason}).").format(
                host=host, reason=reason
            ),
        )
    if isinstance(error, OSError):
        reason = error.strerror or str(error) or type(error).__name__
        text, test = cannot_connect(host, reason)
        return CannotConnect(text, test_text=test)
    if isinstance(error, IMAPClientError | imaplib.IMAP4.error):
        return ServerRefused(
            translate("imap", "{host} refused a request ({reason}).").format(
                host=host, reason=_server_text(error)
            )
        )
    return ImapError(
        translate("imap", "Talking to {host} failed unexpectedly ({error}).").format(
            host=host, error=type(error).__name__
        )
    )
