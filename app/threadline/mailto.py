"""``mailto:`` URLs (RFC 6068): the addresses and fields they prefill."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import unquote

from threadline.core.headers import decode_words
from threadline.core.ids import parse_msgid
from threadline.errors import InvalidInputError
from threadline.i18n import translate


@dataclass
class MailtoRequest:
    """What a ``mailto:`` URL asks the composer to fill in."""

    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    bcc: list[str] = field(default_factory=list)
    subject: str = ""
    body: str = ""
    in_reply_to: str | None = None  # bare Message-ID


def _split(value: str) -> list[str]:
    """Addresses, their names' RFC 2047 words decoded (a decoded comma stays quoted)."""
    parts = [part.strip() for part in unquote(value).split(",") if part.strip()]
    return [decode_words(part, phrase=True) for part in parts]


def parse_mailto(url: str) -> MailtoRequest:
    """Parse a ``mailto:`` URL; unknown fields are ignored, as RFC 6068 §2 allows.

    The subject and the addresses' names may hold RFC 2047 encoded words (as some
    programs write them, ``?subject==?utf-8?q?caf=C3=A9?=``): they are decoded.
    """
    if not url.lower().startswith("mailto:"):
        raise InvalidInputError(
            translate(
                "mailto",
                "{url} is not a mailto: URL.",
            ).format(url=repr(url))
        )
    rest = url[len("mailto:") :]
    path, _, query = rest.partition("?")
    request = MailtoRequest(to=_split(path))
    for pair in query.split("&") if query else []:
        name, _, value = pair.partition("=")
        key = unquote(name).lower()
        if key == "to":
            request.to.extend(_split(value))
        elif key in ("cc", "bcc"):
            getattr(request, key).extend(_split(value))
        elif key == "subject":
            request.subject = decode_words(unquote(value))
        elif key == "body":
            request.body = unquote(value).replace("\r\n", "\n")
        elif key == "in-reply-to":
            request.in_reply_to = parse_msgid(unquote(value))
    return request
