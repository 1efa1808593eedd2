"""Errors shared by the whole network edge, so SMTP and OAuth2 need not import each other.

Each error says what happened, what the server said (when it said something) and what
to do. ``temporary`` errors are retried by the outbox; the others wait for the user.
The SMTP-specific classes and their classification live in :mod:`threadline.net.smtp.errors`.
"""

from __future__ import annotations

from threadline.errors import ThreadlineError
from threadline.i18n import translate


class SendError(ThreadlineError):
    """Sending failed. ``temporary``: worth retrying later without changing anything."""

    temporary = False
    exit_code = 1

    def __init__(self, message: str, *, reply: str = "", test_text: str | None = None) -> None:
        super().__init__(message)
        self.reply = reply
        self.test_text = test_text


class SignInRequiredError(SendError):
    """The account must sign in again (OAuth2); its queued mail waits in the outbox."""


# A connection's failures, worded alike for SMTP and IMAP: (the message, the message as
# a connection test says it, without the promise to try again).


def timed_out(host: str) -> tuple[str, str]:
    return (
        translate(
            "connection",
            "{host} did not answer in time. Threadline will try again; check the server name "
            "and port if this keeps happening.",
        ).format(host=host),
        translate(
            "connection",
            "{host} did not answer in time. Check the server name and port if this keeps "
            "happening.",
        ).format(host=host),
    )


def connection_refused(host: str) -> tuple[str, str]:
    return (
        translate(
            "connection",
            "{host} refused the connection. Check the server name and port. Threadline will "
            "try again.",
        ).format(host=host),
        translate("connection", "{host} refused the connection. Check the server name and port.")
        .format(host=host),
    )  # fmt: skip


def cannot_connect(host: str, reason: str) -> tuple[str, str]:
    return (
        translate(
            "connection",
            "Cannot connect to {host} ({reason}). Check your network connection and the "
            "server settings. Threadline will try again.",
        ).format(host=host, reason=reason),
        translate(
            "connection",
            "Cannot connect to {host} ({reason}). Check your network connection and the "
            "server settings.",
        ).format(host=host, reason=reason),
    )
