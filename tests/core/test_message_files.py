"""The files of received mail: names cleaned, bytes exact, forwarded mail as .eml."""

from __future__ import annotations

from email.message import EmailMessage

from threadline.core.message_files import received_files
from threadline.core.parse import parse_message


def message_with_files() -> bytes:
    message = EmailMessage()
    message["From"] = "ann@example.org"
    message["Subject"] = "Files"
    message.set_content("See attached.")
    message.add_attachment(b"%PDF-1.4 data", maintype="application", subtype="pdf",
                           filename="report.pdf")  # fmt: skip
    message.add_attachment(b"#!/bin/sh\nrm -rf ~\n", maintype="application",
                           subtype="octet-stream", filename="../../.bashrc")  # fmt: skip
    inner = EmailMessage()
    inner["Subject"] = "Original"
    inner.set_content("forwarded text")
    message.add_attachment(inner)
    return message.as_bytes()


def test_every_file_comes_with_its_exact_bytes_and_a_safe_name() -> None:
    files = received_files(parse_message(message_with_files()))
    assert [(f.filename, f.content_type) for f in files] == [
        ("report.pdf", "application/pdf"),
        (".bashrc", "application/octet-stream"),  # no way out of the folder it is saved in
        ("Original.eml", "message/rfc822"),
    ]
    assert files[0].data == b"%PDF-1.4 data" and files[1].data == b"#!/bin/sh\nrm -rf ~\n"
    assert b"forwarded text" in files[2].data


def test_a_part_without_a_name_or_readable_content_is_still_listed() -> None:
    raw = (
        b"From: a@x\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=b\r\n\r\n"
        b"--b\r\nContent-Type: text/plain\r\n\r\nhi\r\n"
        b"--b\r\nContent-Type: application/zip\r\nContent-Disposition: attachment\r\n"
        b"Content-Transfer-Encoding: base64\r\n\r\n!!!not base64!!!\r\n--b--\r\n"
    )
    [only] = received_files(parse_message(raw))
    assert only.filename == "attachment-1" and only.content_type == "application/zip"
    assert received_files(parse_message(b"From: a@x\r\n\r\nplain text")) == []
