"""What counts as mail: RFC 5322 headers with From, Date or Message-ID, or an mbox."""

from __future__ import annotations

import gzip
from pathlib import Path

import pytest

from helpers.mail import make_raw
from threadline.store.mail_files import (
    FileMessage,
    NotMailError,
    has_mail_headers,
    messages_in,
    sniff,
)
from threadline.store.mbox import mbox_entry


@pytest.mark.parametrize(
    "head",
    [
        b"From: a@x\r\n\r\nbody",
        b"Received: x\r\n\tfolded\r\nDATE : Mon, 5 Jan 2026 10:00:00 +0000\r\n\r\n",
        b"\r\n\r\nMessage-ID: <a@x>\n",
        b"X-Binary: \x00\x01\nFrom: a@x\n\n\x00",  # bytes are never judged
    ],
)
def test_headers_with_from_date_or_message_id_are_a_message(head: bytes) -> None:
    assert sniff(head) == "message"


@pytest.mark.parametrize(
    ("head", "why"),
    [
        (b"README.md\npyproject.toml\n", "does not start with mail headers"),
        (b"Metadata-Version: 2.1\nName: x\n\nFrom: in the body\n", "no From, Date or Message-ID"),
        (b"key: value\nnot a header\nFrom: a@x\n", "no From, Date or Message-ID"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF", "does not start with mail headers"),
        (b"From the authors, with thanks.\n\nText.\n", "is not an mbox"),
        (b"", "does not start with mail headers"),
    ],
)
def test_anything_else_is_not_mail(head: bytes, why: str) -> None:
    with pytest.raises(NotMailError, match=why):
        sniff(head)


def test_an_mbox_starts_with_a_dated_separator_or_one_followed_by_mail_headers() -> None:
    assert sniff(b"From a Mon Jan  1 00:00:00 2001\nSubject: no From here\n") == "mbox"
    assert sniff(b"\nFrom somebody\nMessage-ID: <a@x>\n") == "mbox"
    assert not has_mail_headers(b"Subject: s\n\nFrom: in the body\n")


def test_messages_in_reads_messages_mboxes_and_compressed_mboxes(tmp_path: Path) -> None:
    eml = tmp_path / "one.eml"
    eml.write_bytes(make_raw("a@x"))
    assert list(messages_in(eml)) == [FileMessage(1, make_raw("a@x"))]
    long_head = b"X-Long: " + b"x" * 300_000 + b"\r\n" + make_raw("b@x")  # past the sniffing
    mbox = tmp_path / "box.mbox.gz"
    mbox.write_bytes(gzip.compress(mbox_entry(long_head, when=0) + mbox_entry(make_raw("c@x"))))
    found = list(messages_in(mbox))
    assert [(m.number, m.raw) for m in found] == [(1, long_head), (2, make_raw("c@x"))]
    assert found[0].envelope_time == 0
    assert found[0].separator == b"From MAILER-DAEMON Thu Jan 01 00:00:00 1970\n"


def test_a_file_that_is_not_mail_raises_before_any_message(tmp_path: Path) -> None:
    path = tmp_path / "SOURCES.txt"
    path.write_text("app/x.py\napp/y.py\n")
    with pytest.raises(NotMailError):
        next(messages_in(path))
