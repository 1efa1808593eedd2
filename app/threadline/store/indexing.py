"""Read the index columns of one raw message: ids, addresses, date, snippet, text.

Never raises on malformed mail: whatever cannot be read is left empty, and a message
without a Message-ID gets a stable synthetic one derived from its bytes.
"""

from __future__ import annotations

import hashlib
import json
import re
import time
from dataclasses import asdict, dataclass
from datetime import UTC
from email import policy
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from threadline.core.ids import looks_valid, parse_msgid, parse_msgid_list
from threadline.core.parse import html_to_text
from threadline.core.subject import normalise
from threadline.core.threads import choose_parent

#: Domain of the synthetic ids given to messages that have no Message-ID.
SYNTHETIC_DOMAIN = "no-message-id.threadline.invalid"
SNIPPET_LENGTH = 200
#: Body text indexed for search is capped: a 20 MB log pasted into a mail is not prose.
MAX_INDEXED_BODY = 64 * 1024

_PARSER = BytesParser(policy=policy.compat32)


@dataclass(frozen=True)
class MessageRecord:
    """The index columns of one message (everything but the raw bytes)."""

    sha256: bytes
    message_id: str
    has_message_id: bool
    parent_id: str | None
    references: tuple[str, ...]
    subject: str
    from_name: str
    from_addr: str
    to_addrs: str
    cc_addrs: str
    date_utc: int
    snippet: str
    body_text: str
    size: int
    addresses: tuple[tuple[str, str], ...]  # (name, address) of From, To, Cc

    def to_json(self) -> str:
        """A compact form to keep beside a queued message (it is indexed only once)."""
        fields = asdict(self)
        fields["sha256"] = self.sha256.hex()
        return json.dumps(fields, ensure_ascii=False, separators=(",", ":"))

    @classmethod
    def from_json(cls, text: str) -> MessageRecord:
        """The record written by :meth:`to_json`."""
        fields = json.loads(text)
        fields["sha256"] = bytes.fromhex(fields["sha256"])
        fields["references"] = tuple(fields["references"])
        fields["addresses"] = tuple(tuple(pair) for pair in fields["addresses"])
        return cls(**fields)

    @property
    def thread_links(self) -> tuple[str, ...]:
        """Every id that ties this message to a conversation: its own and its references."""
        return (self.message_id, *self.references)


def _values(message: Message, name: str) -> list[str]:
    """A header's values as text. Raw 8-bit bytes are read as UTF-8 (RFC 6532), else as
    Windows-1252 (``str()`` of the parser's value would turn them into U+FFFD)."""
    wanted = name.lower()
    return [_eight_bit(value) for key, value in message.raw_items() if key.lower() == wanted]


def _eight_bit(value: str) -> str:
    if value.isascii():
        return value
    raw = value.encode("utf-8", "surrogateescape")  # the parser keeps them as surrogates
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def _text(message: Message, name: str) -> str:
    values = _values(message, name)
    if not values:
        return ""
    try:
        return normalise(values[0])
    except Exception:  # malformed mail may break any decoder
        return " ".join(values[0].split())


def _raw_value(message: Message, name: str) -> str:
    return " ".join(_values(message, name))


_ATTRIBUTION = re.compile(r"^(On .{0,200} wrote:|-+ ?(Original|Forwarded) [Mm]essage ?-+)\s*$")


def make_snippet(body: str) -> str:
    """The start of what the sender wrote: quoted lines and attributions left out."""
    kept = []
    for line in body.splitlines():
        stripped = line.strip()
        if stripped.startswith(">") or _ATTRIBUTION.match(stripped):
            continue
        kept.append(stripped)
        if sum(len(k) for k in kept) > SNIPPET_LENGTH * 2:
            break
    return " ".join(" ".join(kept).split())[:SNIPPET_LENGTH]


def synthetic_message_id(sha256: bytes) -> str:
    """The stable id of a message that has none: derived from its bytes."""
    return f"{sha256.hex()[:40]}@{SYNTHETIC_DOMAIN}"


def index_message(raw: bytes, *, now: int | None = None) -> MessageRecord:
    """Parse ``raw`` into its index columns."""
    digest = hashlib.sha256(raw).digest()
    message = _PARSER.parsebytes(raw)
    own = parse_msgid(_raw_value(message, "Message-ID"))
    has_id = own is not None
    message_id = own if own else synthetic_message_id(digest)
    references = [r for r in parse_msgid_list(_raw_value(message, "References")) if looks_valid(r)]
    in_reply_to = parse_msgid_list(_raw_value(message, "In-Reply-To"))
    links = [r for r in dict.fromkeys([*references, *in_reply_to]) if r != message_id]
    links = [r for r in links if looks_valid(r)]
    from_pairs = _addresses(message, "From")
    to_pairs = _addresses(message, "To")
    cc_pairs = _addresses(message, "Cc")
    body = _body_text(message)
    snippet = make_snippet(body)
    from_name, from_addr = from_pairs[0] if from_pairs else ("", "")
    return MessageRecord(
        sha256=digest,
        message_id=message_id,
        has_message_id=has_id,
        parent_id=choose_parent(in_reply_to, references, message_id),
        references=tuple(links),
        subject=_text(message, "Subject"),
        from_name=from_name,
        from_addr=from_addr,
        to_addrs=", ".join(a for _, a in to_pairs),
        cc_addrs=", ".join(a for _, a in cc_pairs),
        date_utc=_date(message, now),
        snippet=snippet,
        body_text=body[:MAX_INDEXED_BODY],
        size=len(raw),
        addresses=tuple(from_pairs + to_pairs + cc_pairs),
    )


def _addresses(message: Message, name: str) -> list[tuple[str, str]]:
    values = _values(message, name)
    try:
        pairs = getaddresses([normalise(v) for v in values])
    except Exception:  # malformed mail may break any decoder
        return []
    return [(" ".join(n.split()), a.strip()) for n, a in pairs if "@" in a and " " not in a.strip()]


def _date(message: Message, now: int | None) -> int:
    value = _raw_value(message, "Date")
    if value:
        try:
            moment = parsedate_to_datetime(value)
            if moment.tzinfo is None:  # "-0000" (RFC 5322 §3.3), or a zone name unknown
                moment = moment.replace(tzinfo=UTC)  # to Python: the time is in UTC
            return int(moment.timestamp())
        except (ValueError, TypeError, IndexError, OverflowError):
            pass
    return int(time.time()) if now is None else now


def _body_text(message: Message) -> str:
    """The first text/plain part (else text/html as text), decoded leniently."""
    plain = html = None
    try:
        for part in message.walk():
            if part.is_multipart() or part.get_content_maintype() != "text":
                continue
            if part.get_filename():
                continue
            subtype = part.get_content_subtype()
            if subtype == "plain" and plain is None:
                plain = part
            elif subtype == "html" and html is None:
                html = part
            if plain is not None:
                break
    except Exception:  # malformed MIME may break the walker
        return ""
    chosen = plain if plain is not None else html
    if chosen is None:
        return ""
    text = _decode(chosen)
    return html_to_text(text) if chosen is html else text


def _decode(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # broken transfer encodings
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:
        return payload.decode("utf-8", errors="replace")
