"""Read received mail without ever crashing on it.

Real messages have broken headers, unknown charsets and truncated MIME. These helpers
return what can be read and an empty value for the rest.
"""

from __future__ import annotations

import html
import re
from base64 import b64decode
from binascii import Error as Base64Error
from datetime import datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser
from urllib.parse import unquote_to_bytes

from threadline.core.charsets import decode_declared
from threadline.core.headers import decode_words

_PARSER = BytesParser(policy=policy.default)


def parse_message(raw: bytes) -> EmailMessage:
    """Parse raw bytes (any line ends) into an :class:`EmailMessage`.

    MIME nested deeper than Python's stack (a thousand ``message/rfc822`` levels) cannot
    be parsed as a tree: such a message is read flat, see :func:`flat_message`.
    """
    try:
        message = _PARSER.parsebytes(raw)
    except RecursionError:
        message = flat_message(raw)
    assert isinstance(message, EmailMessage)
    return message


#: Header fields that say how the body is built: dropped when it is read flat.
_MIME_FIELD = re.compile(rb"^(content-[a-z-]*|mime-version)[ \t]*:", re.IGNORECASE)


def flat_message(raw: bytes) -> EmailMessage:
    """The message's own header fields (its ids, sender, subject: a reply still threads)
    and everything after them as one plain-text part, shown as it is."""
    lines = raw.splitlines(keepends=True)
    head: list[bytes] = []
    dropping = False
    for number, line in enumerate(lines):
        if not line.strip(b"\r\n"):  # the empty line: the body follows
            body = b"".join(lines[number + 1 :])
            break
        if line[:1] in (b" ", b"\t"):  # a folded line belongs to the field above
            if not dropping:
                head.append(line)
            continue
        dropping = _MIME_FIELD.match(line) is not None
        if not dropping:
            head.append(line.rstrip(b"\r\n") + b"\r\n")
    else:
        body = b""
    text_part = b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
    message = _PARSER.parsebytes(b"".join(head) + text_part + b"\r\n" + body)
    assert isinstance(message, EmailMessage)
    return message


#: Control characters (C0 but tab and line feed, DEL, C1): never part of readable text.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def without_controls(text: str) -> str:
    """``text`` without terminal controls (ESC, BEL, CSI...); tab and line feed stay."""
    return _CONTROLS.sub("", text)


#: Headers that hold addresses: their display names are decoded as phrases (a name
#: with a comma stays one quoted name).
ADDRESS_HEADERS = frozenset(
    {"from", "sender", "reply-to", "to", "cc", "bcc", "mail-followup-to", "mail-reply-to",
     "resent-from", "resent-sender", "resent-to", "resent-cc", "resent-bcc", "delivered-to",
     "x-original-to", "disposition-notification-to", "return-receipt-to", "errors-to"}
)  # fmt: skip


def header_text(message: Message, name: str) -> str:
    """A header's decoded value, or ``""`` when it is absent.

    Decoded by :func:`threadline.core.headers.decode_words` (RFC 2047 words whatever
    their charset, raw 8-bit bytes); whitespace runs become one space and control
    characters are dropped: what a sender hid in a header (``ESC [2J``, ``BEL``) never
    reaches a reply, the store's index or the screen.
    """
    value = _decoded_header(message, name)
    return without_controls(" ".join(value.split())) if value is not None else ""


def header_exact(message: Message, name: str) -> str:
    """A header's value as written, unfolded and decoded, or ``""``: like
    :func:`header_text`, but runs of spaces and tabs stay (a subject is kept byte for
    byte in a reply). Control characters other than tab are still dropped."""
    value = _decoded_header(message, name)
    if value is None:
        return ""
    return without_controls(value.replace("\n", " ")).strip("\r\n")


def _decoded_header(message: Message, name: str) -> str | None:
    """The first ``name`` header as text (see :func:`header_text`), or ``None``."""
    key = name.lower()
    try:
        items = list(message.raw_items())
    except (AttributeError, TypeError, ValueError):
        return None
    for field, value in items:
        if str(field).lower() == key:
            return decode_words(str(value), phrase=key in ADDRESS_HEADERS)
    return None


def header_date(message: Message) -> datetime | None:
    """The Date header as an aware datetime, or ``None`` when missing or unreadable."""
    text = header_text(message, "Date")
    if not text:
        return None
    try:
        moment = parsedate_to_datetime(text)
    except (ValueError, TypeError, IndexError, OverflowError):
        return None
    if moment.tzinfo is None:
        return None
    return moment


def body_text(message: EmailMessage) -> str:
    """The readable text of a message: its text/plain part, else its HTML as text."""
    try:
        part = message.get_body(preferencelist=("plain", "html"))
    except (KeyError, ValueError, LookupError, TypeError, AttributeError):
        part = None
    if part is None:
        return ""
    text = _part_text(part)
    if part.get_content_subtype() == "html":
        return html_to_text(text)
    return text


def _part_text(part: Message) -> str:
    """A text part's content as text, its charset read by
    :func:`~threadline.core.charsets.decode_declared` (a wrong or unknown one too)."""
    try:
        payload = part.get_payload(decode=True)
    except (ValueError, TypeError, AssertionError, LookupError):  # broken encodings
        return ""
    if not isinstance(payload, bytes):
        return ""
    return decode_declared(payload, part.get_content_charset()).replace("\r\n", "\n")


class _TextExtractor(HTMLParser):
    _BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "blockquote"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("script", "style", "head"):
            self._skip += 1
        elif tag in self._BLOCKS:
            self.chunks.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in ("script", "style", "head"):
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.chunks.append(data)


def html_to_text(markup: str) -> str:
    """A plain-text rendering of simple HTML mail (for quoting and snippets)."""
    extractor = _TextExtractor()
    try:
        extractor.feed(markup)
        extractor.close()
    except AssertionError:
        return html.unescape(re.sub(r"<[^>]*>", " ", markup))
    text = "".join(extractor.chunks)
    lines = [" ".join(line.split()) for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def html_only_body(message: EmailMessage) -> str | None:
    """The HTML of a message that has no plain-text body, else ``None`` (show the text)."""
    try:
        if message.get_body(preferencelist=("plain",)) is not None:
            return None
        part = message.get_body(preferencelist=("html",))
    except (KeyError, LookupError, ValueError, TypeError, AttributeError):
        return None
    return None if part is None else _part_text(part)


#: Inline parts bigger than this are not shown (a picture in a mail is far smaller).
MAX_INLINE_PART = 16 * 1024 * 1024


def inline_parts(message: EmailMessage) -> dict[str, bytes]:
    """The message's own parts by Content-ID (without brackets), for ``cid:`` images."""
    found: dict[str, bytes] = {}
    try:
        parts = list(message.walk())
    except (AttributeError, TypeError, ValueError):
        return found
    for part in parts:
        content_id = header_text(part, "Content-ID").strip().strip("<>").strip()
        if not content_id or part.is_multipart():
            continue
        try:
            payload = part.get_payload(decode=True)
        except (ValueError, TypeError, AssertionError):
            continue
        if isinstance(payload, bytes) and len(payload) <= MAX_INLINE_PART:
            found.setdefault(content_id, payload)
    return found


def decode_data_url(url: str) -> bytes | None:
    """The bytes of a ``data:`` URL (RFC 2397), or ``None`` when it is not one."""
    head, comma, payload = url.partition(",")
    if not comma or not head.lower().startswith("data:"):
        return None
    data = unquote_to_bytes(payload)
    if head.lower().endswith(";base64"):
        try:
            return b64decode(b"".join(data.split()))
        except (Base64Error, ValueError):
            return None
    return data
