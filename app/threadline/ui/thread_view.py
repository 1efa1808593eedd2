"""One conversation's messages, each shown on its own card, in isolation.

Threadline draws every card's sender line, date and recipients itself, as plain text.
A message's body goes into a document of its own (:class:`SafeTextBrowser`), so nothing
a message contains — an unclosed comment, a stray ``</div>``, a forged "card" — can hide
or imitate another message. HTML is sanitized by :mod:`threadline.core.sanitize` first;
the browser then loads nothing but the message's own ``cid:`` parts and inline
``data:`` images: every other address, remote or local, gets an empty answer (never a
"not handled", which would make Qt read the path from disk itself).
"""

from __future__ import annotations

import html
import time
from collections.abc import Callable, Mapping
from typing import Any

from PySide6.QtCore import QByteArray, QSize, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QDesktopServices, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import (
    QFrame,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from threadline.core.links import is_deceptive, target_host
from threadline.core.parse import (
    body_text,
    decode_data_url,
    html_only_body,
    inline_parts,
    parse_message,
)
from threadline.core.sanitize import BLOCKED_IMAGE, sanitize_html
from threadline.store.messages import MessageStore
from threadline.store.models import StoredMessage
from threadline.ui.plain import plain_label

#: Schemes a click may open, in the system's handler.
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})


def open_external(url: QUrl) -> bool:
    """Open ``url`` in the system browser or mail handler (tests replace this)."""
    return QDesktopServices.openUrl(url)


class SafeTextBrowser(QTextBrowser):
    """A document that shows one message body and loads nothing from outside it."""

    def __init__(
        self, inline: Mapping[str, bytes] | None = None, blocked: list[str] | None = None
    ) -> None:
        super().__init__()
        self.inline = dict(inline or {})
        self.blocked: list[str] = blocked if blocked is not None else []
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """The message's own ``cid:`` parts and ``data:`` images; a stand-in for the rest.

        Images always get a valid picture back: for an empty or broken one, Qt would
        load the image's name as a file path itself (``QTextImageHandler``).
        """
        target = QUrl(url) if isinstance(url, str) else url
        if kind != QTextDocument.ResourceType.ImageResource.value:
            self.blocked.append(target.toString())
            return QByteArray()  # non-null: Qt must not load the address itself
        scheme = target.scheme().lower()
        data: bytes | None = None
        if scheme == "cid":
            data = self.inline.get(QUrl.fromPercentEncoding(target.path().encode()))
        elif scheme == "data":
            data = decode_data_url(target.toString())
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            if target.toString() != BLOCKED_IMAGE:
                self.blocked.append(target.toString())
            return blocked_image()
        return image


def blocked_image() -> QImage:
    """What a refused or unreadable image shows: one transparent pixel."""
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    return image


class _MessageBody(SafeTextBrowser):
    """A body as tall as its content: the conversation scrolls, not each message."""

    def __init__(self, inline: Mapping[str, bytes], blocked: list[str]) -> None:
        super().__init__(inline, blocked)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().setDocumentMargin(2)
        layout = self.document().documentLayout()
        layout.documentSizeChanged.connect(self._fit)

    def _fit(self, size: QSizeF) -> None:
        self.setFixedHeight(int(size.height()) + 2 * self.frameWidth() + 2)

    def sizeHint(self) -> QSize:
        return QSize(400, self.height())


def _when(epoch: int) -> str:
    return time.strftime("%a %-d %b %Y, %H:%M", time.localtime(epoch))


_QUOTED = "<span style='color:palette(placeholder-text)'>{}</span>"


def plain_body_html(text: str) -> str:
    """Escaped text with quoted lines (``>``) and their attribution dimmed."""
    lines = text.splitlines()
    out = []
    for number, line in enumerate(lines):
        escaped = html.escape(line)
        following = lines[number + 1] if number + 1 < len(lines) else ""
        attribution = line.rstrip().endswith("wrote:") and following.startswith(">")
        out.append(_QUOTED.format(escaped) if line.startswith(">") or attribution else escaped)
    return (
        "<pre style='white-space:pre-wrap; font-family:sans-serif; margin:0'>"
        + "\n".join(out)
        + "</pre>"
    )


def link_texts(document: QTextDocument) -> dict[str, list[str]]:
    """Every link target of ``document`` with the visible texts that lead to it."""
    found: dict[str, list[str]] = {}
    block = document.begin()
    while block.isValid():
        current_href, current_text = "", ""
        iterator = block.begin()
        while not iterator.atEnd():
            fragment = iterator.fragment()
            fmt = fragment.charFormat()
            href = fmt.anchorHref() if fmt.isAnchor() else ""
            if href and href == current_href:
                current_text += fragment.text()
            else:
                if current_href:
                    found.setdefault(current_href, []).append(current_text)
                current_href, current_text = href, fragment.text() if href else ""
            iterator += 1
        if current_href:
            found.setdefault(current_href, []).append(current_text)
        block = block.next()
    return found


class MessageCard(QFrame):
    """One message: Threadline's own header (plain text) above the isolated body."""

    def __init__(self, message: StoredMessage, raw: bytes, blocked: list[str]) -> None:
        super().__init__()
        self.message = message
        self.setObjectName("messageCard")
        indent = min(message.depth, 4) * 16
        self.setStyleSheet(
            f"QFrame#messageCard {{ margin-left: {indent}px; background: palette(base);"
            " border: 1px solid palette(mid); border-radius: 6px; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        parsed = parse_message(raw)
        markup = html_only_body(parsed)
        sent = " · sent by you" if message.is_sent else ""
        self.sender_label = plain_label(f"{message.sender} <{message.from_addr}>")
        self.sender_label.setAccessibleName("From")
        bold = self.sender_label.font()
        bold.setBold(True)
        self.sender_label.setFont(bold)
        self.date_label = plain_label(f"{_when(message.date_utc)}{sent}")
        self.date_label.setAccessibleName("Date")
        self.to_label = plain_label(f"To: {message.to_addrs or '—'}")
        self.to_label.setAccessibleName("To")
        for dim in (self.date_label, self.to_label):
            dim.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.body = _MessageBody(inline_parts(parsed) if markup is not None else {}, blocked)
        self.body.setAccessibleName(f"Message from {message.sender}")
        if markup is not None:
            self._light_page()
            self.body.setHtml(sanitize_html(markup))
        else:
            self.body.setHtml(plain_body_html(body_text(parsed).strip()))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.setSpacing(2)
        layout.addWidget(self.sender_label)
        layout.addWidget(self.date_label)
        layout.addWidget(self.to_label)
        layout.addSpacing(4)
        layout.addWidget(self.body)

    def _light_page(self) -> None:
        """HTML mail is designed for a white page: give it one, whatever the palette."""
        palette = self.body.palette()
        palette.setColor(QPalette.ColorRole.Base, QColor("white"))
        palette.setColor(QPalette.ColorRole.Text, QColor("black"))
        palette.setColor(QPalette.ColorRole.Link, QColor("#1a56c2"))
        self.body.setPalette(palette)

    def text(self) -> str:
        """What the card shows, as plain text."""
        return "\n".join(
            (self.sender_label.text(), self.date_label.text(), self.to_label.text(),
             self.body.toPlainText())
        )  # fmt: skip


class ThreadView(QScrollArea):
    """The open conversation: a column of message cards, or a note when there is none."""

    #: The real target of the link under the pointer ("" when it leaves a link).
    link_hovered = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.blocked: list[str] = []
        self.cards: list[MessageCard] = []
        self.opener: Callable[[QUrl], bool] = open_external
        self.confirmation: QMessageBox | None = None
        self._column = QWidget()
        self._layout = QVBoxLayout(self._column)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(12)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.RichText)  # Threadline's own words only
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.note)
        self._layout.addStretch(1)
        self.setWidget(self._column)

    def _clear(self) -> None:
        for card in self.cards:
            self._layout.removeWidget(card)
            card.deleteLater()
        self.cards = []
        self.blocked = []

    def show_note(self, markup: str) -> None:
        """Show Threadline's own note (e.g. the empty state) instead of a conversation."""
        self._clear()
        self.note.setText(markup)
        self.note.setVisible(bool(markup))

    def show_conversation(self, store: MessageStore, messages: list[StoredMessage]) -> None:
        """Show ``messages`` (in thread order), each on its own card."""
        self._clear()
        self.note.hide()
        for position, message in enumerate(messages):
            card = MessageCard(message, store.raw(message.rowid), self.blocked)
            card.body.highlighted.connect(lambda url: self.link_hovered.emit(url.toString()))
            card.body.anchorClicked.connect(lambda url, c=card: self.follow_link(c, url))
            self._layout.insertWidget(position, card)
            self.cards.append(card)
        self.verticalScrollBar().setValue(0)

    def toPlainText(self) -> str:
        """Everything shown, as plain text (for tests and accessibility checks)."""
        if not self.cards:
            return self.note.text() if self.note.isVisible() else ""
        return "\n\n".join(card.text() for card in self.cards)

    def follow_link(self, card: MessageCard, url: QUrl) -> None:
        """Open a clicked link, after asking when its text names another address."""
        if url.scheme().lower() not in OPENABLE_SCHEMES:
            return
        href = url.toString()
        shown = [t for t in link_texts(card.body.document()).get(href, []) if is_deceptive(t, href)]
        if not shown:
            self.opener(url)
            return
        where = target_host(href) or href
        box = QMessageBox(
            QMessageBox.Icon.Warning, "Open this link?",
            f"The link says “{shown[0].strip()}” but leads to another place:\n\n{href}\n\n"
            "Open it only if you trust where it goes.", QMessageBox.StandardButton.Cancel, self,
        )  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAccessibleName("Open this link?")
        go = box.addButton(f"Open {where}", QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self.opener(url) if box.clickedButton() is go else None)
        self.confirmation = box
        box.open()
