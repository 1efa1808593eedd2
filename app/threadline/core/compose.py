"""Turn a :class:`Draft` into the exact message that goes out.

The result is an :class:`email.message.EmailMessage` under :data:`POLICY` (CRLF line
ends, RFC 2047 for non-ASCII headers, RFC 2231 for non-ASCII file names). Serialise it
with :func:`message_bytes`.
"""

from __future__ import annotations

import io
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from email import policy
from email.generator import BytesGenerator
from email.headerregistry import HeaderRegistry, UnstructuredHeader
from email.message import EmailMessage
from email.parser import BytesHeaderParser
from email.utils import format_datetime
from pathlib import Path
from typing import Any

from threadline import __version__
from threadline.core.addresses import Address
from threadline.core.attachments import Attachment as Attachment  # re-exported
from threadline.core.attachments import Writable, encoded_size, write_base64
from threadline.core.attachments import safe_filename as safe_filename  # re-exported
from threadline.core.folding import check_line_lengths, fold_text, fold_tokens
from threadline.core.headers import check_extra_header, check_header_value
from threadline.core.ids import format_msgid, make_msgid, parse_msgid
from threadline.core.outlook import new_thread_index, thread_topic
from threadline.core.parse import header_text
from threadline.errors import InvalidInputError
from threadline.i18n import translate


class VerbatimHeader(UnstructuredHeader):
    """A header of ASCII tokens (ids, base64) folded only between tokens.

    The stdlib folds an over-long token of an unstructured header into RFC 2047 encoded
    words, which turns ``<id>`` into ``=?utf-8?q?=3Cid...?=`` and breaks threading; and it
    would decode an id that looks like an encoded word (``<=?utf-8?q?...?=>``): the value
    is kept as given.
    """

    @classmethod
    def parse(cls, value: str, kwds: dict[str, Any]) -> None:
        """Keep the value as given: an id is never an encoded word (RFC 2047 §5)."""
        super().parse(value, kwds)
        kwds["decoded"] = value

    def fold(self, *, policy: Any) -> str:
        name: str = self.name  # type: ignore[attr-defined]  # BaseHeader is mixed in at runtime
        tokens = re.findall(r"<[^<>]*>|[^\s<>]+", str(self))  # `<"a b"@x>` is one token
        return fold_tokens(name, tokens, policy.linesep)


class TextHeader(UnstructuredHeader):
    """Free text (Subject, Thread-Topic, extra headers) folded by :func:`fold_text`.

    The stdlib would write ``Subject:`` alone and the text on a continuation line (which
    unfolds to a subject with a leading space), collapse runs of spaces, and lose the
    spaces between its encoded words; this keeps every character, and every line within
    998 octets.
    """

    @classmethod
    def parse(cls, value: str, kwds: dict[str, Any]) -> None:
        """Keep the text as given: ``=?...?=`` typed by a person is text, not encoded."""
        super().parse(value, kwds)
        kwds["decoded"] = value

    def fold(self, *, policy: Any) -> str:
        name: str = self.name  # type: ignore[attr-defined]  # BaseHeader is mixed in at runtime
        return fold_text(name, str(self), policy.linesep)


_REGISTRY = HeaderRegistry(default_class=TextHeader)
for _name in ("message-id", "in-reply-to", "references", "thread-index"):
    _REGISTRY.map_to_type(_name, VerbatimHeader)  # type: ignore[arg-type]  # a mixin, as in stdlib
for _name in ("subject", "thread-topic"):
    _REGISTRY.map_to_type(_name, TextHeader)  # type: ignore[arg-type]

#: The policy of every message Threadline builds: SMTP line ends, 78-column folding; the
#: headers of an attached message are written exactly as they came (never refolded).
POLICY = policy.SMTP.clone(header_factory=_REGISTRY, refold_source="none")
#: The same for a message with a non-ASCII address in its headers: such an address cannot
#: be an encoded word, so it is written in UTF-8 (RFC 6532) and needs SMTPUTF8.
SMTPUTF8_POLICY = POLICY.clone(utf8=True)


@dataclass
class Draft:
    """Everything a person or script decides about a message before it is built.

    ``in_reply_to`` and ``references`` are bare ids. ``bcc`` recipients get the message
    but never appear in its headers.
    """

    sender: Address
    to: list[Address] = field(default_factory=list)
    cc: list[Address] = field(default_factory=list)
    bcc: list[Address] = field(default_factory=list)
    subject: str = ""
    body: str = ""
    html: str | None = None
    attachments: list[Attachment] = field(default_factory=list)
    attached_messages: list[bytes] = field(default_factory=list)
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)
    thread_topic: str | None = None
    thread_index: str | None = None
    reply_to: list[Address] = field(default_factory=list)
    extra_headers: dict[str, str] = field(default_factory=dict)
    #: A message taken back from the Outbox (bare Message-ID, envelope recipients then).
    #: Built again for the same people it keeps that id, so a server that took an earlier
    #: attempt sees the same message; for other people it is a new message, a new id.
    resumed_id: str | None = None
    resumed_recipients: tuple[str, ...] = ()

    def kept_message_id(self) -> str | None:
        """The Message-ID to build with again (header form), or ``None`` for a new one."""
        if not self.resumed_id:
            return None
        now = {address.lower() for address in envelope_recipients(self)}
        then = {address.lower() for address in self.resumed_recipients}
        return format_msgid(self.resumed_id) if now == then else None

    @property
    def is_reply(self) -> bool:
        """Whether the draft continues an existing conversation."""
        return bool(self.in_reply_to)


def envelope_recipients(draft: Draft) -> list[str]:
    """The SMTP ``RCPT TO`` addresses: To, Cc and Bcc, each once."""
    seen: dict[str, str] = {}
    for address in [*draft.to, *draft.cc, *draft.bcc]:
        seen.setdefault(address.key, address.ascii_address)
    return list(seen.values())


def needs_smtputf8(draft: Draft) -> bool:
    """Whether the message can only go through a server offering SMTPUTF8 (RFC 6531): an
    address with a non-ASCII local part, in the headers or among the Bcc."""
    addresses = [draft.sender, *draft.to, *draft.cc, *draft.bcc, *draft.reply_to]
    return any(address.needs_smtputf8 for address in addresses)


def check_draft(draft: Draft) -> None:
    """Refuse CR/LF (header injection) in any value that becomes a header.

    Attachment names are cleaned when an :class:`Attachment` is made; checking them
    here too means no line break ever reaches the ``email`` package's bare ValueError.
    """
    # what each value is, named in the error (in the user's language, with its article)
    check_header_value(translate("compose", "the subject"), draft.subject)
    check_header_value(translate("compose", "the sender name"), draft.sender.name)
    check_header_value(translate("compose", "the sender address"), draft.sender.address)
    for label, addresses in (
        ("To", draft.to),
        ("Cc", draft.cc),
        ("Bcc", draft.bcc),
        ("Reply-To", draft.reply_to),
    ):
        for address in addresses:
            name = translate("compose", "the {header} name").format(header=label)
            check_header_value(name, address.name)
            where = translate("compose", "the {header} address").format(header=label)
            check_header_value(where, address.address)
    for name, value in draft.extra_headers.items():
        check_header_value(translate("compose", "the header name"), name)
        if not name or any(ord(c) < 33 or ord(c) > 126 or c == ":" for c in name):
            raise InvalidInputError(
                translate(
                    "compose",
                    "{name} is not a valid header name.",
                ).format(name=repr(name))
            )
        check_extra_header(name)
        check_header_value(translate("compose", "the {name} header").format(name=name), value)
    for value in [draft.in_reply_to or "", *draft.references, draft.thread_index or ""]:
        check_header_value(translate("compose", "the threading header"), value)
    if draft.thread_topic:
        check_header_value(translate("compose", "the Thread-Topic"), draft.thread_topic)
    for attachment in draft.attachments:
        check_header_value(translate("compose", "the attachment name"), attachment.filename)
        check_header_value(translate("compose", "the attachment type"), attachment.content_type)
    if not draft.to and not draft.cc and not draft.bcc:
        raise InvalidInputError(
            translate(
                "compose",
                "The message has no recipients: add at least one address.",
            )
        )


class OutgoingMessage(EmailMessage):
    """A built message whose attachments from files are not read yet: each one's body is
    a marker line in the message, replaced by the file's base64 when it is written
    (:func:`write_message`)."""

    def __init__(self, policy: Any = None) -> None:
        super().__init__(policy=policy)
        #: marker -> the file written in its place
        self.files: dict[bytes, Path] = {}


def build_message(
    draft: Draft, *, message_id: str | None = None, date: datetime | None = None
) -> OutgoingMessage:
    """Build the message for ``draft`` with its final Message-ID and Date.

    ``message_id`` is the header form ``<...>`` (a new one on the sender's domain by
    default); ``date`` defaults to now, in the local time zone.
    """
    check_draft(draft)
    header_addresses = [draft.sender, *draft.to, *draft.cc, *draft.reply_to]
    utf8 = any(address.needs_smtputf8 for address in header_addresses)
    msg = OutgoingMessage(policy=SMTPUTF8_POLICY if utf8 else POLICY)
    msg["Date"] = format_datetime((date or datetime.now()).astimezone())
    msg["From"] = draft.sender.formatted()
    if draft.to:
        msg["To"] = _address_list(draft.to)
    if draft.cc:
        msg["Cc"] = _address_list(draft.cc)
    if draft.reply_to:
        msg["Reply-To"] = _address_list(draft.reply_to)
    msg["Subject"] = draft.subject
    message_id = message_id or draft.kept_message_id()
    msg["Message-ID"] = (
        _checked_msgid(message_id) if message_id else make_msgid(draft.sender.address)
    )
    if draft.in_reply_to:
        msg["In-Reply-To"] = format_msgid(draft.in_reply_to)
    if draft.references:
        msg["References"] = " ".join(format_msgid(ref) for ref in draft.references)
    topic = draft.thread_topic if draft.thread_topic is not None else thread_topic(draft.subject)
    if topic:
        msg["Thread-Topic"] = topic
    msg["Thread-Index"] = draft.thread_index or new_thread_index(date)
    for name, value in draft.extra_headers.items():
        msg[name] = value
    msg["User-Agent"] = f"Threadline/{__version__}"
    msg["MIME-Version"] = "1.0"
    _set_body(msg, draft)
    return msg


def _checked_msgid(message_id: str) -> str:
    check_header_value(translate("compose", "the Message-ID"), message_id)
    bare = parse_msgid(message_id)
    if not bare:
        raise InvalidInputError(
            translate(
                "compose",
                "{message_id} is not a Message-ID.",
            ).format(message_id=repr(message_id))
        )
    return format_msgid(bare)


def _address_list(addresses: Iterable[Address]) -> str:
    return ", ".join(address.formatted() for address in addresses)


def _set_body(msg: OutgoingMessage, draft: Draft) -> None:
    body = draft.body if draft.body.endswith("\n") or not draft.body else draft.body + "\n"
    header_policy = msg.policy
    msg.policy = header_policy.clone(max_line_length=76)  # quoted-printable: RFC 2045 §6.7
    try:
        msg.set_content(body, subtype="plain", charset="utf-8", cte=_transfer_encoding(body))
    finally:
        msg.policy = header_policy
    if draft.html is not None:
        msg.add_alternative(draft.html, subtype="html", charset="utf-8")
    for attachment in draft.attachments:
        maintype, _, subtype = attachment.content_type.partition("/")
        msg.add_attachment(
            attachment.data,
            maintype=maintype or "application",
            subtype=subtype or "octet-stream",
            filename=attachment.filename,
            cte="base64",
        )
        if attachment.path is not None:  # its bytes are written with the message
            marker = f"THREADLINEFILE{secrets.token_hex(16)}".encode("ascii")
            part = list(msg.iter_attachments())[-1]
            part.set_payload(marker.decode("ascii"))
            msg.files[marker] = attachment.path
    for raw in draft.attached_messages:
        _attach_message(msg, raw)
    for part in msg.walk():
        if part is not msg:
            del part["MIME-Version"]  # the stdlib repeats it in every part; once is enough


def _transfer_encoding(text: str) -> str:
    """7bit for ASCII, quoted-printable for mostly-ASCII text, base64 otherwise."""
    if text.isascii() and all(len(line) <= 998 for line in text.splitlines()):
        return "7bit"
    non_ascii = sum(1 for c in text if not c.isascii())
    return "quoted-printable" if non_ascii * 4 < len(text) else "base64"


_HEADERS_ONLY = BytesHeaderParser(policy=policy.default)
_LINE_END = re.compile(rb"\r\n|\r|\n")


def _attach_message(msg: EmailMessage, raw: bytes) -> None:
    """Attach a whole message as ``message/rfc822`` (forwarding as an attachment).

    Its bytes go as they came, only line ends made CR LF: parsed and written out again, a
    message with an 8-bit byte in a header could not be written (UnicodeEncodeError), one
    nested a few hundred levels deep exhausted the recursion limit, and it lost its own
    MIME-Version. Only its headers are read, for the attachment's name.
    """
    inner = _HEADERS_ONLY.parsebytes(raw)
    subject = "".join(
        c if c.isprintable() and c not in '/\\:"' else " " for c in header_text(inner, "Subject")
    )
    name = f"{' '.join(subject.split())[:60] or 'message'}.eml"
    data = _LINE_END.sub(b"\r\n", raw)
    msg.add_attachment(
        data,
        maintype="message",
        subtype="rfc822",
        cte="7bit" if data.isascii() else "8bit",
        filename=safe_filename(name),
    )


class _Generator(BytesGenerator):
    """The email package's writer, but an attached message kept as bytes (see
    :func:`_attach_message`) is written with its 8-bit bytes (it wants ASCII)."""

    def _encode(self, s: str) -> bytes:
        return s.encode("ascii", "surrogateescape")


def write_message(msg: EmailMessage, out: Writable) -> bytes:
    """Write the wire form of a built message (CRLF line ends) to ``out``, the files of
    its attachments read in chunks; returns the message with markers in their place
    (small: for indexing). Every line is checked to be within 998 octets (or
    :class:`InvalidInputError`, before anything is written)."""
    chosen = SMTPUTF8_POLICY if msg.policy is SMTPUTF8_POLICY else POLICY
    buffer = io.BytesIO()
    _Generator(buffer, mangle_from_=False, policy=chosen).flatten(msg)
    skeleton = buffer.getvalue()
    check_line_lengths(skeleton)
    files = msg.files if isinstance(msg, OutgoingMessage) else {}
    if not files:
        out.write(skeleton)
        return skeleton
    position = 0
    for found in re.finditer(rb"THREADLINEFILE[0-9a-f]{32}", skeleton):
        path = files.get(found.group())
        if path is None:
            continue
        out.write(skeleton[position : found.start()])
        write_base64(path, out)
        position = found.end()
    out.write(skeleton[position:])
    return skeleton


def message_bytes(msg: EmailMessage) -> bytes:
    """The wire form of a built message as bytes (files of attachments read whole: for
    small messages, previews and tests; :func:`write_message` streams)."""
    out = io.BytesIO()
    write_message(msg, out)
    return out.getvalue()


def estimated_size(draft: Draft) -> int:
    """About how many bytes ``draft`` makes as a message (attachments in base64), known
    before building it or reading any file: what size limits are checked against."""
    text = len(draft.body.encode("utf-8", "replace")) * 4 // 3 + 4096
    if draft.html is not None:
        text += len(draft.html.encode("utf-8", "replace")) * 4 // 3 + 512
    files = sum(encoded_size(a.size) + 512 for a in draft.attachments)
    return text + files + sum(len(raw) * 4 // 3 for raw in draft.attached_messages)


_DATE_HEADER = re.compile(rb"^Date:[^\r\n]*(?:\r?\n[ \t][^\r\n]*)*", re.IGNORECASE | re.MULTILINE)


def with_date(raw: bytes, when: float) -> bytes:
    """``raw`` with its Date header set to ``when`` (local zone); every other byte kept."""
    ends = [i for i in (raw.find(b"\r\n\r\n"), raw.find(b"\n\n")) if i >= 0]
    split = min(ends) if ends else len(raw)
    head, rest = raw[:split], raw[split:]
    stamp = b"Date: " + format_datetime(datetime.fromtimestamp(when).astimezone()).encode()
    head, count = _DATE_HEADER.subn(lambda _match: stamp, head, count=1)
    if not count:  # the line end of the header block (its end too: it may be one line)
        newline = b"\r\n" if b"\r\n" in raw[: split + 2] else b"\n"
        head = stamp + newline + head
    return head + rest
