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
from collections.abc import Callable, Mapping
from functools import partial
from html.parser import HTMLParser
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QByteArray,
    QCoreApplication,
    QDateTime,
    QEvent,
    QLocale,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDesktopServices,
    QImage,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
    QPolygonF,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from threadline.core.bidi import isolate_if_needed
from threadline.store.messages import MessageStore
from threadline.store.models import StoredMessage
from threadline.ui.plain import plain_label, plain_tooltip
from threadline.ui.remote_pictures import PicturePolicy, RemotePicturesBar
from threadline.ui.translation import isolated

# Reading mail (the stdlib's email package, the HTML sanitizer, quote folding) is
# imported when the first message is drawn, not when the window opens (see
# bench/bench_ui.py): the window is up before the first conversation is read.
if TYPE_CHECKING:
    from threadline.core.html_quotes import HtmlBody
    from threadline.core.quoting import Part
    from threadline.ui.attachment_strip import AttachmentStrip

#: Schemes a click may open, in the system's handler.
OPENABLE_SCHEMES = frozenset({"http", "https", "mailto"})


def open_with_desktop(url: QUrl) -> bool:
    """Open a saved copy of a received file with the desktop's program (see
    :func:`threadline.ui.attachment_strip.open_with_desktop`; imported when used)."""
    from threadline.ui.attachment_strip import open_with_desktop as open_file

    return open_file(url)


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
        #: Web pictures the message asks for, in order, and those the user let in.
        self.remote: list[str] = []
        self.fetched: dict[str, QImage] = {}
        #: The sanitized HTML shown (drawn again once pictures were let in).
        self.markup = ""
        #: The width and height each picture's ``<img>`` asks for (for its placeholder).
        self.image_sizes: dict[str, tuple[int | None, int | None]] = {}
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
        if scheme in ("http", "https"):  # only what the user let in; noted either way
            address = target.toString()
            if address in self.fetched:
                return self.fetched[address]
            if address not in self.remote:
                self.remote.append(address)
        data: bytes | None = None
        if scheme == "cid":
            data = self.inline.get(QUrl.fromPercentEncoding(target.path().encode()))
        elif scheme == "data":
            from threadline.core.parse import decode_data_url

            data = decode_data_url(target.toString())
        image = QImage.fromData(data) if data else QImage()
        if image.isNull():
            from threadline.core.sanitize import BLOCKED_IMAGE

            if target.toString() != BLOCKED_IMAGE:
                self.blocked.append(target.toString())
            return blocked_image(*self.image_sizes.get(target.toString(), (None, None)))
        return image


class _ImageSizes(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.sizes: dict[str, tuple[int | None, int | None]] = {}

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag != "img":
            return
        found = dict(attrs)
        source = found.get("src")
        if source and source not in self.sizes:
            self.sizes[source] = (_pixels(found.get("width")), _pixels(found.get("height")))


def _pixels(value: str | None) -> int | None:
    digits = (value or "").strip().removesuffix("px")
    return int(digits) if digits.isdigit() and len(digits) < 6 else None


def image_sizes(markup: str) -> dict[str, tuple[int | None, int | None]]:
    """The width and height (pixels, when given) each picture's first ``<img>`` asks for."""
    parser = _ImageSizes()
    parser.feed(markup)
    parser.close()
    return parser.sizes


def web_pictures(document: QTextDocument) -> list[str]:
    """The http(s) addresses of the document's pictures, in order, each once (read from
    its structure: nothing is loaded, and none is asked for)."""
    found: dict[str, None] = {}
    block = document.begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            text_format = fragments.fragment().charFormat()
            if text_format.isImageFormat():
                name = text_format.toImageFormat().name()
                if name.split(":", 1)[0].lower() in ("http", "https"):
                    found[name] = None
            fragments += 1
        block = block.next()
    return list(found)


#: A placeholder's size when the ``<img>`` gives none, and the most it is drawn at (Qt
#: scales it to the size the ``<img>`` asks for: drawn at that size, it stays crisp).
PLACEHOLDER_SIZE = QSize(48, 36)
PLACEHOLDER_MAX = 1600


def blocked_image(width: int | None = None, height: int | None = None) -> QImage:
    """What a picture that is not shown (a web picture not let in, a refused or unreadable
    one) shows instead: a light grey box with a picture sign, at the size the message gave
    it (so the layout of a newsletter holds), else a small one. Never a null image."""
    size = QSize(
        max(1, min(width if width is not None else PLACEHOLDER_SIZE.width(), PLACEHOLDER_MAX)),
        max(1, min(height if height is not None else PLACEHOLDER_SIZE.height(), PLACEHOLDER_MAX)),
    )
    image = QImage(size, QImage.Format.Format_ARGB32)
    image.fill(QColor("#ececec"))
    if size.width() < 12 or size.height() < 10:  # a tracking pixel: a grey dot, no sign
        return image
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#c8c8c8"), 1))
    painter.drawRect(QRectF(0.5, 0.5, size.width() - 1, size.height() - 1))
    side = min(24.0, size.width() - 8.0, size.height() - 6.0)
    if side >= 8:  # the sign: a framed landscape, a hill and a sun
        frame = QRectF(
            (size.width() - side) / 2, (size.height() - side * 0.8) / 2, side, side * 0.8
        )
        ink = QColor("#9a9a9a")
        painter.setPen(QPen(ink, max(1.0, side / 16)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(frame, side / 10, side / 10)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(ink)
        painter.drawPolygon(QPolygonF([
            QPointF(frame.left() + side * 0.12, frame.bottom() - side * 0.12),
            QPointF(frame.left() + side * 0.42, frame.top() + side * 0.35),
            QPointF(frame.left() + side * 0.62, frame.bottom() - side * 0.3),
            QPointF(frame.left() + side * 0.74, frame.top() + side * 0.45),
            QPointF(frame.right() - side * 0.1, frame.bottom() - side * 0.12),
        ]))  # fmt: skip
        painter.drawEllipse(QPointF(frame.right() - side * 0.28, frame.top() + side * 0.24),
                            side * 0.08, side * 0.08)  # fmt: skip
    painter.end()
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


translate = QCoreApplication.translate  # lupdate finds translate("Context", "text")


def _when(epoch: int) -> str:
    """A card's date in the locale's forms: ``Mon 23 Nov 2026, 09:00`` (C), ``Mo.
    23.11.26, 09:00`` (German): the weekday, the short date and the time."""
    moment = QDateTime.fromSecsSinceEpoch(epoch)
    locale = QLocale()
    day = locale.toString(moment.date(), "ddd")
    if locale.language() == QLocale.Language.C:
        date, clock = (
            locale.toString(moment.date(), "d MMM yyyy"),
            locale.toString(moment.time(), "HH:mm"),
        )
    else:
        date = locale.toString(moment.date(), QLocale.FormatType.ShortFormat)
        clock = locale.toString(moment.time(), QLocale.FormatType.ShortFormat)
    return translate("Reader", "{day} {date}, {time}").format(day=day, date=date, time=clock)


_QUOTED = "<span style='color:palette(placeholder-text)'>{}</span>"


def plain_body_html(text: str, *, fold: bool = False) -> str:
    """Escaped text with quotes (``>`` lines, their attribution, an Outlook original) and
    the signature dimmed, each line a paragraph of its own direction (Qt lays out every
    line of a ``<pre>`` as a block, right to left when its first letter is). ``fold``
    leaves out the quotes :func:`~threadline.core.quoting.split_body` folds."""
    from threadline.core.quoting import split_body

    return parts_html(split_body(text), fold=fold)


def parts_html(parts: list[Part], *, fold: bool = False) -> str:
    """:func:`plain_body_html` of a body already split (folds as ``parts`` say)."""
    from threadline.core.quoting import Kind

    out = []
    for part in parts:
        if part.folded and fold:
            continue
        lines = [html.escape(line) for line in part.text.split("\n")]
        if part.kind is not Kind.OWN:
            lines = [_QUOTED.format(line) if line else line for line in lines]
        out += lines
    while out and not out[-1]:  # what a fold left at the end
        out.pop()
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


#: In a long conversation, cards for this many of the latest messages (and the first).
RECENT_SHOWN = 10
#: "Show N more messages" adds this many cards at a time.
GAP_PAGE = 25

#: One style sheet for every card (a sheet per widget costs a parse per message). No
#: indentation by depth: a 300-message chain would be 300 steps deep (see reply_lines).
CARD_STYLE = (
    "QFrame#messageCard { background: palette(base); border: 1px solid palette(mid);"
    " border-radius: 6px; }"
)


def reading_order(messages: list[StoredMessage]) -> list[StoredMessage]:
    """A conversation's messages as they are read: by date (as Geary and Gmail show
    them), not by the thread tree."""
    return sorted(messages, key=lambda m: (m.date_utc, m.rowid))


def reply_lines(messages: list[StoredMessage]) -> dict[int, StoredMessage]:
    """Where the tree shows: each message (by rowid) that answers another than the one
    just before it in reading order, with the message it answers."""
    by_id = {m.message_id: m for m in messages}
    answered: dict[int, StoredMessage] = {}
    previous: StoredMessage | None = None
    for message in messages:
        parent = by_id.get(message.parent_id) if message.parent_id else None
        if parent is not None and parent is not previous:
            answered[message.rowid] = parent
        previous = message
    return answered


class MessageCard(QFrame):
    """One message: Threadline's own header (plain text) above the isolated body.

    A collapsed card is one line (sender, first words, date) and reads nothing but the
    index; its body is parsed and rendered the first time it is expanded. Clicking the
    header line expands or collapses it.
    """

    #: Expanded or collapsed. (No bool argument: PySide6 on Python 3.11 loses a reference
    #: to True/False per emission of a bool signal, which aborts the process at exit.)
    toggled = Signal()
    link_hovered = Signal(QUrl)  # from the body
    link_clicked = Signal(QUrl)
    #: Reply, Reply all or Forward this very message: "sender", "all" or "forward".
    answer = Signal(str)

    def __init__(
        self,
        message: StoredMessage,
        load_raw: Callable[[int], bytes],
        blocked: list[str],
        *,
        expanded: bool = True,
    ) -> None:
        super().__init__()
        self.message = message
        self.load_raw = load_raw
        self.blocked = blocked
        self.setObjectName("messageCard")
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        sent = " · " + self.tr("sent by you") if message.is_sent else ""
        self.sender_label = plain_label(sender_line(message.sender, message.from_addr))
        self.sender_label.setAccessibleName(self.tr("From"))
        bold = self.sender_label.font()
        bold.setBold(True)
        self.sender_label.setFont(bold)
        self.snippet_label = plain_label(isolated(message.snippet))
        self.snippet_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
        self.date_label = plain_label(f"{_when(message.date_utc)}{sent}")
        self.date_label.setAccessibleName(self.tr("Date"))
        for dim in (self.snippet_label, self.date_label):
            dim.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        header = QHBoxLayout()
        header.setSpacing(8)
        header.addWidget(self.sender_label)
        header.addWidget(self.snippet_label, 1)
        header.addStretch(0)  # keeps the date on the right while the snippet is hidden
        header.addWidget(self.date_label)
        self.rows = QVBoxLayout(self)
        self.rows.setContentsMargins(10, 8, 10, 8)
        self.rows.setSpacing(2)
        self.rows.addLayout(header)
        self.to_label: QLabel | None = None
        #: "In reply to …" when this message answers another than the one before it.
        self.answered_label: QLabel | None = None
        self.answer_row: QWidget | None = None
        #: The message's files (attachments), under its text; ``None`` when it has none.
        self.files: AttachmentStrip | None = None
        self._files_row: QScrollArea | None = None
        #: Opens a saved copy of a file with the desktop's program (tests pass their own).
        self.open_file: Callable[[QUrl], bool] = open_with_desktop
        #: Whose web pictures load without asking (shared by the view, kept by the app).
        self.picture_policy = PicturePolicy()
        self.pictures_bar: RemotePicturesBar | None = None
        #: "Show quoted text" / "Hide quoted text", when the body has a quote folded.
        self.quote_toggle: QPushButton | None = None
        self.quotes_shown = False
        #: Whether a quote's words are in an earlier message of the conversation (the view
        #: asks its store); ``None``: fold by position alone.
        self.repeats: Callable[[str], bool] | None = None
        #: A plain-text body, split (folds kept only for quotes found earlier).
        self._parts: list[Part] | None = None
        #: An HTML body, split into what shows folded and whole.
        self._html: HtmlBody | None = None
        self._body: _MessageBody | None = None
        self.expanded = False
        if expanded:
            self.expand()

    @property
    def body(self) -> _MessageBody:
        """The message's own document, built on first use."""
        if self._body is None:
            from threadline.core.html_quotes import HtmlBody, split_html
            from threadline.core.message_files import received_files
            from threadline.core.parse import body_text, html_only_body, inline_parts, parse_message
            from threadline.core.quoting import has_fold, only_repeated, split_body
            from threadline.core.sanitize import sanitize_html

            parsed = parse_message(self.load_raw(self.message.rowid))
            markup = html_only_body(parsed)
            body = _MessageBody(inline_parts(parsed) if markup is not None else {}, self.blocked)
            body.setAccessibleName(
                self.tr("Message from {sender}").format(sender=self.message.sender)
            )
            body.highlighted.connect(self.link_hovered)
            body.anchorClicked.connect(self.link_clicked)
            if markup is not None:
                _light_page(body)
                self._html = split_html(sanitize_html(markup))
                if self._html.folds and not self._repeated(self._html.quote_text):
                    self._html = HtmlBody(self._html.full, self._html.full)
                body.markup = self._html.full
                body.image_sizes = image_sizes(body.markup)
                body.setHtml(body.markup)
                body.remote = web_pictures(body.document())  # known before any is drawn
                if self._html.folds:  # (the folded quote's pictures are counted too)
                    body.markup = self._html.own
                    body.setHtml(body.markup)
            else:
                self._parts = split_body(body_text(parsed).strip())
                if has_fold(self._parts) and self.repeats is not None:
                    self._parts = only_repeated(self._parts, self.repeats)
                body.setHtml(parts_html(self._parts, fold=True))
            to = isolated(self.message.to_addrs or "—")
            recipients = self.tr("To: {addresses}").format(addresses=to)
            if self.message.cc_addrs:
                cc = self.tr("Cc: {addresses}").format(addresses=isolated(self.message.cc_addrs))
                recipients += f"\n{cc}"
            self.to_label = plain_label(recipients)
            self.to_label.setWordWrap(True)
            self.to_label.setAccessibleName(self.tr("Recipients"))
            self.to_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            self.rows.addWidget(self.to_label)
            self.rows.addSpacing(4)
            if body.remote:  # blocked until the user says so (or trusts the sender)
                self.pictures_bar = RemotePicturesBar(body, self.message.from_addr,
                                                      self.picture_policy)  # fmt: skip
                self.rows.addWidget(self.pictures_bar)
            self.rows.addWidget(body)
            if (self._parts is not None and has_fold(self._parts)) or (
                self._html is not None and self._html.folds
            ):
                self.quote_toggle = QPushButton(self.tr("Show quoted text"))
                self.quote_toggle.setObjectName("quoteToggle")
                self.quote_toggle.setAccessibleName(self.tr("Show quoted text"))
                self.quote_toggle.setFlat(True)
                self.quote_toggle.setCursor(Qt.CursorShape.PointingHandCursor)
                self.quote_toggle.setStyleSheet(
                    "QPushButton#quoteToggle { color: palette(link); text-align: left;"
                    " padding: 2px 4px; }"
                )
                self.quote_toggle.clicked.connect(self.toggle_quotes)
                self.rows.addWidget(self.quote_toggle, 0, Qt.AlignmentFlag.AlignLeft)
            files = received_files(parsed)
            if files:
                from threadline.ui.attachment_strip import AttachmentStrip

                self.files = AttachmentStrip(files, self.open_file)
                self._files_row = _scrolling_sideways(self.files)
                self.rows.addWidget(self._files_row)
            self.answer_row = self._answer_buttons()
            self.rows.addWidget(self.answer_row)
            body.setVisible(self.expanded)
            self.to_label.setVisible(self.expanded)
            self.answer_row.setVisible(self.expanded)
            if self._files_row is not None:
                self._files_row.setVisible(self.expanded)
            if self.quote_toggle is not None:
                self.quote_toggle.setVisible(self.expanded)
            if self.pictures_bar is not None:
                self.pictures_bar.setVisible(self.expanded and not self.pictures_bar.done)
            self._body = body
        return self._body

    def show_answered(self, answered: StoredMessage) -> None:
        """Say which earlier message this one answers (shown while it is open): the
        tree, without indentation."""
        line = plain_label(
            self.tr("In reply to {sender}, {date}").format(
                sender=answered.sender, date=_when(answered.date_utc)
            )
        )
        line.setAccessibleName(self.tr("In reply to"))
        line.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        line.setVisible(self.expanded)
        self.toggled.connect(lambda: line.setVisible(self.expanded))
        self.rows.insertWidget(1, line)
        self.answered_label = line

    def expand(self, expanded: bool = True) -> None:
        """Show (or hide) the body; the one-line summary shows while collapsed."""
        self.expanded = expanded
        body = self.body if expanded else self._body
        if body is not None and self.to_label is not None:
            body.setVisible(expanded)
            self.to_label.setVisible(expanded)
            if self.answer_row is not None:
                self.answer_row.setVisible(expanded)
            if self._files_row is not None:
                self._files_row.setVisible(expanded)
            if self.quote_toggle is not None:
                self.quote_toggle.setVisible(expanded)
            if self.pictures_bar is not None:
                self.pictures_bar.setVisible(expanded and not self.pictures_bar.done)
        self.snippet_label.setVisible(not expanded)
        self.setCursor(
            Qt.CursorShape.ArrowCursor if expanded else Qt.CursorShape.PointingHandCursor
        )
        self.toggled.emit()

    def _repeated(self, quote: str) -> bool:
        """Whether ``quote`` (a quote's text) repeats an earlier message (``True`` when
        the card has no conversation to look in)."""
        from threadline.core.quoting import quoted_content

        return self.repeats is None or self.repeats(quoted_content(quote))

    def _draw_body(self) -> None:
        """Draw the body again from its own text or markup, folded or not."""
        if self._body is None:
            return
        if self._parts is not None:
            self._body.setHtml(parts_html(self._parts, fold=not self.quotes_shown))
        elif self._html is not None:
            shown = self._html.full if self.quotes_shown else self._html.own
            if shown != self._body.markup:
                self._body.markup = shown
                self._body.setHtml(shown)

    def follow_palette(self) -> None:
        """Draw again what was drawn with the old palette: the toggle's style sheet, and a
        plain-text body (its dimmed quotes and signature; HTML keeps its white page)."""
        if self.quote_toggle is not None:
            self.quote_toggle.setStyleSheet(self.quote_toggle.styleSheet())
        if self._parts is not None:
            self._draw_body()

    def toggle_quotes(self) -> None:
        """Show the folded quote of the body, or fold it again.

        The body is the message's own document drawn again from its own text or its own
        sanitized markup; the toggle is Threadline's button, outside it (nothing in a
        message can show or press it).
        """
        if self.quote_toggle is None or self._body is None:
            return
        self.quotes_shown = not self.quotes_shown
        self._draw_body()
        label = self.tr("Hide quoted text") if self.quotes_shown else self.tr("Show quoted text")
        self.quote_toggle.setText(label)
        self.quote_toggle.setAccessibleName(label)

    def _answer_buttons(self) -> QWidget:
        """Threadline's own buttons under the message: answer this one, not the newest."""
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 4, 0, 0)
        sender = self.message.sender or self.message.from_addr
        for label, mode, description in (
            (self.tr("Reply"), "sender",
             self.tr("Reply to {sender}, to this message").format(sender=sender)),
            (self.tr("Reply all"), "all", self.tr("Reply to everyone on this message")),
            (self.tr("Forward"), "forward", self.tr("Forward this message")),
        ):  # fmt: skip
            button = QPushButton(label)
            button.setObjectName(f"answer-{mode}")
            button.setAccessibleName(f"{label}: {sender}")
            button.setToolTip(plain_tooltip(description))
            button.setCursor(Qt.CursorShape.ArrowCursor)
            button.clicked.connect(lambda _checked=False, mode=mode: self.answer.emit(mode))
            layout.addWidget(button)
        layout.addStretch(1)
        return row

    def _on_header(self, event: QMouseEvent) -> bool:
        return event.position().y() <= self.sender_label.geometry().bottom() + 8

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._on_header(event):
            event.accept()
        else:
            super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click on the header line expands or collapses the message."""
        if self._on_header(event):
            self.expand(not self.expanded)
            event.accept()
        else:
            super().mouseReleaseEvent(event)

    def text(self) -> str:
        """What the card shows, as plain text."""
        shown = [self.sender_label.text(), self.date_label.text()]
        if self.expanded and self.to_label is not None:
            shown += [self.to_label.text(), self.body.toPlainText()]
        else:
            shown.append(self.snippet_label.text())
        return "\n".join(shown)


def _scrolling_sideways(strip: QWidget) -> QScrollArea:
    """``strip`` in a row that scrolls sideways when it is wider than the card (a row of
    many files would otherwise make the card wider than the reader, cut at its right)."""
    row = QScrollArea()
    row.setWidget(strip)
    row.setWidgetResizable(True)
    row.setFrameShape(QFrame.Shape.NoFrame)
    row.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    row.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    row.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
    row.setFixedHeight(strip.sizeHint().height() + row.horizontalScrollBar().sizeHint().height())
    row.setStyleSheet("QScrollArea { background: transparent; }")
    row.viewport().setAutoFillBackground(False)
    strip.setAutoFillBackground(False)
    return row


def sender_line(name: str, address: str) -> str:
    """``Name <address>`` for a card's header; a name that could reorder the line (Arabic,
    Hebrew, bidi controls) is isolated (FSI…PDI), so the name reads in its own direction
    and the address stays after it on a left-to-right line."""
    return isolated(f"{isolate_if_needed(name)} <{address}>")


def palette_key(palette: QPalette) -> tuple[str, ...]:
    """The colours of ``palette`` the reader's style sheets and bodies are drawn with."""
    roles = (QPalette.ColorRole.Base, QPalette.ColorRole.Mid, QPalette.ColorRole.Text,
             QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Link,
             QPalette.ColorRole.Highlight, QPalette.ColorRole.Window)  # fmt: skip
    return tuple(palette.color(role).name(QColor.NameFormat.HexArgb) for role in roles)


#: The white page's margin around an HTML body (it reads as a page on a dark card).
PAGE_MARGIN = 12


def _light_page(body: QTextBrowser) -> None:
    """HTML mail is designed for a white page: give it one, whatever the palette."""
    palette = body.palette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive,
                  QPalette.ColorGroup.Disabled):  # fmt: skip
        palette.setColor(group, QPalette.ColorRole.Base, QColor("white"))
        palette.setColor(group, QPalette.ColorRole.Text, QColor("black"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#1a56c2"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#6b6b6b"))
    body.setPalette(palette)
    body.document().setDocumentMargin(PAGE_MARGIN)


class ThreadView(QScrollArea):
    """The open conversation: a column of message cards, or a note when there is none."""

    #: The real target of the link under the pointer ("" when it leaves a link).
    link_hovered = Signal(str)
    #: A card's Reply / Reply all / Forward: (the message's rowid, "sender"/"all"/"forward").
    answer_requested = Signal(int, str)

    def __init__(self) -> None:
        super().__init__()
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        # where the keyboard is: a ring when the reader has the focus (room kept for it
        # always, so nothing moves when the focus comes and goes)
        self.setObjectName("reader")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setStyleSheet(
            "QScrollArea#reader { border: 2px solid transparent; border-radius: 4px; }"
            "QScrollArea#reader:focus { border-color: palette(highlight); }"
        )
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.blocked: list[str] = []
        self.cards: list[MessageCard] = []
        #: "Show N more messages" buttons of a long conversation, with what each hides.
        self.gaps: dict[QPushButton, list[StoredMessage]] = {}
        self.store: MessageStore | None = None
        self.opened_at_start: set[int] = set()
        #: Where reading goes on: the first unread card, else the newest.
        self.reading_point: MessageCard | None = None
        #: Messages that answer another than the one before them (see reply_lines).
        self.answers: dict[int, StoredMessage] = {}
        #: The conversation's messages (rowids) in reading order: a card's quote folds
        #: when its words are in a message before it (see MessageCard.repeats).
        self._order: list[int] = []
        #: The palette colours the style sheets were last drawn with (see _follow_palette).
        self._palette_key = palette_key(self.palette())
        self._palette_pending = False
        self.opener: Callable[[QUrl], bool] = open_external
        self.file_opener: Callable[[QUrl], bool] = open_with_desktop
        self.picture_policy = PicturePolicy()
        self.confirmation: QMessageBox | None = None
        self._column = QWidget()
        self._layout = QVBoxLayout(self._column)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.setSpacing(12)
        self._column.setStyleSheet(CARD_STYLE)
        self.expand_all_button = QPushButton(self.tr("Expand all"))
        self.expand_all_button.setAccessibleName(self.tr("Expand all messages"))
        self.expand_all_button.clicked.connect(self.expand_all)
        self.expand_all_button.hide()
        self._layout.addWidget(self.expand_all_button, 0, Qt.AlignmentFlag.AlignRight)
        self.note = QLabel()
        self.note.setTextFormat(Qt.TextFormat.RichText)  # Threadline's own words only
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self._layout.addWidget(self.note)
        self._layout.addStretch(1)
        self.setWidget(self._column)

    def _clear(self) -> None:
        for widget in [*self.cards, *self.gaps]:
            self._layout.removeWidget(widget)
            widget.deleteLater()
        self.cards = []
        self.gaps = {}
        self.blocked = []

    def show_note(self, markup: str) -> None:
        """Show Threadline's own note (e.g. the empty state) instead of a conversation."""
        self._clear()
        self.note.setText(markup)
        self.note.setVisible(bool(markup))

    def show_conversation(self, store: MessageStore, messages: list[StoredMessage]) -> None:
        """Show ``messages`` in date order, each on its own card; a message that answers
        another than the one before it says which ("In reply to …").

        The newest message and the unread ones are open; the others are one line each
        until clicked. In a long conversation only the first message, the last
        :data:`RECENT_SHOWN` and the unread ones get cards; the rest wait behind a
        "Show N more messages" button (as Gmail does), so it opens at once at any length.
        """
        self._clear()
        self.note.hide()
        self.store = store
        messages = reading_order(messages)
        self.answers = reply_lines(messages)
        self._order = [m.rowid for m in messages]
        newest = max(messages, key=lambda m: (m.date_utc, m.rowid), default=None)
        self.opened_at_start = {m.rowid for m in messages if m is newest or m.is_unread}
        keep = {0, *range(max(0, len(messages) - RECENT_SHOWN), len(messages))}
        keep |= {n for n, m in enumerate(messages) if m.rowid in self.opened_at_start}
        hidden: list[StoredMessage] = []
        for number, message in enumerate(messages):
            if number in keep:
                if hidden:
                    self._add_gap(hidden)
                    hidden = []
                self._add_card(message, self._layout.count() - 2)
            else:
                hidden.append(message)
        self.cards = self._cards_in_order()
        self._show_expand_all()
        self.verticalScrollBar().setValue(0)
        unread = [card for card in self.cards if card.message.is_unread]
        newest_card = [card for card in self.cards if card.message is newest]
        self.reading_point = (unread or newest_card)[0] if unread or newest_card else None
        QTimer.singleShot(0, self.scroll_to_reading_point)  # once the cards have their size

    def scroll_to_reading_point(self) -> None:
        """Bring the first unread message, else the newest, to the top of the view (as
        Geary and Gmail open a conversation where the reading goes on)."""
        card = self.reading_point
        if card is None or card not in self.cards:  # another conversation since
            return
        self._layout.activate()
        top = card.mapTo(self._column, card.rect().topLeft()).y() - self._layout.spacing()
        self.verticalScrollBar().setValue(max(0, top))

    def _holders(self) -> dict[int, QWidget]:
        """Each shown message's card, or the "Show N more" button hiding it."""
        holders: dict[int, QWidget] = {card.message.rowid: card for card in self.cards}
        for gap, hidden in self.gaps.items():
            holders.update((m.rowid, gap) for m in hidden)
        return holders

    def shown_rowids(self) -> set[int]:
        """The messages shown: on cards, or behind a "Show N more" button."""
        return set(self._holders())

    def add_messages(self, messages: list[StoredMessage]) -> int:
        """Show the messages of ``messages`` (the conversation) that are new since it was
        opened, each open on a card in its place by date; the rest of the view (open and
        closed cards, the scroll position) stays as it is.

        Returns how many were added.
        """
        if self.store is None:
            return 0
        messages = reading_order(messages)
        self.answers = reply_lines(messages)
        self._order = [m.rowid for m in messages]
        holders = self._holders()
        added = 0
        scroll = self.verticalScrollBar().value()
        after: QWidget | None = None  # the card or gap of the previous message
        for message in messages:
            if message.rowid in holders:
                after = holders[message.rowid]
                continue
            self.opened_at_start.add(message.rowid)
            index = self._layout.indexOf(after) + 1 if after is not None else 1
            after = self._add_card(message, index)
            added += 1
        if added:
            self.cards = self._cards_in_order()
            self._show_expand_all()
            self.verticalScrollBar().setValue(scroll)
        return added

    def _add_card(self, message: StoredMessage, index: int) -> MessageCard:
        assert self.store is not None
        opened = message.rowid in self.opened_at_start
        card = MessageCard(message, self.store.raw, self.blocked, expanded=False)
        answered = self.answers.get(message.rowid)
        if answered is not None:
            card.show_answered(answered)
        card.open_file = self.file_opener
        card.picture_policy = self.picture_policy
        card.repeats = partial(self._repeats, message.rowid)
        if opened:
            card.expand()
        card.link_hovered.connect(self._hovered)
        card.link_clicked.connect(partial(self.follow_link, card))
        card.toggled.connect(self._show_expand_all)
        card.answer.connect(partial(self._answer, card))
        self._layout.insertWidget(index, card)
        return card

    def _repeats(self, rowid: int, text: str) -> bool:
        """Whether ``text`` (a quote's words) is in a message before ``rowid`` in the
        conversation: one phrase query on the search index (fast at any length)."""
        if self.store is None or rowid not in self._order:
            return False
        return self.store.bodies_contain(self._order[: self._order.index(rowid)], text)

    def event(self, event: QEvent) -> bool:
        """A palette switch (light/dark, while the app runs) redraws what style sheets and
        plain-text bodies drew with the old palette, once the switch is done."""
        changes = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)
        if event.type() in changes and not self._palette_pending:
            self._palette_pending = True
            QTimer.singleShot(0, self, self._follow_palette)
        return super().event(event)

    def _follow_palette(self) -> None:
        self._palette_pending = False
        key = palette_key(self.palette())
        if key == self._palette_key:
            return
        self._palette_key = key
        # style sheets read palette(...) when a widget is polished: set them again
        self.setStyleSheet(self.styleSheet())
        self._column.setStyleSheet(CARD_STYLE)
        for card in self.cards:
            card.follow_palette()

    def _answer(self, card: MessageCard, mode: str) -> None:
        self.answer_requested.emit(card.message.rowid, mode)

    def _hovered(self, url: QUrl) -> None:
        self.link_hovered.emit(url.toString())

    def _cards_in_order(self) -> list[MessageCard]:
        found = []
        for number in range(self._layout.count()):
            item = self._layout.itemAt(number)
            widget = item.widget() if item is not None else None
            if isinstance(widget, MessageCard):
                found.append(widget)
        return found

    def _add_gap(self, hidden: list[StoredMessage]) -> QPushButton:
        gap = QPushButton(self.tr("Show %n more message(s)", "", len(hidden)))
        gap.setAccessibleName(self.tr("Show more messages"))
        gap.setFlat(True)
        gap.clicked.connect(partial(self._open_gap, gap))
        self._layout.insertWidget(self._layout.count() - 2, gap)
        self.gaps[gap] = list(hidden)
        return gap

    def _open_gap(self, gap: QPushButton, _checked: bool = False, *, page: int = GAP_PAGE) -> None:
        """Cards for the hidden messages next to the later ones, a page at a time."""
        hidden = self.gaps[gap]
        shown, rest = hidden[-page:], hidden[:-page]
        index = self._layout.indexOf(gap)
        for offset, message in enumerate(shown):
            self._add_card(message, index + 1 + offset)
        if rest:
            self.gaps[gap] = rest
            gap.setText(self.tr("Show %n more message(s)", "", len(rest)))
        else:
            self._layout.removeWidget(gap)
            del self.gaps[gap]
            gap.deleteLater()
        self.cards = self._cards_in_order()
        self._show_expand_all()

    def expand_all(self) -> None:
        """Open every message of the conversation (the hidden ones too).

        Each message is its own document, so this costs a few milliseconds a message:
        fine for hundreds, slow for thousands (which is why they start closed).
        """
        self._column.setUpdatesEnabled(False)
        try:
            for gap, hidden in list(self.gaps.items()):
                self._open_gap(gap, page=len(hidden))
            for card in self.cards:
                if not card.expanded:
                    card.expand()
        finally:
            self._column.setUpdatesEnabled(True)

    def _show_expand_all(self) -> None:
        self.expand_all_button.setVisible(
            bool(self.gaps) or any(not c.expanded for c in self.cards)
        )

    def toPlainText(self) -> str:
        """Everything shown, as plain text (for tests and accessibility checks)."""
        if not self.cards:
            return self.note.text() if self.note.isVisible() else ""
        return "\n\n".join(card.text() for card in self.cards)

    def follow_link(self, card: MessageCard, url: QUrl) -> None:
        """Open a clicked link, after asking when its text names another address."""
        from threadline.core.links import is_deceptive, target_host

        if url.scheme().lower() not in OPENABLE_SCHEMES:
            return
        href = url.toString()
        shown = [t for t in link_texts(card.body.document()).get(href, []) if is_deceptive(t, href)]
        if not shown:
            self.opener(url)
            return
        where = target_host(href) or href
        box = QMessageBox(
            QMessageBox.Icon.Warning, self.tr("Open this link?"),
            self.tr("The link says “{text}” but leads to another place:\n\n{href}\n\n"
                    "Open it only if you trust where it goes.").format(text=shown[0].strip(),
                                                                        href=href),
            QMessageBox.StandardButton.Cancel, self,
        )  # fmt: skip
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setAccessibleName(self.tr("Open this link?"))
        go = box.addButton(self.tr("Open {where}").format(where=where),
                           QMessageBox.ButtonRole.AcceptRole)  # fmt: skip
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.finished.connect(lambda _r: self.opener(url) if box.clickedButton() is go else None)
        self.confirmation = box
        box.open()
