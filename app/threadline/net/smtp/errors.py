"""SMTP errors, classified and worded for people.

Each error says what happened, what the server said (when it said something) and what
to do. ``temporary`` errors are retried by the outbox; the others wait for the user.
"""

from __future__ import annotations

import smtplib
import socket
import ssl

from threadline.i18n import translate
from threadline.net.errors import SendError, cannot_connect, connection_refused, timed_out


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
    """Turn an ``smtplib`` / socket / ssl exception into a :class:`SendError`.

    The text is in the user's language (:mod:`threadline.i18n`); the server's reply in it
    stays as the server wrote it. An error the outbox retries promises it ("Threadline will
    try again"); its ``test_text`` says the same without that, for a connection test."""
    if isinstance(error, SendError):
        return error
    if isinstance(error, smtplib.SMTPAuthenticationError):
        reply = _reply_text(error.smtp_code, error.smtp_error)
        if 400 <= error.smtp_code < 500:
            return TemporaryRefusal(
                translate(
                    "smtp",
                    "{host} could not check the password right now ({reply}). Threadline will "
                    "try again.",
                ).format(host=host, reply=reply),
                reply=reply,
                test_text=translate(
                    "smtp", "{host} could not check the password right now ({reply})."
                ).format(host=host, reply=reply),
            )
        return AuthenticationFailed(
            translate(
                "smtp",
                "{host} refused the user name or password ({reply}). Check them in the account "
                "settings; some providers need an app password or OAuth sign-in.",
            ).format(host=host, reply=reply),
            reply=reply,
        )
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        details = "; ".join(
            f"{rcpt}: {_reply_text(code, msg)}" for rcpt, (code, msg) in error.recipients.items()
        )
        if any(400 <= code < 500 for code, _ in error.recipients.values()):
            return TemporaryRefusal(
                translate(
                    "smtp",
                    "{host} refused every recipient for now ({details}). Threadline will try "
                    "again.",
                ).format(host=host, details=details),
                reply=details,
                test_text=translate(
                    "smtp", "{host} refused every recipient for now ({details})."
                ).format(host=host, details=details),
            )
        return PermanentRefusal(
            translate("smtp", "{host} refused every recipient ({details}). Check the addresses.")
            .format(host=host, details=details),
            reply=details,
        )  # fmt: skip
    if isinstance(error, smtplib.SMTPResponseException):
        reply = _reply_text(error.smtp_code, error.smtp_error)
        if 400 <= error.smtp_code < 500:
            return TemporaryRefusal(
                translate(
                    "smtp", "{host} asked to try again later ({reply}). Threadline will retry."
                ).format(host=host, reply=reply),
                reply=reply,
                test_text=translate("smtp", "{host} asked to try again later ({reply}).").format(
                    host=host, reply=reply
                ),
            )
        if isinstance(error, smtplib.SMTPSenderRefused):
            return PermanentRefusal(
                translate(
                    "smtp",
                    "{host} refused the sender address ({reply}). Check the account's address.",
                ).format(host=host, reply=reply),
                reply=reply,
            )
        return PermanentRefusal(
            translate(
                "smtp",
                "{host} refused the message ({reply}). It stays in the outbox; change it or "
                "delete it.",
            ).format(host=host, reply=reply),
            reply=reply,
            test_text=translate("smtp", "{host} refused the message ({reply}).").format(
                host=host, reply=reply
            ),
        )
    if isinstance(error, smtplib.SMTPServerDisconnected):
        if isinstance(error.__context__, TimeoutError):  # smtplib hides read time-outs so
            return from_smtp_exception(error.__context__, host)
        return ConnectionDropped(
            translate(
                "smtp",
                "{host} closed the connection before the message was accepted. Threadline "
                "will try again.",
            ).format(host=host),
            test_text=translate(
                "smtp", "{host} closed the connection before the message was accepted."
            ).format(host=host),
        )
    if isinstance(error, ssl.SSLCertVerificationError):
        return TlsFailed(
            translate(
                "smtp",
                "The certificate of {host} is not trusted ({reason}). Someone may be "
                "intercepting the connection, or the server is misconfigured. Nothing was sent.",
            ).format(host=host, reason=error.verify_message)
        )
    if isinstance(error, ssl.SSLError):
        reason = getattr(error, "reason", None) or error  # one made by hand may have none
        return TlsFailed(
            translate(
                "smtp",
                "The encrypted connection to {host} failed ({reason}). Check the port and "
                "security settings (TLS is usually port 465, STARTTLS port 587).",
            ).format(host=host, reason=reason)
        )
    if isinstance(error, TimeoutError | socket.timeout):
        text, test = timed_out(host)
        return TimedOut(text, test_text=test)
    if isinstance(error, ConnectionRefusedError):
        text, test = connection_refused(host)
        return CannotConnect(text, test_text=test)
    if isinstance(error, OSError):
        reason = error.strerror or str(error) or type(error).__name__
        text, test = cannot_connect(host, reason)
        return CannotConnect(text, test_text=test)
    return UnexpectedError(
        translate(
            "smtp",
            "Threadline could not send through {host} because of an error in Threadline itself "
            "({error}), not because of the server. The message stays in the outbox: try again "
            "after updating Threadline, and please report this problem.",
        ).format(host=host, error=type(error).__name__),
        test_text=translate(
            "smtp",
            "Threadline could not send through {host} because of an error in Threadline itself "
            "({error}), not because of the server. Try again after updating Threadline, and "
            "please report this problem.",
        ).format(host=host, error=type(error).__name__),
    )
