"""Looking up a new account's servers in the background, asking before a third party.

:meth:`SettingsLookup.start` asks the domain itself (services.account_setup); when it has
nothing, a question offers Thunderbird's database, and only a yes sends the domain there.
Results come as signals on the GUI thread; one for an address the user has since left,
or after :meth:`cancel`, is dropped.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget
from shiboken6 import isValid

from threadline.services.account_setup import Lookups, Search, find_at_domain, find_in_ispdb
from threadline.ui.plain import plain_message_box
from threadline.ui.worker import Progress, run_in_background

ASK_ISPDB = "Ask Thunderbird's database"  # the button's English text (shown through tr)


class SettingsLookup(QObject):
    """One look-up at a time for the Accounts window."""

    found = Signal(object)  # services.account_setup.Found
    said = Signal(str)  # a sentence for the window's feedback line

    def __init__(self, parent: QWidget, lookups: Callable[[], Lookups]) -> None:
        super().__init__(parent)
        self.window = parent
        self.lookups = lookups
        self.round = 0  # counts starts and cancels: an older answer is dropped
        self.question: QMessageBox | None = None
        self.busy = False

    def start(self, address: str) -> None:
        """Ask ``address``'s domain for its settings."""
        self.cancel()
        self.round += 1
        current = self.round
        lookups = self.lookups()
        self.busy = True
        domain = address.rpartition("@")[2].strip().lower()
        self.said.emit(
            self.tr(
                "Looking for {domain}'s settings: its own configuration and its DNS records…"
            ).format(domain=domain)
        )

        def done(search: Search) -> None:
            if not self._live(current):
                return
            self.busy = False
            if search.found is not None:
                self.found.emit(search.found)
            else:
                self._offer_ispdb(address, search)

        run_in_background(
            lambda _p: find_at_domain(address, lookups), done, self._failed(current), owner=self
        )

    def _live(self, current: int) -> bool:
        """Whether an answer of round ``current`` is still wanted (and has a window)."""
        return current == self.round and isValid(self) and isValid(self.window)

    def cancel(self) -> None:
        """Forget the look-up under way and close its question."""
        self.round += 1
        self.busy = False
        if self.question is not None:
            self.question.blockSignals(True)
            self.question.close()
            self.question.deleteLater()
            self.question = None

    def _failed(self, current: int) -> Callable[[Exception], None]:
        def failed(error: Exception) -> None:
            if self._live(current):
                self.busy = False
                self.said.emit(self.tr("The look-up failed: {error}").format(error=error))

        return failed

    def _offer_ispdb(self, address: str, search: Search) -> None:
        domain = search.domain
        box = plain_message_box(
            self.window,
            QMessageBox.Icon.Question,
            self.tr("Find the settings"),
            self.tr(
                "{domain} publishes no mail settings of its own (no configuration file, no DNS "
                "records).\n\nAsk Thunderbird's database of mail providers? It is run by "
                "Mozilla (autoconfig.thunderbird.net) and is told the domain {domain}, not your "
                "address."
            ).format(domain=domain),
        )
        box.setAccessibleName(self.tr("Find the settings"))
        box.setDetailedText("\n".join(search.tried))
        ask = box.addButton(
            self.tr("Ask Thunderbird's database"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(self.tr("Don't ask"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(ask)
        current = self.round
        box.finished.connect(
            lambda _result: self._answered(box.clickedButton() is ask, address, domain, current)
        )
        self.question = box
        self.said.emit(self.tr("Nothing found at {domain} itself.").format(domain=domain))
        box.open()

    def _answered(self, yes: bool, address: str, domain: str, current: int) -> None:
        self.question = None
        if not self._live(current):
            return
        if not yes:
            self.said.emit(nothing_found(domain))
            return
        lookups = self.lookups()
        self.busy = True
        self.said.emit(
            self.tr("Asking Thunderbird's database about {domain}…").format(domain=domain)
        )

        def done(search: Search) -> None:
            if not self._live(current):
                return
            self.busy = False
            if search.found is not None:
                self.found.emit(search.found)
            else:
                either = self.tr("Thunderbird's database does not know {domain} either.")
                self.said.emit(either.format(domain=domain) + " " + nothing_found(domain))

        def work(_progress: Progress) -> Search:
            return find_in_ispdb(address, lookups)

        run_in_background(work, done, self._failed(current), owner=self)


def nothing_found(domain: str) -> str:
    """What the window says when no settings were found for ``domain``."""
    return QCoreApplication.translate(
        "SettingsLookup",
        "No settings found for {domain}: the grey server names are only guesses. Your "
        "provider's help pages name the real ones; leave the incoming server empty to only "
        "send.",
    ).format(domain=domain)
