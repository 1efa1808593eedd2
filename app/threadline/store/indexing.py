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
from email import policy
from email.message import Message
from email.parser import HeaderParser, Parser
from email.utils import getaddresses

from threadline.core.dates import parse_mail_date, received_time
from threadline.core.headers import decode_words, raw_header_text
from threadline.core.ids import looks_valid, parse_msgid, parse_msgid_list
from threadline.core.parse import html_to_text
from threadline.core.subject import normalise
from threadline.core.threads import choose_parent

#: Domain of the synthetic ids given to messages that have no Message-ID.
SYNTHETIC_DOMAIN = "no-message-id.threadline.invalid"
SNIPPET_LENGTH = 200
#: Body text indexed for search is capped: a 20 MB log pasted into a mail is not prose.
MAX_INDEXED_BODY = 64 * 1024

_TEXT_PARSER = Parser(policy=policy.compat32)
_HEADER_PARSER = HeaderParser(policy=policy.compat32)

#: The headers the index reads (lower case).
_WANTED = frozenset(
    ("message-id", "references", "in-reply-to", "from", "to", "cc", "subject", "date",
     "received")
)  # fmt: skip
#: The header lines the email package's parser takes as headers (its ``headerRE``), each
#: with its line end as its line splitter sees them (CR LF, CR or LF), run after run.
_HEADER_BLOCK = re.compile(r"(?:(?:From |[\041-\071\073-\176]*:|[\t ])[^\r\n]*(?:\r\n|\r|\n))*")
_LINE_END = re.compile(r"\r\n|\r|\n")


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


def _headers(message: Message) -> dict[str, list[str]]:
    """The values of the headers the index reads, by lower-case name, as text.

    Raw 8-bit bytes are read as UTF-8 (RFC 6532), else as Windows-1252 (``str()`` of the
    parser's value would turn them into U+FFFD).
    """
    found: dict[str, list[str]] = {}
    for key, value in message.raw_items():
        name = key.lower()
        if name in _WANTED:
            found.setdefault(name, []).append(raw_header_text(value))
    return found


def _text(values: list[str]) -> str:
    if not values:
        return ""
    try:
        return normalise(values[0])
    except Exception:  # malformed mail may break any decoder
        return " ".join(values[0].split())


_ATTRIBUTION = re.compile(r"^(On .{0,200} wrote:|-+ ?(Original|Forwarded) [Mm]essage ?-+)\s*$")


def make_snippet(body: str) -> str:
    """The start of what the sender wrote: quoted lines and attributions left out, unless
    the message is nothing but a quote (then the quote, without its ``>`` marks)."""
    own = _snippet_of(body, skip_quotes=True)
    return own or _snippet_of(body, skip_quotes=False)


def _snippet_of(body: str, *, skip_quotes: bool) -> str:
    kept = []
    length = 0
    for line in body.splitlines():
        stripped = line.strip()
        if _ATTRIBUTION.match(stripped):
            continue
        if stripped.startswith(">"):
            if skip_quotes:
                continue
            stripped = stripped.lstrip("> ")
        kept.append(stripped)
        length += len(stripped)
        if length > SNIPPET_LENGTH * 2:
            break
    text = " ".join(kept)
    # Spaces squeezed in a prefix are a prefix of the whole text's: squeeze only enough.
    start = " ".join(text[: SNIPPET_LENGTH * 4].split())
    if len(start) >= SNIPPET_LENGTH:
        return start[:SNIPPET_LENGTH]
    return " ".join(text.split())[:SNIPPET_LENGTH]


def synthetic_message_id(sha256: bytes) -> str:
    """The stable id of a message that has none: derived from its bytes."""
    return f"{sha256.hex()[:40]}@{SYNTHETIC_DOMAIN}"


def index_message(raw: bytes, *, now: int | None = None) -> MessageRecord:
    """Parse ``raw`` into its index columns."""
    digest = hashlib.sha256(raw).digest()
    message = parse(raw)
    headers = _headers(message)
    get = headers.get
    own = parse_msgid(" ".join(get("message-id", ())))
    has_id = own is not None
    message_id = own if own else synthetic_message_id(digest)
    references = [r for r in parse_msgid_list(" ".join(get("references", ()))) if looks_valid(r)]
    in_reply_to = parse_msgid_list(" ".join(get("in-reply-to", ())))
    links = [r for r in dict.fromkeys([*references, *in_reply_to]) if r != message_id]
    links = [r for r in links if looks_valid(r)]
    from_pairs = _addresses(get("from", []))
    to_pairs = _addresses(get("to", []))
    cc_pairs = _addresses(get("cc", []))
    body = _body_text(message)
    snippet = make_snippet(body)
    from_name, from_addr = from_pairs[0] if from_pairs else ("", "")
    return MessageRecord(
        sha256=digest,
        message_id=message_id,
        has_message_id=has_id,
        parent_id=choose_parent(in_reply_to, references, message_id),
        references=tuple(links),
        subject=_text(get("subject", [])),
        from_name=from_name,
        from_addr=from_addr,
        to_addrs=", ".join(a for _, a in to_pairs),
        cc_addrs=", ".join(a for _, a in cc_pairs),
        date_utc=_date(get("date", []), get("received", []), now),
        snippet=snippet,
        body_text=body[:MAX_INDEXED_BODY],
        size=len(raw),
        addresses=tuple(from_pairs + to_pairs + cc_pairs),
    )


def parse(raw: bytes) -> Message:
    """``raw`` as the email package's compat32 parser reads it, read faster when it can be.

    A message that is not multipart (nor ``message/*``) is its headers and one body: only
    its header lines go through the parser (which else walks the body line by line), and
    the rest becomes the payload exactly as the parser would have set it.
    """
    text = raw.decode("ascii", "surrogateescape")  # what BytesParser does
    block = _HEADER_BLOCK.match(text)  # matches always, maybe nothing
    end = block.end() if block else 0
    separator = _LINE_END.match(text, end)
    if end and separator:  # headers, then the empty line that ends them
        message = _HEADER_PARSER.parsestr(text[: separator.end()])
        given_back = message.get_payload()  # a last "From " line goes to the body, if any
        maintype = message.get_content_maintype()
        if isinstance(given_back, str) and maintype not in ("multipart", "message"):
            message.set_payload(given_back + text[separator.end() :])
            return message
    return _TEXT_PARSER.parsestr(text)


def _addresses(values: list[str]) -> list[tuple[str, str]]:
    if not values:
        return []
    try:
        # decoded as an address list: a name that decodes to "Doe, John" comes back quoted
        texts = [" ".join(decode_words(v, phrase=True).split()) for v in values]
        pairs = _simple_addresses(", ".join(texts))
        if pairs is None:
            pairs = getaddresses(texts)
    except Exception:  # malformed mail may break any decoder
        return []
    return [(" ".join(n.split()), a.strip()) for n, a in pairs if "@" in a and " " not in a.strip()]


#: One address in its plainest forms, ``local@domain``, ``<local@domain>`` or
#: ``Some Name <local@domain>``: no quotes, comments, groups, escapes, routes or controls.
_ATOM = r"[^\s\x00-\x1f\x7f()<>@,:;.\"\[\]\\]+"
_WORD = r"[^\s\x00-\x1f\x7f()<>@,:;\"\[\]\\]+"  # a word of a name may hold dots
_SPEC = rf"{_ATOM}(?:\.{_ATOM})*@{_ATOM}(?:\.{_ATOM})*"
_SIMPLE_ADDRESS = re.compile(rf"(?:({_WORD}(?: {_WORD})*) ?)?<({_SPEC})>|({_SPEC})")


def _simple_addresses(text: str) -> list[tuple[str, str]] | None:
    """``getaddresses``' answer for a list of plain addresses; ``None`` for anything else.

    The stdlib parser costs about 50 microseconds an address; most headers need none of
    it. Whatever is not plain (quoted names, comments, groups, empty list elements, which
    newer Pythons read differently) is left to ``getaddresses``.
    """
    pairs = []
    for element in text.split(","):
        match = _SIMPLE_ADDRESS.fullmatch(element.strip(" "))
        if match is None:
            return None
        name, routed, bare = match.groups()
        pairs.append((name or "", routed or bare))
    return pairs


def _date(dates: list[str], received: list[str], now: int | None) -> int:
    """The Date header's time, else the newest Received time, else ``now`` (the caller's
    fallback; ``None``: the present)."""
    for value in dates:
        when = parse_mail_date(value)
        if when is not None:
            return when
    when = received_time(received)
    if when is not None:
        return when
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
        return _SURROGATES.sub("\ufffd", raw) if isinstance(raw, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        text = payload.decode(charset, errors="replace")
    except (LookupError, ValueError):  # unknown, no text encoding ("idna"), a NUL in its name
        text = payload.decode("utf-8", errors="replace")
    # UTF-7 decodes to lone surrogates, which SQLite cannot store: the import stopped
    return _SURROGATES.sub("\ufffd", text)


_SURROGATES = re.compile("[\ud800-\udfff]")
