"""Pictures from the web in HTML mail: blocked (they tell the sender when and where the
mail was read), with a bar that lets them in for one message or for every message from
that sender, as Thunderbird and Geary do."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QImage, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QPushButton

from threadline.ui.plain import plain_label
from threadline.ui.worker import Progress, run_in_background

if TYPE_CHECKING:  # the fetcher (urllib, ssl) is imported when pictures are asked for
    from threadline.net.remote_images import FetchedPictures


class PictureBody(Protocol):
    """What the bar needs of a message's document (a ``SafeTextBrowser``)."""

    remote: list[str]
    fetched: dict[str, QImage]
    markup: str

    def setHtml(self, text: str) -> None: ...


class PicturePolicy(QObject):
    """Senders whose web pictures load without asking (the app keeps the list)."""

    changed = Signal()

    def __init__(self, trusted: Iterable[str] = ()) -> None:
        super().__init__()
        self.trusted = {address.lower() for address in trusted if address}

    def allows(self, address: str) -> bool:
        """Whether ``address``'s pictures load at once."""
        return bool(address) and address.lower() in self.trusted

    def trust(self, address: str) -> None:
        """From now on, load ``address``'s pictures without asking."""
        if address and not self.allows(address):
            self.trusted.add(address.lower())
            self.changed.emit()


class RemotePicturesBar(QFrame):
    """ "Pictures from the web are blocked" with Show pictures / Always from <sender>."""

    def __init__(self, body: PictureBody, sender: str, policy: PicturePolicy) -> None:
        super().__init__()
        self.body = body
        self.from_address = sender
        self.policy = policy
        self.done = False  # the pictures were let in (the bar is gone for good)
        self.setObjectName("picturesBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setBackgroundRole(QPalette.ColorRole.AlternateBase)
        self.setAutoFillBackground(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        count = len(body.remote)
        self.note = plain_label(self.tr(
            "%n picture(s) from the web are not shown: loading tells the sender you read it.", "",
            count))  # fmt: skip
        self.note.setWordWrap(True)
        self.show_button = QPushButton(self.tr("Show pictures"))
        self.show_button.setAccessibleName(self.tr("Show pictures from the web in this message"))
        self.show_button.clicked.connect(lambda _c=False: self.let_in())
        self.trust_button = QPushButton(
            self.tr("Always from {sender}").format(sender=sender) if sender else self.tr("Always")
        )
        self.trust_button.setAccessibleName(
            self.tr("Always show pictures from {sender}").format(sender=sender)
        )
        self.trust_button.clicked.connect(lambda _c=False: self.trust_sender())
        self.trust_button.setVisible(bool(sender))
        layout.addWidget(self.note, 1)
        layout.addWidget(self.show_button)
        layout.addWidget(self.trust_button)
        if policy.allows(sender):
            self.let_in()

    def trust_sender(self) -> None:
        """Remember the sender, and let this message's pictures in."""
        self.policy.trust(self.from_address)
        self.let_in()

    def let_in(self) -> Progress:
        """Fetch the pictures in the background, then draw the message again with them."""
        self.show_button.setEnabled(False)
        self.trust_button.setEnabled(False)
        self.note.setText(self.tr("Loading pictures…"))
        addresses = list(self.body.remote)

        def fetch(_progress: Progress) -> FetchedPictures:
            from threadline.net.remote_images import fetch_pictures

            return fetch_pictures(addresses)

        return run_in_background(fetch, self._arrived, self._failed, owner=self)

    def _arrived(self, result: FetchedPictures) -> None:
        for address, data in result.pictures.items():
            image = QImage.fromData(data)
            if not image.isNull():
                self.body.fetched[address] = image
        self.body.setHtml(self.body.markup)
        missing = len(self.body.remote) - len(self.body.fetched)
        self.done = True
        if missing:
            self.note.setText(self.tr("%n picture(s) could not be loaded.", "", missing))
            self.show_button.hide()
            self.trust_button.hide()
        else:
            self.hide()

    def _failed(self, error: Exception) -> None:
        self.note.setText(self.tr("The pictures could not be loaded: {error}").format(error=error))
        self.show_button.setEnabled(True)
        self.trust_button.setEnabled(True)
