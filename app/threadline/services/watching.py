"""Push: an IMAP IDLE connection on one account's INBOX (RFC 2177), on a thread of its own.

When the server reports new mail, an expunge or a flag change, ``on_change`` is called
(the app then syncs, so a reply shows in the list within a second or two). IDLE is
re-issued every :data:`REISSUE` seconds, well inside the 29 minutes RFC 2177 allows and
short enough for home routers that forget quiet connections; each re-issue sends a NOOP
first, and a NOOP that gets no answer in time means the connection is dead. A dropped
connection is reopened after a backoff; the periodic sync covers the gap. A refused
log-in (a wrong password, an untrusted certificate, a revoked sign-in) stops the watcher
instead: repeating it can lock the account. No Qt here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable

from threadline.errors import ThreadlineError
from threadline.i18n import translate
from threadline.net.imap.errors import ConnectionDropped
from threadline.services.syncing import SessionFactory
from threadline.store.accounts import Account

log = logging.getLogger("threadline.services.watching")

#: Seconds between IDLE re-issues (and NOOP liveness checks).
REISSUE = 10 * 60
#: How long one wait for server news lasts before the stop flag is looked at again.
POLL = 0.5
#: Seconds to wait before reconnecting after the n-th failure in a row (then the last).
RECONNECT = (2, 10, 30, 60, 120, 300)
#: Untagged responses that mean the folder changed.
CHANGES = frozenset({"EXISTS", "EXPUNGE", "FETCH", "VANISHED", "RECENT"})


class InboxWatcher:
    """Keeps one account's INBOX in IDLE until :meth:`stop`; calls ``on_change`` on news."""

    def __init__(
        self,
        account: Account,
        open_session: SessionFactory,
        on_change: Callable[[], None],
        *,
        folder: str = "INBOX",
        reissue: float = REISSUE,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.account = account
        self.open_session = open_session
        self.on_change = on_change
        self.folder = folder
        self.reissue = reissue
        self.clock = clock
        self.stopping = threading.Event()
        #: Set while an IDLE command is active (tests wait on it before delivering mail).
        self.idling = threading.Event()
        self.last_error = ""
        #: Set when the connection failed (tests wait on it); cleared by the next IDLE.
        self.failed = threading.Event()
        #: The server refused the log-in: the watcher stopped for good (not retried).
        self.refused = False
        self.thread = threading.Thread(
            target=self._run, name=f"threadline-idle-{account.id}", daemon=True
        )

    def start(self) -> None:
        """Start watching in the background."""
        self.thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop watching and wait (briefly) for the connection to close."""
        self.stopping.set()
        if self.thread.is_alive():
            self.thread.join(timeout)

    def _run(self) -> None:
        failures = 0
        while not self.stopping.is_set():
            try:
                self._watch()
                failures = 0
            except ThreadlineError as error:
                self.idling.clear()
                self.last_error = str(error)
                self.failed.set()
                log.info("IDLE on %s stopped: %s", self.account.address, error)
                if not getattr(error, "temporary", False):
                    # refused (a password, a certificate, a sign-in): trying again and again
                    # can lock the account; the app starts a new watcher when it changes
                    self.refused = True
                    return
                delay = RECONNECT[min(failures, len(RECONNECT) - 1)]
                failures += 1
                if self.stopping.wait(delay):
                    return
                self.on_change()  # back after a gap: a sync catches up on what was missed

    def _watch(self) -> None:
        with self.open_session(self.account) as session:
            if not session.has("IDLE"):
                self.last_error = translate(
                    "watching", "{host} does not support IDLE; mail is checked on a timer."
                ).format(host=session.host)
                self.stopping.wait()
                return
            session.select(self.folder, readonly=True)
            while not self.stopping.is_set():
                session.idle_start()
                self.failed.clear()
                self.last_error = ""
                self.idling.set()
                started = self.clock()
                while not self.stopping.is_set() and self.clock() - started < self.reissue:
                    news = session.idle_wait(POLL)
                    if "BYE" in news:
                        raise ConnectionDropped(
                            translate(
                                "watching",
                                "{host} ended the connection (BYE). Threadline reconnects.",
                            ).format(host=session.host)
                        )
                    if CHANGES.intersection(news):
                        self.on_change()
                self.idling.clear()
                news = session.idle_stop()
                news += session.noop()  # no answer in time: the connection is dead (raises)
                if CHANGES.intersection(news):
                    self.on_change()
