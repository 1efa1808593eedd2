"""Read received mail without ever crashing on it.

Real messages have broken headers, unknown charsets and truncated MIME. These helpers
return what can be read and an empty value for the rest.
"""

from __future__ import annotations

import html
import re
from datetime import datetime
from email import policy
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import parsedate_to_datetime
from html.parser import HTMLParser

_PARSER = BytesParser(policy=policy.default)


def parse_message(raw: bytes) -> EmailMessage:
    """Parse raw bytes (any line ends) into an :class:`EmailMessage`."""
    message = _PARSER.parsebytes(raw)
    assert isinstance(message, EmailMessage)
    return message


def header_text(message: Message, name: str) -> str:
    """A header's decoded value, or ``""`` when it is absent or cannot be decoded."""
    try:
        value = message.get(name)
    except (ValueError, LookupError, UnicodeError, IndexError, AttributeError, TypeError):
        raw = _raw_header(message, name)
        return " ".join(raw.split()) if raw else ""
    return " ".join(str(value).split()) if value is not None else ""


def _raw_header(message: Message, name: str) -> str:
    for key, value in message.raw_items() if hasattr(message, "raw_items") else []:
        if key.lower() == name.lower():
            return str(value)
    return ""


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
    try:
        content = part.get_content()  # type: ignore[attr-defined]
    except (KeyError, LookupError, UnicodeError, ValueError, AssertionError, TypeError):
        payload = part.get_payload(decode=True)
        if not isinstance(payload, bytes):
            return ""
        charset = part.get_content_charset() or "utf-8"
        try:
            return payload.decode(charset, errors="replace")
        except LookupError:
            return payload.decode("utf-8", errors="replace")
    if isinstance(content, bytes):
        return content.decode("utf-8", errors="replace")
    return str(content).replace("\r\n", "\n")


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
