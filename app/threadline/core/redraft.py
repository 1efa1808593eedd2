"""A message Threadline built, taken back into a draft (Outbox → Open, to change it).

The outbox keeps the exact bytes of each message and its envelope recipients; this turns
them back into the :class:`~threadline.core.compose.Draft` they were built from:
sender, To, Cc, Bcc (the envelope recipients not in To or Cc), subject, text and HTML,
attachments, forwarded messages and the threading headers.
"""

from __future__ import annotations

from collections.abc import Sequence
from email.message import Message

from threadline.core.addresses import Address, addresses_from_header
from threadline.core.compose import Attachment, Draft
from threadline.core.ids import parse_msgid, parse_msgid_list
from threadline.core.parse import header_exact, header_text, parse_message


def _text(content: object) -> str:
    """A body (text or HTML) as the composer had it: line ends as ``\\n``, and without the
    line break building a message ends it with (building it again restores it)."""
    text = str(content).replace("\r\n", "\n")
    return text[:-1] if text.endswith("\n") else text


def draft_from_bytes(raw: bytes, recipients: Sequence[str]) -> Draft:
    """The draft ``raw`` was built from; ``recipients`` are its envelope (RCPT TO)."""
    message = parse_message(raw)
    [sender, *_] = addresses_from_header(header_text(message, "From")) or [Address("")]
    to = addresses_from_header(header_text(message, "To"))
    cc = addresses_from_header(header_text(message, "Cc"))
    shown = {a.key for a in (*to, *cc)}
    bcc = [Address(r) for r in recipients if Address(r).key not in shown]
    plain = message.get_body(preferencelist=("plain",))
    html = message.get_body(preferencelist=("html",))
    draft = Draft(
        sender=sender,
        to=to,
        cc=cc,
        bcc=bcc,
        subject=header_exact(message, "Subject"),
        body=_text(plain.get_content()) if plain is not None else "",
        html=_text(html.get_content()) if html is not None and plain is not None else None,
        in_reply_to=parse_msgid(header_text(message, "In-Reply-To")),
        references=parse_msgid_list(header_text(message, "References")),
        thread_topic=header_exact(message, "Thread-Topic") or None,
        thread_index=header_text(message, "Thread-Index") or None,
        reply_to=addresses_from_header(header_text(message, "Reply-To")),
        resumed_id=parse_msgid(header_text(message, "Message-ID")),
        resumed_recipients=tuple(recipients),
    )
    for part in message.iter_attachments():
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0) if part.is_multipart() else None
            if isinstance(inner, Message):
                draft.attached_messages.append(bytes(inner.as_bytes()))
            continue
        data = part.get_payload(decode=True)
        if isinstance(data, bytes):
            name = part.get_filename() or "attachment"
            draft.attachments.append(Attachment(name, data, part.get_content_type()))
    return draft
