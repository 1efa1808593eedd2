"""Building the message that goes out."""

from __future__ import annotations

import email
from datetime import UTC, datetime
from email import policy
from pathlib import Path

import pytest

from threadline.core.addresses import Address
from threadline.core.compose import (
    Attachment,
    Draft,
    build_message,
    envelope_recipients,
    fold_tokens,
    message_bytes,
)
from threadline.errors import InvalidInputError

ANN = Address("ann@example.org", "Ann Example")
BOB = Address("bob@example.net", "Bob")


def reparse(raw: bytes) -> email.message.EmailMessage:
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, email.message.EmailMessage)
    return msg


def test_plain_message_has_date_id_and_utf8_text() -> None:
    draft = Draft(sender=ANN, to=[BOB], subject="Grüße", body="Hallo Bob, schöne Grüße")
    when = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
    raw = message_bytes(build_message(draft, message_id="<fixed@example.org>", date=when))
    assert b"\r\nMessage-ID: <fixed@example.org>\r\n" in raw
    assert b"Subject: =?utf-8?" in raw  # RFC 2047, never raw 8-bit in headers
    assert raw.split(b"\r\n\r\n")[0].isascii()
    msg = reparse(raw)
    assert msg["Date"].datetime == when
    assert msg["Subject"] == "Grüße"
    assert msg.get_content_type() == "text/plain"
    assert msg.get_content().strip() == "Hallo Bob, schöne Grüße"
    assert msg["User-Agent"].startswith("Threadline/")


def test_bcc_is_in_the_envelope_but_never_in_the_headers() -> None:
    draft = Draft(sender=ANN, to=[BOB], bcc=[Address("secret@example.com")], body="x")
    raw = message_bytes(build_message(draft))
    assert b"secret@example.com" not in raw
    assert envelope_recipients(draft) == ["bob@example.net", "secret@example.com"]


def test_html_alternative_and_attachments_with_non_ascii_names(tmp_path: Path) -> None:
    report = tmp_path / "Bericht März.pdf"
    report.write_bytes(b"%PDF-1.4 data")
    draft = Draft(
        sender=ANN,
        to=[BOB],
        subject="Report",
        body="See attached.",
        html="<p>See <b>attached</b>.</p>",
        attachments=[Attachment.from_path(report)],
    )
    msg = reparse(message_bytes(build_message(draft)))
    assert msg.get_content_type() == "multipart/mixed"
    body = msg.get_body(preferencelist=("html",))
    assert body is not None and "<b>attached</b>" in body.get_content()
    [attachment] = list(msg.iter_attachments())
    assert attachment.get_filename() == "Bericht März.pdf"
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_content() == b"%PDF-1.4 data"


def test_unreadable_attachment_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(InvalidInputError, match=r"Cannot attach .*missing\.txt"):
        Attachment.from_path(tmp_path / "missing.txt")


def test_long_ids_fold_between_ids_never_inside_or_encoded() -> None:
    long_ids = [f"{'x' * 60}{i}@example.org" for i in range(5)] + ["y" * 120 + "@example.org"]
    draft = Draft(
        sender=ANN,
        to=[BOB],
        body="x",
        in_reply_to=long_ids[-1],
        references=long_ids,
    )
    raw = message_bytes(build_message(draft))
    assert b"=?utf-8?" not in raw
    msg = reparse(raw)
    assert msg["References"].split() == [f"<{i}>" for i in long_ids]
    assert msg["In-Reply-To"] == f"<{long_ids[-1]}>"
    head = raw.split(b"\r\n\r\n")[0]
    assert max(len(line) for line in head.split(b"\r\n")) < 998


def test_fold_tokens_wraps_at_78_columns() -> None:
    folded = fold_tokens("References", [f"<{i:030d}@example.org>" for i in range(6)])
    lines = folded.split("\r\n")[:-1]
    assert all(len(line) <= 78 for line in lines)
    assert all(line.startswith(" ") for line in lines[1:])


@pytest.mark.parametrize(
    "draft",
    [
        Draft(sender=ANN, to=[BOB], subject="Hi\r\nBcc: evil@example.com"),
        Draft(sender=Address("ann@example.org", "Ann\nX-Evil: 1"), to=[BOB]),
        Draft(sender=ANN, to=[Address("bob@example.net\r\n")]),
        Draft(sender=ANN, to=[BOB], extra_headers={"X-Ticket": "1\nBcc: x@y"}),
        Draft(sender=ANN, to=[BOB], extra_headers={"Bad Name": "1"}),
    ],
)
def test_header_injection_is_refused_before_building(draft: Draft) -> None:
    with pytest.raises(InvalidInputError):
        build_message(draft)


def test_a_message_needs_a_recipient() -> None:
    with pytest.raises(InvalidInputError, match="no recipients"):
        build_message(Draft(sender=ANN, body="x"))


def test_forwarded_message_is_attached_as_rfc822() -> None:
    original = b"From: c@d.org\r\nSubject: Old news\r\nMessage-ID: <old@d.org>\r\n\r\nBody\r\n"
    draft = Draft(sender=ANN, to=[BOB], subject="Fwd: Old news", attached_messages=[original])
    msg = reparse(message_bytes(build_message(draft)))
    [part] = list(msg.iter_attachments())
    assert part.get_content_type() == "message/rfc822"
    assert part.get_filename() == "Old news.eml"
    assert part.get_content()["Message-ID"] == "<old@d.org>"


def test_a_long_subject_starts_on_the_subject_line_and_unfolds_exactly() -> None:
    subject = "Re: [notmuch] [PATCH 1/2] Close message file after parsing message headers"
    raw = message_bytes(build_message(Draft(sender=ANN, to=[BOB], subject=subject, body="x")))
    assert b"\r\nSubject: Re: [notmuch]" in raw
    assert reparse(raw)["Subject"] == subject
