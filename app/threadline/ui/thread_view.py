"""One conversation's messages, in thread order, rendered safely.

Plain text is escaped; HTML mail is shown by QTextBrowser with every remote resource
refused (no tracking pixels, no external images) and links opened only on click.
"""

from __future__ import annotations

import html
import re
import time
from email.message import EmailMessage
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QTextBrowser

from threadline.core.parse import body_text, parse_message
from threadline.store.messages import MessageStore
from threadline.store.models import StoredMessage


class SafeTextBrowser(QTextBrowser):
    """A text browser that never loads anything from the network."""

    def __init__(self) -> None:
        super().__init__()
        self.setOpenLinks(False)
        self.anchorClicked.connect(self._open_link)
        self.blocked: list[str] = []

    def loadResource(self, kind: int, url: QUrl | str) -> Any:
        """Refuse remote (and local file) resources; only inline data is shown."""
        target = QUrl(url) if isinstance(url, str) else url
        if target.scheme() != "data":
            self.blocked.append(target.toString())
            return None
        return super().loadResource(kind, target)

    @staticmethod
    def _open_link(url: QUrl) -> None:
        if url.scheme() in ("http", "https", "mailto"):
            QDesktopServices.openUrl(url)


def _when(epoch: int) -> str:
    return time.strftime("%a %-d %b %Y, %H:%M", time.localtime(epoch))


_DROPPED_BLOCKS = re.compile(
    r"<(script|style|head|title|iframe|object|embed)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
_BODY = re.compile(r"<body[^>]*>(.*)</body\s*>", re.IGNORECASE | re.DOTALL)


def html_body(message: EmailMessage) -> str | None:
    """The HTML of an HTML-only message, reduced to what may be shown; else ``None``.

    Scripts never run in QTextBrowser, and :class:`SafeTextBrowser` refuses every remote
    resource, so what remains is layout, text and inline images only.
    """
    try:
        if message.get_body(preferencelist=("plain",)) is not None:
            return None
        part = message.get_body(preferencelist=("html",))
        if part is None:
            return None
        markup = str(part.get_content())
    except (KeyError, LookupError, ValueError, TypeError, AttributeError, UnicodeError):
        return None
    found = _BODY.search(markup)
    return _DROPPED_BLOCKS.sub("", found.group(1) if found else markup)


_QUOTED = "<span style='color:palette(placeholder-text)'>{}</span>"


def _body_html(text: str) -> str:
    """Escaped text with quoted lines (``>``) and their attribution dimmed."""
    lines = text.splitlines()
    out = []
    for number, line in enumerate(lines):
        escaped = html.escape(line)
        following = lines[number + 1] if number + 1 < len(lines) else ""
        attribution = line.rstrip().endswith("wrote:") and following.startswith(">")
        out.append(_QUOTED.format(escaped) if line.startswith(">") or attribution else escaped)
    return "\n".join(out)


def render_thread(store: MessageStore, messages: list[StoredMessage]) -> str:
    """HTML for a conversation: one card per message, indented by its depth."""
    parts = []
    for message in messages:
        parsed = parse_message(store.raw(message.rowid))
        markup = html_body(parsed)
        text = "" if markup is not None else body_text(parsed)
        indent = min(message.depth, 6) * 18
        sent = " · sent by you" if message.is_sent else ""
        parts.append(
            f'<div style="margin-left:{indent}px; margin-bottom:18px;">'
            f"<p style='margin:0'><b>{html.escape(message.sender)}</b>"
            f" &lt;{html.escape(message.from_addr)}&gt;"
            f"<span style='color:palette(placeholder-text)'> — {_when(message.date_utc)}{sent}"
            "</span></p>"
            f"<p style='margin:0 0 4px 0; color:palette(placeholder-text)'>"
            f"To: {html.escape(message.to_addrs or '—')}</p>"
            + (
                f"<div>{markup}</div></div>"
                if markup is not None
                else "<pre style='white-space:pre-wrap; font-family:sans-serif; margin:0'>"
                f"{_body_html(text.strip())}</pre></div>"
            )
        )
    return "<p style='margin:0'>&nbsp;</p>".join(parts)
