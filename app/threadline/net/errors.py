"""Errors shared by the whole network edge, so SMTP and OAuth2 need not import each other.

Each error says what happened, what the server said (when it said something) and what
to do. ``temporary`` errors are retried by the outbox; the others wait for the user.
The SMTP-specific classes and their classification live in :mod:`threadline.net.smtp.errors`.
"""

from __future__ import annotations

from threadline.errors import ThreadlineError


class SendError(ThreadlineError):
    """Sending failed. ``temporary``: worth retrying later without changing anything."""

    temporary = False
    exit_code = 1

    def __init__(self, message: str, *, reply: str = "") -> None:
        super().__init__(message)
        self.reply = reply


class SignInRequiredError(SendError):
    """The account must sign in again (OAuth2); its queued mail waits in the outbox."""
