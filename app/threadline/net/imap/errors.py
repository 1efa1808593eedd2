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


class ImapError(ThreadlineError):
    """Talking to the incoming server failed. ``temporary``: worth trying again later."""

    temporary = False
    exit_code = 1


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
    pass through unchanged.
    """
    if isinstance(error, ThreadlineError):
        return error
    if isinstance(error, LoginError):
        reason = _server_text(error)
        if "[UNAVAILABLE]" in reason.upper():
            return TemporaryImapError(
                f"{host} could not check the password right now ({reason}). "
                "Threadline will try again."
            )
        return AuthenticationFailed(
            f"{host} refused the user name or password ({reason}). Check them in the account "
            "settings; some providers need an app password or OAuth sign-in."
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return TlsFailed(
            f"The certificate of {host} is not trusted ({error.verify_message}). Someone may be "
            "intercepting the connection, or the server uses a certificate your system does "
            "not know. Nothing was sent or received."
        )
    if isinstance(error, ssl.SSLError):
        return TlsFailed(
            f"The encrypted connection to {host} failed "
            f"({getattr(error, 'reason', None) or error}). Check the "
            "port and security settings (TLS is usually port 993, STARTTLS port 143)."
        )
    if isinstance(error, TimeoutError | socket.timeout):
        return TimedOut(
            f"{host} did not answer in time. Threadline will try again; check the server "
            "name and port if this keeps happening."
        )
    if isinstance(error, ConnectionRefusedError):
        return CannotConnect(
            f"{host} refused the connection. Check the server name and port. "
            "Threadline will try again."
        )
    if isinstance(error, IMAPClientAbortError | imaplib.IMAP4.abort | EOFError):
        if isinstance(error.__context__, TimeoutError):
            return from_imap_exception(error.__context__, host)
        return ConnectionDropped(
            f"{host} closed the connection ({_server_text(error) or 'no reason given'}). "
            "Threadline will try again; nothing was lost."
        )
    if isinstance(error, OSError):
        reason = error.strerror or str(error) or type(error).__name__
        return CannotConnect(
            f"Cannot connect to {host} ({reason}). Check your network connection and the "
            "server settings. Threadline will try again."
        )
    if isinstance(error, IMAPClientError | imaplib.IMAP4.error):
        return ServerRefused(f"{host} refused a request ({_server_text(error)}).")
    return ImapError(f"Talking to {host} failed unexpectedly ({type(error).__name__}).")
