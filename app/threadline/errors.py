"""Errors that carry a message meant for people.

Every layer raises a subclass of :class:`ThreadlineError` for problems the user can act
on; the CLI prints ``str(error)`` on one line and the GUI shows it in a dialog. The text
says what happened and what to do, and never contains a password or token.
"""

from __future__ import annotations


class ThreadlineError(Exception):
    """A problem with a human-readable explanation in ``str(self)``."""

    #: Process exit status the CLI uses for this kind of error.
    exit_code: int = 1
    #: The text as a connection test says it, when it differs: a network error is worded
    #: for the outbox and the sync ("Threadline will try again", "the message waits in the
    #: outbox"), which a test (it retries nothing) must not promise.
    test_text: str | None = None


class InvalidInputError(ThreadlineError):
    """The user gave something that cannot be used (a bad address, CR/LF in a header)."""

    exit_code = 2


class NotFoundError(ThreadlineError):
    """A named thing (account, conversation, thread key, file) does not exist."""

    exit_code = 2
