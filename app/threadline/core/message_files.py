"""The files a received message carries, as the reader lists them.

Every attachment part (``Content-Disposition: attachment``, or a named non-text part),
and a forwarded message (``message/rfc822``) as an ``.eml`` file. Names come from
strangers: :class:`~threadline.core.attachments.Attachment` cleans them (no folders, no
controls, no bidi tricks). A part whose content cannot be decoded is listed with the
bytes that could be read: the reader never fails on it.
"""

from __future__ import annotations

from email.message import EmailMessage, Message

from threadline.core.attachments import Attachment
from threadline.core.parse import header_text


def received_files(message: EmailMessage) -> list[Attachment]:
    """The files of ``message``, in the order they come."""
    files: list[Attachment] = []
    try:
        parts = list(message.iter_attachments())
    except Exception:  # a broken MIME tree: what the body shows is all there is
        return files
    for part in parts:
        if part.get_content_type() == "message/rfc822":
            inner = part.get_payload(0) if part.is_multipart() else None
            if isinstance(inner, Message):
                subject = header_text(inner, "Subject") or "forwarded message"
                files.append(Attachment(f"{subject}.eml", bytes(inner.as_bytes()),
                                        "message/rfc822"))  # fmt: skip
            continue
        try:
            data = part.get_payload(decode=True)
        except Exception:
            data = None
        if not isinstance(data, bytes):
            data = b""
        files.append(Attachment(_name(part, len(files) + 1), data, part.get_content_type()))
    return files


def _name(part: Message, number: int) -> str:
    try:
        name = part.get_filename()
    except Exception:  # a malformed RFC 2231 parameter
        name = None
    return name or f"attachment-{number}"
