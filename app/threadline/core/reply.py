"""Replies and forwards: threading headers, recipients, quoting.

The threading rules (RFC 5322 §3.6.4): a reply's ``In-Reply-To`` is the parent's
Message-ID; its ``References`` are the parent's References (or, when it has none, its
single In-Reply-To id) followed by the parent's Message-ID.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable
from email.message import EmailMessage, Message
from email.utils import format_datetime
from urllib.parse import unquote

from threadline.core.addresses import Address, addresses_from_header
from threadline.core.bidi import direction, isolate, isolate_if_needed, needs_isolation
from threadline.core.compose import Attachment, Draft
from threadline.core.folding import MAX_LINE
from threadline.core.headers import raw_header_text
from threadline.core.ids import looks_valid, parse_msgid, parse_msgid_list
from threadline.core.outlook import child_thread_index, new_thread_index, thread_topic
from threadline.core.parse import (
    body_text,
    header_date,
    header_exact,
    header_text,
    parse_message,
    without_controls,
)
from threadline.core.subject import forward_subject, reply_subject
from threadline.errors import InvalidInputError
from threadline.i18n import translate

#: At most this many ids in a reply's References: the root plus the newest ones.
#: 20 covers any real discussion depth that clients display as a tree, keeps the header
#: at about 20 short folded lines (well under 998 characters per line), and is what
#: survives the trimming of other clients (Thunderbird keeps the first and the last ids
#: too). Threaders only need the root (to join the conversation) and the parent.
MAX_REFERENCES = 20

#: Ids longer than this are dropped from the middle of References: they cannot be
#: folded and would push a header line towards the 998-character limit.
MAX_ID_LENGTH = 250

#: An id longer than this does not fit on a folded References line at all (998 octets,
#: less " <" and ">"): it is dropped wherever it is.
MAX_FOLDABLE_ID = MAX_LINE - len("References: <>")


class ReplyMode(enum.Enum):
    """Who a reply goes to."""

    SENDER = "reply"
    ALL = "reply-all"
    LIST = "reply-list"


#: An id longer than this does not fit on the In-Reply-To line (998 octets, less the
#: name and brackets): a reply to it has no In-Reply-To (else it could not be sent).
MAX_IN_REPLY_TO = MAX_LINE - len("In-Reply-To: <>")


def writable_id(bare: str) -> bool:
    """Whether an id can go into a header of a message we send: printable ASCII (and the
    spaces of a quoted local part). A raw 8-bit byte or a control character in a received
    id cannot be written (the message could not be built)."""
    return all(" " <= c <= "~" for c in bare)


def _id_header(message: Message, name: str) -> str:
    """Every ``name`` header of ``message`` as written, joined, as the store reads them.

    Never RFC 2047-decoded (RFC 2047 §5: an encoded word is not allowed in an id): a reply
    names an id exactly as the store and the parent's other readers know it. Raw 8-bit
    bytes are read as the store reads them: UTF-8, else Windows-1252.
    """
    try:
        items = list(message.raw_items())
    except (AttributeError, TypeError, ValueError):
        return ""
    key = name.lower()
    return " ".join(
        raw_header_text(str(value)) for field, value in items if str(field).lower() == key
    )


def reply_references(parent: EmailMessage) -> tuple[str | None, list[str]]:
    """``(In-Reply-To, References)`` of a reply to ``parent``, as bare ids.

    Ids that cannot be written (:func:`writable_id`, or too long for their line) are left
    out: without In-Reply-To the reply names its parent only as far as References can.
    """
    parent_id = parse_msgid(_id_header(parent, "Message-ID"))
    ancestors = parse_msgid_list(_id_header(parent, "References"))
    if not ancestors:
        in_reply_to = parse_msgid_list(_id_header(parent, "In-Reply-To"))
        if len(in_reply_to) == 1:
            ancestors = in_reply_to
    chain = [ref for ref in ancestors if ref != parent_id]
    if parent_id:
        chain.append(parent_id)
    if parent_id and not (writable_id(parent_id) and len(parent_id) <= MAX_IN_REPLY_TO):
        parent_id = None
    return parent_id, trim_references(chain)


def trim_references(chain: list[str], limit: int = MAX_REFERENCES) -> list[str]:
    """Keep the root and the newest ids, at most ``limit``, each once, in order; ids that
    cannot be written (:func:`writable_id`, too long for any line) are left out."""
    unique: list[str] = []
    seen: set[str] = set()
    for ref in chain:
        if ref not in seen:
            seen.add(ref)
            unique.append(ref)
    unique = [ref for ref in unique if len(ref) <= MAX_FOLDABLE_ID and writable_id(ref)]
    if not unique:
        return []
    root, newest = unique[0], unique[-1]
    middle = [ref for ref in unique[1:-1] if len(ref) <= MAX_ID_LENGTH and looks_valid(ref)]
    kept = [root, *middle, newest] if len(unique) > 1 else [root]
    if len(kept) > limit:
        kept = [kept[0], *kept[len(kept) - (limit - 1) :]]
    return kept


def _is_own(address: Address, own: set[str]) -> bool:
    return address.key.lower() in own


def _dedupe(addresses: Iterable[Address], exclude: set[str]) -> list[Address]:
    result: list[Address] = []
    for address in addresses:
        key = address.key.lower()
        if key not in exclude:
            exclude.add(key)
            result.append(_foldable(address))
    return result


def _foldable(address: Address) -> Address:
    """``address`` without its display name when a word of the name is too long for any
    header line (a broken encoded word of a received message): else the reply could not
    be built ("cannot be folded")."""
    if any(len(word) > MAX_FOLDABLE_ID for word in address.formatted().split()):
        return Address(address.address)
    return address


_COMMENT = re.compile(r"\((?:[^()\\]|\\.)*\)")


def list_post_address(parent: EmailMessage) -> Address | None:
    """The mailing list's posting address from ``List-Post`` (RFC 2369), if any.

    The header holds URLs in angle brackets, possibly several and with comments around
    them (``(Posting) <mailto:l@x.org>``); the first ``mailto:`` one is taken, its
    percent-escapes decoded. ``NO`` (posting not allowed) gives ``None``.
    """
    text = _COMMENT.sub(" ", header_text(parent, "List-Post"))
    urls = re.findall(r"<([^<>]*)>", text) or [chunk.strip() for chunk in text.split(",")]
    for url in urls:
        value = "".join(url.split())
        if value.lower().startswith("mailto:"):
            address = unquote(value[len("mailto:") :].split("?", 1)[0])
            if "@" in address:
                return Address(address=address)
    return None


def reply_recipients(
    parent: EmailMessage, mode: ReplyMode, own_addresses: Iterable[str] = ()
) -> tuple[list[Address], list[Address]]:
    """``(To, Cc)`` of a reply: to the sender, to all, or to the mailing list.

    Reply-To beats From; for reply-all, Mail-Followup-To beats everything. The user's own
    addresses never appear (unless replying to one's own message, which goes to its To).
    """
    own = {Address(a).key.lower() for a in own_addresses}
    sender = addresses_from_header(header_text(parent, "Reply-To")) or addresses_from_header(
        header_text(parent, "From")
    )
    if sender and all(_is_own(a, own) for a in sender):
        sender = addresses_from_header(header_text(parent, "To")) or sender
    if mode is ReplyMode.LIST:
        address = list_post_address(parent)
        if address is None:
            raise InvalidInputError(
                translate(
                    "reply",
                    "This message did not come through a mailing list that accepts posts (it has "
                    "no List-Post address). Use Reply or Reply all instead.",
                )
            )
        return [address], []
    if mode is ReplyMode.SENDER:
        return _dedupe(sender, set(own)), []
    followup = addresses_from_header(header_text(parent, "Mail-Followup-To"))
    if followup:
        return _dedupe(followup, set(own)), []
    seen = set(own)
    to = _dedupe([*sender, *addresses_from_header(header_text(parent, "To"))], seen)
    cc = _dedupe(addresses_from_header(header_text(parent, "Cc")), seen)
    if not to and cc:
        to, cc = cc[:1], cc[1:]
    return to, cc


#: The attribution line in English: with the parent's date, and for a parent without one.
#: The composer passes its own language's pair ("Am {date} schrieb {sender}:"); the date
#: stays in RFC 5322's words either way.
ATTRIBUTION_WORDS = ("On {date}, {sender} wrote:", "{sender} wrote:")


def attribution(parent: EmailMessage, words: tuple[str, str] = ATTRIBUTION_WORDS) -> str:
    """``On <date>, <sender> wrote:`` (``words`` in another language, same placeholders).

    The date is the parent's own, as RFC 5322 writes it ("Tue, 24 Nov 2026 10:00:00
    +0100"): English names whatever the locale, day before month in words, the sender's
    offset from UTC, so it reads the same to every recipient. A sender's name that could
    reorder the line (Arabic, Hebrew, bidi controls) is isolated (FSI…PDI, see
    :mod:`threadline.core.bidi`): "On …, سارة أحمد <sara@example.eg> wrote:" keeps its
    comma, address and "wrote:" in place in the recipients' mail programs.
    """
    sender = addresses_from_header(header_text(parent, "From"))
    who = _attributed(sender[0]) if sender else "someone"
    when = header_date(parent)
    with_date, without_date = words
    if direction(with_date) == "rtl":  # the words read right to left (Arabic, Hebrew):
        who = isolate(who)  # a left-to-right name and address keep their own order
    if when:
        date = format_datetime(when)
        if direction(with_date) == "rtl":  # "+0000" would otherwise move to the front
            date = isolate(date)
        return with_date.format(date=date, sender=who)
    return without_date.format(sender=who)


def _attributed(sender: Address) -> str:
    """``sender`` as the attribution names it, a name that could reorder the line isolated."""
    formatted = sender.formatted()
    if sender.name and needs_isolation(sender.name) and formatted.endswith(">"):
        name, bracket, address = formatted.rpartition(" <")
        return f"{isolate(name)}{bracket}{address}"
    return isolate_if_needed(formatted)


def quote(text: str) -> str:
    """Prefix every line with ``> `` (``>`` alone before already-quoted or empty lines)."""
    lines = text.replace("\r\n", "\n").rstrip("\n").split("\n")
    return "\n".join(
        f">{line}" if line.startswith(">") or not line else f"> {line}" for line in lines
    )


def _parent(parent: EmailMessage | bytes) -> EmailMessage:
    return parse_message(parent) if isinstance(parent, bytes) else parent


def reply_draft(
    parent: EmailMessage | bytes,
    sender: Address,
    mode: ReplyMode = ReplyMode.SENDER,
    *,
    own_addresses: Iterable[str] = (),
    include_quote: bool = True,
    attribution_words: tuple[str, str] = ATTRIBUTION_WORDS,
) -> Draft:
    """A draft replying to ``parent``, threaded by headers, with the parent quoted
    (below an attribution line in ``attribution_words``, the composer's language)."""
    message = _parent(parent)
    in_reply_to, references = reply_references(message)
    to, cc = reply_recipients(message, mode, [sender.address, *own_addresses])
    original_subject = header_exact(message, "Subject")
    body = ""
    if include_quote:
        line = attribution(message, attribution_words)
        body = f"\n\n{line}\n{quote(without_controls(body_text(message)))}\n"
    return Draft(
        sender=sender,
        to=to,
        cc=cc,
        subject=reply_subject(original_subject),
        body=body,
        in_reply_to=in_reply_to,
        references=references,
        thread_topic=thread_topic(original_subject),
        thread_index=child_thread_index(header_text(message, "Thread-Index") or None),
    )


def forward_draft(
    parent: EmailMessage | bytes, sender: Address, *, as_attachment: bool = False
) -> Draft:
    """A draft forwarding ``parent``: a new conversation (no In-Reply-To, no References).

    Inline, the original's headers and text are in the body and its attachments come
    along; as an attachment, the original is attached whole as ``message/rfc822``.
    """
    message = _parent(parent)
    subject = forward_subject(header_exact(message, "Subject"))
    draft = Draft(
        sender=sender,
        subject=subject,
        thread_topic=thread_topic(subject),
        thread_index=new_thread_index(),
    )
    if as_attachment:
        draft.attached_messages.append(
            parent if isinstance(parent, bytes) else bytes(message.as_bytes())
        )
        return draft
    lines = ["", "", "---------- Forwarded message ----------"]
    for name in ("From", "Date", "Subject", "To", "Cc"):
        value = header_text(message, name)
        if value:
            lines.append(f"{name}: {value}")
    text = without_controls(body_text(message)).rstrip("\n")
    draft.body = "\n".join(lines) + "\n\n" + text + "\n"
    draft.attachments.extend(_attachments_of(message))
    return draft


def _attachments_of(message: EmailMessage) -> list[Attachment]:
    found: list[Attachment] = []
    try:
        parts = list(message.iter_attachments())
    except (KeyError, ValueError, TypeError, AttributeError):
        return found
    for part in parts:
        data = part.get_payload(decode=True)
        if isinstance(data, bytes):
            found.append(
                Attachment(
                    filename=part.get_filename() or "attachment",
                    data=data,
                    content_type=part.get_content_type(),
                )
            )
    return found
