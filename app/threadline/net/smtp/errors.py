"""SMTP errors, classified and worded for people.

Each error says what happened, what the server said (when it said something) and what
to do. ``temporary`` errors are retried by the outbox; the others wait for the user.
"""

from __future__ import annotations

import smtplib
import socket
import ssl

from threadline.net.errors import SendError


class TemporarySendError(SendError):
    """A failure that may pass: the outbox retries it with backoff."""

    temporary = True
    exit_code = 75  # EX_TEMPFAIL


class CannotConnect(TemporarySendError):
    """The server could not be reached."""


class TimedOut(TemporarySendError):
    """The server stopped answering."""


class ConnectionDropped(TemporarySendError):
    """The connection closed in the middle of the conversation."""


class TemporaryRefusal(TemporarySendError):
    """The server said 4xx: try again later."""


class PermanentRefusal(SendError):
    """The server said 5xx: it will not take this message as it is."""


class AuthenticationFailed(SendError):
    """The server refused the credentials."""


class PasswordMissing(SendError):
    """No password is stored in the keyring for the account."""


class TlsFailed(SendError):
    """The encrypted connection could not be set up or the certificate is not trusted."""


class StartTlsUnavailable(SendError):
    """The account requires STARTTLS but the server does not offer it."""


class SmtpUtf8Unavailable(SendError):
    """An address needs SMTPUTF8 (RFC 6531), which the server does not offer."""


class UnexpectedError(SendError):
    """A failure on our side (a bug), never a server's refusal. Its text names only the
    kind of error: an exception's own text may quote a password."""


class InsecureAuthRefused(SendError):
    """Credentials would have gone over an unencrypted connection to another machine."""


def _reply_text(code: int, message: bytes | str) -> str:
    text = message.decode("utf-8", "replace") if isinstance(message, bytes) else str(message)
    return f"{code} {' '.join(text.split())}".strip()


def from_smtp_exception(error: Exception, host: str) -> SendError:
    """Turn an ``smtplib`` / socket / ssl exception into a :class:`SendError`."""
    if isinstance(error, SendError):
        return error
    if isinstance(error, smtplib.SMTPAuthenticationError):
        reply = _reply_text(error.smtp_code, error.smtp_error)
        if 400 <= error.smtp_code < 500:
            return TemporaryRefusal(
                f"{host} could not check the password right now ({reply}). "
                "Threadline will try again.",
                reply=reply,
            )
        return AuthenticationFailed(
            f"{host} refused the user name or password ({reply}). Check them in the account "
            "settings; some providers need an app password or OAuth sign-in.",
            reply=reply,
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        details = "; ".join(
            f"{rcpt}: {_reply_text(code, msg)}" for rcpt, (code, msg) in error.recipients.items()
        )
        if any(400 <= code < 500 for code, _ in error.recipients.values()):
            return TemporaryRefusal(
                f"{host} refused every recipient for now ({details}). Threadline will try again.",
                reply=details,
            )
        return PermanentRefusal(
            f"{host} refused every recipient ({details}). Check the addresses.", reply=details
        )
    if isinstance(error, smtplib.SMTPResponseException):
        reply = _reply_text(error.smtp_code, error.smtp_error)
        if 400 <= error.smtp_code < 500:
            return TemporaryRefusal(
                f"{host} asked to try again later ({reply}). Threadline will retry.", reply=reply
            )
        if isinstance(error, smtplib.SMTPSenderRefused):
            return PermanentRefusal(
                f"{host} refused the sender address ({reply}). Check the account's address.",
                reply=reply,
            )
        return PermanentRefusal(
            f"{host} refused the message ({reply}). It stays in the outbox; change it or "
            "delete it.",
            reply=reply,
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        if isinstance(error.__context__, TimeoutError):  # smtplib hides read time-outs so
            return from_smtp_exception(error.__context__, host)
        return ConnectionDropped(
            f"{host} closed the connection before the message was accepted. Threadline will "
            "try again."
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return TlsFailed(
            f"The certificate of {host} is not trusted ({error.verify_message}). Someone may be "
            "intercepting the connection, or the server is misconfigured. Nothing was sent."
        )
    if isinstance(error, ssl.SSLError):
        reason = getattr(error, "reason", None) or error  # one made by hand may have none
        return TlsFailed(
            f"The encrypted connection to {host} failed ({reason}). Check the "
            "port and security settings (TLS is usually port 465, STARTTLS port 587)."
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
    if isinstance(error, OSError):
        reason = error.strerror or str(error) or type(error).__name__
        return CannotConnect(
            f"Cannot connect to {host} ({reason}). Check your network connection and the "
            "server settings. Threadline will try again."
        )
    return UnexpectedError(
        f"Threadline could not send through {host} because of an error in Threadline itself "
        f"({type(error).__name__}), not because of the server. The message stays in the "
        "outbox: try again after updating Threadline, and please report this problem."
    )
