"""How large a message an account's server takes: its SIZE (RFC 1870), else 25 MB.

The server is asked once (EHLO, no log-in, as ``threadline send`` does) off the GUI
thread, and only when a message grows past 1 MB; the answer is kept for the session.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QObject, Signal

from threadline.core.attachments import DEFAULT_MAX_SIZE
from threadline.services.sending import ServerOffer, ask_server
from threadline.store.accounts import Account
from threadline.ui.worker import Progress, run_in_background

#: A message under this size is never worth a question to the server.
ASK_ABOVE = 1024 * 1024

_Server = tuple[str, int, str]


@dataclass(frozen=True)
class SizeLimit:
    """The most a message may weigh; ``host`` names the server that announced it
    (``None``: it did not say, or could not be asked: the usual 25 MB)."""

    size: int
    host: str | None = None


def _server(account: Account) -> _Server:
    return (account.smtp_host, account.smtp_port, account.security)


class SizeLimits(QObject):
    """The size limits of the accounts' servers; ``answered`` when a question ends."""

    answered = Signal()
    #: What each server announced, for the whole session (``None``: no SIZE given).
    known: ClassVar[dict[_Server, int | None]] = {}

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.asked: set[_Server] = set()

    def limit(self, account: Account) -> SizeLimit:
        """What is known now about ``account``'s limit."""
        announced = self.known.get(_server(account))
        if announced:
            return SizeLimit(announced, account.smtp_host)
        return SizeLimit(DEFAULT_MAX_SIZE)

    def ask(self, account: Account) -> None:
        """Ask the server in the background, once per window (an answer is kept)."""
        server = _server(account)
        if server in self.known or server in self.asked:
            return
        self.asked.add(server)

        def work(_progress: Progress) -> ServerOffer | None:
            return ask_server(account, timeout=10)

        def done(offer: ServerOffer | None) -> None:
            if offer is not None:  # None: could not ask; the next window asks again
                self.known[server] = offer.size_limit
            try:
                self.answered.emit()
            except RuntimeError:  # its window was closed meanwhile
                pass

        run_in_background(work, done, lambda _error: done(None), owner=self)
