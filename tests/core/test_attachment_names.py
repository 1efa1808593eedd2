"""Attachment file names: chosen by strangers, so cleaned before they become a header."""

from __future__ import annotations

import dataclasses
import email
import re
from email import policy
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.addresses import Address
from threadline.core.compose import (
    Attachment,
    Draft,
    build_message,
    check_draft,
    message_bytes,
    safe_filename,
)
from threadline.core.headers import HeaderInjectionError
from threadline.core.reply import forward_draft

ANN = Address("ann@example.org", "Ann")
BOB = Address("bob@example.net", "Bob")
CONTROLS = re.compile("[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")


def parse(raw: bytes) -> EmailMessage:
    msg = email.message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    return msg


def sent_names(draft: Draft) -> list[str | None]:
    return [
        part.get_filename()
        for part in parse(message_bytes(build_message(draft))).iter_attachments()
    ]


@pytest.mark.parametrize(
    ("name", "cleaned"),
    [
        ("report.pdf", "report.pdf"),
        ("Bericht März.pdf", "Bericht März.pdf"),
        ("a.txt\r\nBcc: evil@example.com", "a.txt__Bcc: evil@example.com"),
        ("../../.ssh/authorized_keys", "authorized_keys"),
        ("C:\\Windows\\system32\\evil.dll", "evil.dll"),
        ("dir/", "dir"),
        ("invoice\u202efdp.exe", "invoice_fdp.exe"),
        ("bell\x07 \x1b[2J\x9b.txt", "bell_ _[2J_.txt"),
        ("", "attachment"),
        ("..", "attachment"),
        (" / ", "attachment"),
        ("\udcff.bin", "_.bin"),
        ("<>", "attachment"),  # readers drop brackets around a whole name
        ("<report>.pdf", "<report>.pdf"),
        ("<report.pdf>", "report.pdf"),
        ("< .. >", "attachment"),
        ('"quoted"', "quoted"),
        ('"<both>"', "both"),
        ("<<twice>>", "twice"),
        ('""', "attachment"),
        ('say "hi".txt', 'say "hi".txt'),
    ],
)
def test_safe_filename(name: str, cleaned: str) -> None:
    assert safe_filename(name) == cleaned
    assert Attachment(name, b"x").filename == cleaned


@given(st.text(st.characters(codec=None, exclude_categories=())))
def test_any_file_name_makes_a_message_with_one_clean_attachment(name: str) -> None:
    draft = Draft(sender=ANN, to=[BOB], subject="s", attachments=[Attachment(name, b"data")])
    [sent] = sent_names(draft)
    assert sent == safe_filename(name)
    assert sent and not CONTROLS.search(sent) and "/" not in sent and "\\" not in sent


def test_a_name_with_a_line_break_left_over_is_refused_as_header_injection() -> None:
    attachment = Attachment("a.txt", b"x")
    object.__setattr__(attachment, "filename", "a.txt\r\nBcc: evil@example.com")
    draft = Draft(sender=ANN, to=[BOB], attachments=[attachment])
    with pytest.raises(HeaderInjectionError, match="attachment name"):
        check_draft(draft)
    assert dataclasses.replace(attachment).filename == "a.txt__Bcc: evil@example.com"


def test_a_strange_content_type_falls_back_to_octet_stream() -> None:
    assert Attachment("a", b"x", "text/plain\r\nBcc: x").content_type == "application/octet-stream"
    assert Attachment("a", b"x", "nonsense").content_type == "application/octet-stream"
    assert Attachment("a", b"x", "Text/CSV").content_type == "text/csv"


def test_attaching_a_file_whose_name_has_a_newline(tmp_path: Path) -> None:
    path = tmp_path / "two\nlines.txt"
    path.write_bytes(b"hello")
    attachment = Attachment.from_path(path)
    assert attachment.filename == "two_lines.txt" and attachment.content_type == "text/plain"
    assert sent_names(Draft(sender=ANN, to=[BOB], attachments=[attachment])) == ["two_lines.txt"]


def test_forwarding_mail_with_an_rfc2231_crlf_file_name() -> None:
    received = (
        b"From: Mallory <mal@example.org>\r\nTo: bob@example.net\r\nSubject: Invoice\r\n"
        b"Message-ID: <inv@example.org>\r\nMIME-Version: 1.0\r\n"
        b"Content-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n"
        b"--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment;\r\n"
        b" filename*=utf-8''..%2F..%2Fa.txt%0D%0AContent-Type%3A%20text%2Fhtml%E2%80%AEfdp.exe\r\n"
        b"\r\nhello\r\n--b--\r\n"
    )
    draft = forward_draft(received, BOB)
    draft.to = [ANN]
    [name] = [a.filename for a in draft.attachments]
    assert name == "html_fdp.exe"  # control characters replaced, directories dropped
    assert sent_names(draft) == [name]
