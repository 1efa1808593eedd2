"""The reader: each message on its own card, headers as plain text, bodies isolated.

Hostile mail through the whole window is in test_hostile_mail.py; here the parts.
"""

from __future__ import annotations

import time
from base64 import b64encode
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QSize, Qt, QUrl
from PySide6.QtGui import QColor, QImage, QPalette, QTextDocument
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.messages import MessageStore
from threadline.ui.thread_view import (
    PLACEHOLDER_SIZE,
    MessageCard,
    SafeTextBrowser,
    ThreadView,
    link_texts,
    plain_body_html,
)


def png(color: str) -> bytes:
    image = QImage(1, 1, QImage.Format.Format_ARGB32)
    image.fill(QColor(color))
    data = QByteArray()
    buffer = QBuffer(data)
    image.save(buffer, "PNG")
    return bytes(data.data())


def test_a_refused_resource_gets_an_empty_answer_never_none(qtbot: QtBot) -> None:
    browser = SafeTextBrowser()
    image = QTextDocument.ResourceType.ImageResource.value
    refused = ("file:///etc/passwd", "/dev/zero", "file://host/share/x.png", "x.png",
               "https://tracker.example/p.gif", "qrc:/icon.png", "cid:/etc/passwd")  # fmt: skip
    for address in refused:
        answer = browser.loadResource(image, QUrl(address))
        # a real picture: for a null one, Qt would read the address as a file itself
        assert isinstance(answer, QImage) and not answer.isNull(), address
        assert answer.size() == PLACEHOLDER_SIZE  # a visible placeholder, not a pixel
    assert len(browser.blocked) == 7
    style = QTextDocument.ResourceType.StyleSheetResource.value
    answer = browser.loadResource(style, QUrl("file:///etc/passwd"))
    assert answer is not None and answer.size() == 0


def test_cid_and_data_images_are_the_only_ones_shown(qtbot: QtBot) -> None:
    red = png("red")
    browser = SafeTextBrowser(inline={"logo@x": red})
    image = QTextDocument.ResourceType.ImageResource.value
    logo = browser.loadResource(image, QUrl("cid:logo@x"))
    assert logo.size() == QSize(1, 1) and logo.pixelColor(0, 0).red() == 255
    inline = browser.loadResource(image, QUrl(f"data:image/png;base64,{b64encode(red).decode()}"))
    assert inline.size() == QSize(1, 1) and inline.pixelColor(0, 0).red() == 255
    assert browser.blocked == []
    assert browser.loadResource(image, QUrl("cid:other@x")).size() == PLACEHOLDER_SIZE
    assert (
        browser.loadResource(image, QUrl("data:image/png;base64,QUJD")).size() == PLACEHOLDER_SIZE
    )
    assert browser.blocked == ["cid:other@x", "data:image/png;base64,QUJD"]


def test_plain_text_is_escaped_and_quoting_is_dimmed() -> None:
    text = (
        "Hi <b>Ann</b> & all,\nsee below.\n\nOn Monday, Bob wrote:\n> the plan\n>> older\n"
        "I wrote: nothing\nback to me"
    )
    markup = plain_body_html(text)
    assert markup.startswith("<pre style='white-space:pre-wrap; font-family:sans-serif;")
    dim = "<span style='color:palette(placeholder-text)'>{}</span>"
    lines = markup.removeprefix(markup.split(">", 1)[0] + ">").removesuffix("</pre>").split("\n")
    assert lines == [
        "Hi &lt;b&gt;Ann&lt;/b&gt; &amp; all,", "see below.", "",
        dim.format("On Monday, Bob wrote:"),  # an attribution followed by a quote
        dim.format("&gt; the plan"), dim.format("&gt;&gt; older"),
        "I wrote: nothing", "back to me",  # "wrote:" without a quote after it
    ]  # fmt: skip
    document = QTextDocument()
    document.setHtml(markup)
    assert document.toPlainText() == text


def test_link_texts_collects_every_anchor_with_its_visible_text() -> None:
    document = QTextDocument()
    document.setHtml(
        "<p>Go to <a href='https://evil.example/login'>https://<b>bank</b>.example</a>"
        " or <a href='https://bank.example/help'>Help</a>.</p>"
        "<p><a href='https://evil.example/login'>again</a> and text</p>"
    )
    assert link_texts(document) == {
        "https://evil.example/login": ["https://bank.example", "again"],
        "https://bank.example/help": ["Help"],
    }
    assert link_texts(QTextDocument()) == {}


@pytest.fixture
def store(tmp_path: Path) -> MessageStore:
    return MessageStore(db.connect(tmp_path / "s.sqlite3"))


def card_for(store: MessageStore, raw: bytes, **stored: bool) -> MessageCard:
    added = store.add_message(raw, **stored)
    return MessageCard(store.message(added.rowid), store.raw, [])


def test_a_cards_header_is_threadlines_own_plain_text(qtbot: QtBot, store: MessageStore) -> None:
    raw = make_raw("a@x", sender='"<img src=/etc/passwd> Mallory" <m@evil.example>', to="",
                   date="Mon, 23 Nov 2026 09:00:00 +0000", body="Hello")  # fmt: skip
    card = card_for(store, raw, is_sent=True)
    qtbot.addWidget(card)
    labels = (card.sender_label, card.date_label, card.to_label)
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
    assert all(label.parent() is card for label in labels)
    assert card.sender_label.text() == "<img src=/etc/passwd> Mallory <m@evil.example>"
    when = time.strftime("%a %-d %b %Y, %H:%M", time.localtime(1_795_424_400))
    assert card.date_label.text() == f"{when} · sent by you"
    assert card.to_label.text() == "To: —"
    assert card.text().splitlines()[-1] == "Hello"


def test_a_card_shows_who_else_got_the_message(qtbot: QtBot, store: MessageStore) -> None:
    raw = make_raw("cc@x", to="Bob <bob@example.net>",
                   extra="Cc: Carol <carol@example.org>, dan@example.org\r\n")  # fmt: skip
    card = card_for(store, raw)
    qtbot.addWidget(card)
    assert card.to_label is not None and card.to_label.isVisibleTo(card)
    lines = card.to_label.text().splitlines()
    assert lines[0].startswith("To: ") and "bob@example.net" in lines[0]
    assert lines[1].startswith("Cc: ") and "carol@example.org" in lines[1]
    assert "dan@example.org" in lines[1]


def test_a_plain_text_body_keeps_its_quoting(qtbot: QtBot, store: MessageStore) -> None:
    card = card_for(store, make_raw("a@x", body="Yes.\r\n\r\nBob wrote:\r\n> Lunch?"))
    qtbot.addWidget(card)
    assert card.body.toPlainText() == "Yes.\n\nBob wrote:\n> Lunch?"
    assert card.body.inline == {}  # a text message has no pictures to show


def test_an_html_only_body_is_sanitized_on_a_white_page(qtbot: QtBot, store: MessageStore) -> None:
    body = "<p onclick='x()'>Big <b>sale</b></p><script>alert(1)</script>"
    raw = make_raw("h@x", extra="Content-Type: text/html; charset=utf-8", body=body)
    card = card_for(store, raw)
    qtbot.addWidget(card)
    assert card.body.toPlainText().strip() == "Big sale"
    assert "alert" not in card.body.toHtml() and "onclick" not in card.body.toHtml()
    assert card.body.palette().color(QPalette.ColorRole.Base) == QColor("white")
    assert card.body.palette().color(QPalette.ColorRole.Text) == QColor("black")


def test_the_view_shows_a_note_or_a_conversation(qtbot: QtBot, store: MessageStore) -> None:
    view = ThreadView()
    qtbot.addWidget(view)
    view.show()
    view.show_note("<b>No conversation</b> selected")  # Threadline's own words: rich text
    assert view.note.isVisible() and view.toPlainText() == "<b>No conversation</b> selected"
    first = store.add_message(make_raw("a@x", body="First", date="01 Nov 2026 10:00:00 +0000"))
    store.add_message(make_raw("b@x", references=["a@x"], body="Second",
                               date="02 Nov 2026 10:00:00 +0000"))  # fmt: skip
    view.show_conversation(store, store.thread_messages(first.thread_id))
    assert [c.body.toPlainText() for c in view.cards] == ["First", "Second"]
    assert view.note.isHidden()
    assert "First" in view.toPlainText() and "Second" in view.toPlainText()
    view.show_note("")
    assert view.cards == [] and view.toPlainText() == ""


def test_a_link_whose_text_names_another_host_in_brackets_asks_first(
    qtbot: QtBot, store: MessageStore
) -> None:
    raw = make_raw("p@x", extra="Content-Type: text/html",
                   body="<p>Log in at <a href='https://evil.example/'>&lt;https://bank.example&gt;"
                        "</a></p>")  # fmt: skip
    view = ThreadView()
    qtbot.addWidget(view)
    opened: list[str] = []
    view.opener = lambda url: opened.append(url.toString()) or True
    view.show_conversation(store, [store.message(store.add_message(raw).rowid)])
    view.cards[0].body.anchorClicked.emit(QUrl("https://evil.example/"))
    box = view.confirmation
    assert isinstance(box, QMessageBox) and box.isVisible() and opened == []
    assert "“<https://bank.example>”" in box.text()
    box.button(QMessageBox.StandardButton.Cancel).click()
    assert opened == []


def test_the_reader_shows_when_it_has_the_keyboard(qtbot: QtBot, store: MessageStore) -> None:
    from PySide6.QtWidgets import QLineEdit, QVBoxLayout, QWidget

    window = QWidget()
    other = QLineEdit()
    view = ThreadView()
    layout = QVBoxLayout(window)
    layout.addWidget(other)
    layout.addWidget(view)
    qtbot.addWidget(window)
    window.resize(400, 300)
    window.show()
    qtbot.waitExposed(window)
    other.setFocus()
    qtbot.waitUntil(other.hasFocus)
    edge = (1, view.height() // 2)
    before = view.grab().toImage().pixel(*edge)
    qtbot.keyClick(other, Qt.Key.Key_Tab)  # on to the reader, by keyboard
    qtbot.waitUntil(view.hasFocus)
    after = view.grab().toImage().pixel(*edge)
    assert after != before and QColor(after) == view.palette().color(QPalette.ColorRole.Highlight)


QUOTE = "\r\n".join(f"> line {n} of the plan" for n in range(6))
FOLDING = f"Yes, Friday works.\r\n\r\nOn Mon, Maya wrote:\r\n{QUOTE}\r\n-- \r\nAnn"


def test_a_long_trailing_quote_is_folded_behind_threadlines_toggle(
    qtbot: QtBot, store: MessageStore
) -> None:
    card = card_for(store, make_raw("q@x", body=f"Yes, Friday works.\r\n\r\nOn Mon, Maya "
                                                f"wrote:\r\n{QUOTE}\r\n"))  # fmt: skip
    qtbot.addWidget(card)
    card.show()
    toggle = card.quote_toggle
    assert toggle is not None and toggle.isVisible() and toggle.text() == "Show quoted text"
    assert toggle.parent() is card  # Threadline's widget, outside the message's document
    assert card.body.toPlainText() == "Yes, Friday works."
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert toggle.text() == "Hide quoted text" and card.quotes_shown
    assert card.body.toPlainText() == f"Yes, Friday works.\n\nOn Mon, Maya wrote:\n{QUOTE}".replace(
        "\r\n", "\n"
    )
    qtbot.waitUntil(lambda: card.body.height() > 6 * card.body.fontMetrics().height())
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert toggle.text() == "Show quoted text" and card.body.toPlainText() == "Yes, Friday works."
    card.expand(False)
    assert toggle.isHidden()
    card.expand()
    assert toggle.isVisible()


def test_short_and_interleaved_quotes_stay_in_view_without_a_toggle(
    qtbot: QtBot, store: MessageStore
) -> None:
    body = f"Bob wrote:\r\n{QUOTE}\r\nFirst answer.\r\n{QUOTE}\r\nSecond answer."
    card = card_for(store, make_raw("i@x", body=body))
    qtbot.addWidget(card)
    assert card.quote_toggle is None
    assert card.body.toPlainText() == body.replace("\r\n", "\n")


def colour_of(card: MessageCard, text: str) -> QColor:
    """The colour the body draws ``text`` (a whole line of it) in."""
    block = card.body.document().findBlockByNumber(0)
    while block.isValid() and block.text() != text:
        block = block.next()
    assert block.isValid(), text
    fmt = block.begin().fragment().charFormat()
    if fmt.hasProperty(fmt.Property.ForegroundBrush):
        return fmt.foreground().color()
    return card.body.palette().color(QPalette.ColorRole.Text)


def test_the_signature_is_dimmed_but_readable(qtbot: QtBot, store: MessageStore) -> None:
    card = card_for(store, make_raw("s@x", body="See you there.\r\n-- \r\nAnn Lee\r\nNorthwind"))
    qtbot.addWidget(card)
    own, signature = colour_of(card, "See you there."), colour_of(card, "Ann Lee")
    assert own != signature
    assert signature == card.palette().color(QPalette.ColorRole.PlaceholderText)
    assert colour_of(card, "-- ") == signature and colour_of(card, "Northwind") == signature
    markup = plain_body_html("Hi\n-- \nAnn")
    assert "<span style='color:palette(placeholder-text)'>Ann</span>" in markup


def test_a_right_to_left_sender_keeps_the_address_after_the_name(
    qtbot: QtBot, store: MessageStore
) -> None:
    raw = make_raw("r@x", sender="سارة أحمد <sara@example.eg>", body="مرحبا")
    card = card_for(store, raw)
    qtbot.addWidget(card)
    assert card.sender_label.text() == "\u2068سارة أحمد\u2069 <sara@example.eg>"
    label = card.sender_label
    label.setFixedWidth(label.sizeHint().width() + 200)
    card.show()
    qtbot.waitExposed(card)
    image = label.grab().toImage()
    background = image.pixelColor(image.width() - 1, image.height() // 2)
    ink = [x for x in range(image.width()) for y in range(image.height())
           if image.pixelColor(x, y) != background]  # fmt: skip
    assert min(ink) < 10  # a left-to-right line: it starts at the left, not the right
    assert max(ink) < image.width() - 150


def test_plain_text_lines_each_run_in_their_own_direction(
    qtbot: QtBot, store: MessageStore
) -> None:
    card = card_for(store, make_raw("d@x", body="مرحبا يا صديقي\r\nHello\r\n> שלום עולם"))
    qtbot.addWidget(card)
    document = card.body.document()
    directions = [document.findBlockByNumber(n).textDirection() for n in range(3)]
    assert directions == [Qt.LayoutDirection.RightToLeft, Qt.LayoutDirection.LeftToRight,
                          Qt.LayoutDirection.RightToLeft]  # fmt: skip


@pytest.fixture
def dark_palette(qapp: object) -> object:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    before = app.palette()
    dark = QPalette(before)
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.Base, "#2a2b2e"),
                         (QPalette.ColorRole.Text, "#e8e8e8"),
                         (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.PlaceholderText, "#9a9a9a")):  # fmt: skip
        dark.setColor(role, QColor(colour))
    app.setPalette(dark)
    yield dark
    app.setPalette(before)


def test_html_mail_is_a_white_page_and_plain_text_follows_a_dark_palette(
    qtbot: QtBot, store: MessageStore, dark_palette: QPalette
) -> None:
    html_card = card_for(store, make_raw("h@x", extra="Content-Type: text/html",
                                         body="<p>Big <b>sale</b></p>"))  # fmt: skip
    plain_card = card_for(store, make_raw("p@x", body="Plain words"))
    for card in (html_card, plain_card):
        qtbot.addWidget(card)
        card.resize(500, 200)
        card.show()
        qtbot.waitExposed(card)
    page = html_card.body.grab().toImage()
    assert page.pixelColor(3, 3) == QColor("white")  # the page's margin
    ink = {page.pixelColor(x, y).name() for x in range(120) for y in range(page.height())}
    assert "#000000" in ink  # black text on it
    assert html_card.body.document().documentMargin() >= 8
    plain = plain_card.body.grab().toImage()
    assert plain.pixelColor(1, 1) == QColor("#2a2b2e")
    assert colour_of(plain_card, "Plain words") == QColor("#e8e8e8")


def test_a_blocked_picture_is_a_visible_placeholder_of_its_given_size(
    qtbot: QtBot, store: MessageStore
) -> None:
    from threadline.ui.thread_view import PLACEHOLDER_MAX, blocked_image

    small = blocked_image()
    assert small.size() == PLACEHOLDER_SIZE and not small.isNull()
    assert small.pixelColor(2, 2).alpha() == 255 and small.pixelColor(2, 2) != QColor("white")
    colours = {small.pixelColor(x, small.height() // 2).name() for x in range(small.width())}
    assert len(colours) > 2  # a sign drawn in the box
    assert blocked_image(600, 200).size() == QSize(600, 200)
    assert blocked_image(10**6, 5).size() == QSize(PLACEHOLDER_MAX, 5)
    assert blocked_image(0, 0).size() == QSize(1, 1)
    body = ("<p>News</p><img src='https://cdn.example/hero.png' width='300' height='120'>"
            "<img src='https://cdn.example/logo.png'>")  # fmt: skip
    card = card_for(store, make_raw("n@x", extra="Content-Type: text/html", body=body))
    qtbot.addWidget(card)
    image = QTextDocument.ResourceType.ImageResource.value
    hero = card.body.loadResource(image, QUrl("https://cdn.example/hero.png"))
    assert hero.size() == QSize(300, 120)
    logo = card.body.loadResource(image, QUrl("https://cdn.example/logo.png"))
    assert logo.size() == PLACEHOLDER_SIZE
    assert card.body.remote == ["https://cdn.example/hero.png", "https://cdn.example/logo.png"]


HTML_ORIGINAL = "".join(f"<div>Line {n} of the plan, said at length.</div>" for n in range(6))
HTML_REPLY = (
    '<div dir="ltr">Friday works for me.</div><br><div class="gmail_signature">Ann Lee<br>'
    'Northwind</div><div class="gmail_quote"><div dir="ltr">On Mon, 4 Mar 2024, Bob '
    f'&lt;bob@x.org&gt; wrote:<br></div><blockquote class="gmail_quote">{HTML_ORIGINAL}'
    "</blockquote></div>"
)


def html_raw(msgid: str, body: str, **headers: object) -> bytes:
    return make_raw(msgid, extra="Content-Type: text/html; charset=utf-8", body=body,
                    **headers)  # type: ignore[arg-type]  # fmt: skip


def ink_of(card: MessageCard, text: str) -> QColor:
    """The colour the body draws the piece of text holding ``text`` in."""
    block = card.body.document().begin()
    while block.isValid():
        fragments = block.begin()
        while not fragments.atEnd():
            fragment = fragments.fragment()
            if text in fragment.text():
                fmt = fragment.charFormat()
                if fmt.hasProperty(fmt.Property.ForegroundBrush):
                    return fmt.foreground().color()
                return card.body.palette().color(QPalette.ColorRole.Text)
            fragments += 1
        block = block.next()
    raise AssertionError(text)


def test_an_html_quote_is_folded_behind_threadlines_toggle_and_the_signature_dimmed(
    qtbot: QtBot, store: MessageStore
) -> None:
    card = card_for(store, html_raw("g@x", HTML_REPLY))
    qtbot.addWidget(card)
    card.resize(600, 400)
    card.show()
    toggle = card.quote_toggle
    assert toggle is not None and toggle.isVisible() and toggle.parent() is card
    folded = card.body.toPlainText()
    assert "Friday works for me." in folded and "Ann Lee" in folded
    assert "Line 0" not in folded and "wrote:" not in folded
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert toggle.text() == "Hide quoted text" and card.quotes_shown
    whole = card.body.toPlainText()
    assert "On Mon, 4 Mar 2024, Bob <bob@x.org> wrote:" in whole and "Line 5 of the plan" in whole
    qtbot.waitUntil(lambda: card.body.height() > 8 * card.body.fontMetrics().height())
    qtbot.mouseClick(toggle, Qt.MouseButton.LeftButton)
    assert toggle.text() == "Show quoted text" and "Line 0" not in card.body.toPlainText()
    # the signature is grey on the white page; the writer's words stay black
    assert ink_of(card, "Ann Lee") == QColor("#6b6b6b")
    assert ink_of(card, "Friday works for me.") == QColor("black")
    assert card.body.palette().color(QPalette.ColorRole.Base) == QColor("white")


def test_html_that_is_only_a_quote_or_has_none_gets_no_toggle(
    qtbot: QtBot, store: MessageStore
) -> None:
    only = card_for(store, html_raw("o@x", f'<blockquote type="cite">{HTML_ORIGINAL}</blockquote>'))
    plain = card_for(store, html_raw("n@x", "<p>Just <b>words</b></p>"))
    for card in (only, plain):
        qtbot.addWidget(card)
        assert card.quote_toggle is None
    assert "Line 5 of the plan" in only.body.toPlainText()


def test_a_forged_toggle_in_the_message_is_only_text_in_its_own_document(
    qtbot: QtBot, store: MessageStore
) -> None:
    forged = ('<p>Hi</p><button onclick="x()">Show quoted text</button>'
              '<a href="threadline:toggle">Show quoted text</a>'
              f'<blockquote type="cite">{HTML_ORIGINAL}</blockquote>')  # fmt: skip
    card = card_for(store, html_raw("f@x", forged))
    qtbot.addWidget(card)
    assert card.quote_toggle is not None and not card.quotes_shown
    card.body.anchorClicked.emit(QUrl("threadline:toggle"))  # a click on the forged link
    assert not card.quotes_shown and "Line 0" not in card.body.toPlainText()


def test_a_quote_folds_only_when_it_repeats_an_earlier_message(
    qtbot: QtBot, store: MessageStore
) -> None:
    plan = "\r\n".join(f"Line {n} of the plan, said at length." for n in range(6))
    quoted = "\r\n".join(f"> Line {n} of the plan, said at length." for n in range(6))
    stranger = "\r\n".join(f"> A message nobody here has got, line {n}." for n in range(6))
    first = store.add_message(make_raw("p1@x", body=plan, date="01 Nov 2026 10:00:00 +0000"))
    store.add_message(make_raw("p2@x", references=["p1@x"], date="02 Nov 2026 10:00:00 +0000",
                               body=f"Agreed.\r\n\r\nOn Sun, Bob wrote:\r\n{quoted}"))  # fmt: skip
    store.add_message(make_raw("p3@x", references=["p2@x"], date="03 Nov 2026 10:00:00 +0000",
                               body=f"New here.\r\n\r\nSomeone wrote:\r\n{stranger}"))  # fmt: skip
    store.add_message(html_raw("p4@x", HTML_REPLY.replace("Line", "Other line"),
                               references=["p3@x"], date="04 Nov 2026 10:00:00 +0000"))  # fmt: skip
    view = ThreadView()
    qtbot.addWidget(view)
    view.show_conversation(store, store.thread_messages(first.thread_id))
    view.expand_all()
    repeating, unknown, html_unknown = view.cards[1], view.cards[2], view.cards[3]
    assert repeating.quote_toggle is not None
    assert "Line 0" not in repeating.body.toPlainText()
    assert unknown.quote_toggle is None  # its quote repeats nothing the reader has
    assert "A message nobody here has got, line 5." in unknown.body.toPlainText()
    assert html_unknown.quote_toggle is None
    assert "Other line 5 of the plan" in html_unknown.body.toPlainText()
    # a card on its own (no conversation to look in) folds by position, as before
    alone = MessageCard(store.message(view.cards[2].message.rowid), store.raw, [])
    qtbot.addWidget(alone)
    assert alone.quote_toggle is not None


def test_the_reader_follows_a_palette_switch_while_it_runs(
    qtbot: QtBot, store: MessageStore
) -> None:
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    light = QPalette(app.palette())
    first = store.add_message(make_raw("l1@x", date="01 Nov 2026 10:00:00 +0000",
                                       body="Plain words\r\n-- \r\nAnn"))  # fmt: skip
    store.add_message(html_raw("l2@x", "<p>Big <b>sale</b></p>", references=["l1@x"],
                               date="02 Nov 2026 10:00:00 +0000"))  # fmt: skip
    view = ThreadView()
    qtbot.addWidget(view)
    view.resize(600, 500)
    view.show_conversation(store, store.thread_messages(first.thread_id))
    view.expand_all()
    view.show()
    qtbot.waitExposed(view)
    plain_card, html_card = view.cards

    def card_background() -> QColor:
        image = plain_card.grab().toImage()
        return image.pixelColor(image.width() // 2, 3)  # inside the border, above the text

    def shown() -> tuple[QColor, QColor, QColor, QColor]:
        plain = plain_card.body.grab().toImage()
        return (card_background(), colour_of(plain_card, "Plain words"),
                colour_of(plain_card, "Ann"), plain.pixelColor(1, 1))  # fmt: skip

    before = shown()
    assert before[0] == light.color(QPalette.ColorRole.Base)
    dark = QPalette(light)
    for role, colour in ((QPalette.ColorRole.Window, "#202124"),
                         (QPalette.ColorRole.Base, "#2a2b2e"),
                         (QPalette.ColorRole.Mid, "#505257"),
                         (QPalette.ColorRole.Text, "#e8e8e8"),
                         (QPalette.ColorRole.WindowText, "#e8e8e8"),
                         (QPalette.ColorRole.PlaceholderText, "#9a9a9a")):  # fmt: skip
        dark.setColor(role, QColor(colour))
    try:
        app.setPalette(dark)
        expected = (QColor("#2a2b2e"), QColor("#e8e8e8"), QColor("#9a9a9a"), QColor("#2a2b2e"))
        qtbot.waitUntil(lambda: shown() == expected)
        page = html_card.body.grab().toImage()
        assert page.pixelColor(3, 3) == QColor("white")  # HTML stays on its white page
        app.setPalette(light)
        qtbot.waitUntil(lambda: shown() == before)
    finally:
        app.setPalette(light)
