"""Building the message that goes out."""

from __future__ import annotations

import email
import re
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email import policy
from pathlib import Path

import pytest

from threadline import __version__
from threadline.core.addresses import Address
from threadline.core.compose import (
    Attachment,
    Draft,
    _transfer_encoding,
    build_message,
    check_draft,
    envelope_recipients,
    estimated_size,
    fold_tokens,
    message_bytes,
    needs_smtputf8,
    with_date,
)
from threadline.core.outlook import parse_thread_index
from threadline.core.parse import parse_message
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


def test_a_forwarded_message_goes_as_its_bytes_with_crlf_line_ends() -> None:
    # parsed and written again, 8-bit bytes in its headers raised UnicodeEncodeError and
    # it lost its MIME-Version (found by the fuzz test)
    original = b"From: c@d.org\nSubject: caf\xe9\nMIME-Version: 1.0\n\nBody \xff\r\nend\n"
    draft = Draft(sender=ANN, to=[BOB], attached_messages=[original, b"From: a@b.org\n\nx"])
    raw = message_bytes(build_message(draft))
    wire = b"From: c@d.org\r\nSubject: caf\xe9\r\nMIME-Version: 1.0\r\n\r\nBody \xff\r\nend\r\n"
    assert b"Content-Transfer-Encoding: 8bit\r\n" in raw and wire in raw
    assert b"Content-Transfer-Encoding: 7bit\r\nContent-Disposition: attachment;" in raw
    first, second = reparse(raw).iter_attachments()
    assert first.get_filename() == "café.eml" and second.get_content()["From"] == "a@b.org"


def test_a_forwarded_message_nested_hundreds_deep_is_attached() -> None:
    original = b"From: c@d.org\r\nSubject: deep\r\n"
    for _level in range(600):  # parsed and written again: RecursionError
        original += b"Content-Type: message/rfc822\r\n\r\nSubject: level\r\n"
    raw = message_bytes(build_message(Draft(sender=ANN, to=[BOB], attached_messages=[original])))
    assert original + b"\r\n--" in raw


def test_a_long_subject_starts_on_the_subject_line_and_unfolds_exactly() -> None:
    subject = "Re: [notmuch] [PATCH 1/2] Close message file after parsing message headers"
    raw = message_bytes(build_message(Draft(sender=ANN, to=[BOB], subject=subject, body="x")))
    assert b"\r\nSubject: Re: [notmuch]" in raw
    assert reparse(raw)["Subject"] == subject


# -- exact bytes: what goes out, header by header (mutation testing, issue 12) ----------


@pytest.fixture
def berlin_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The local zone is UTC+1 (a POSIX TZ string: no zone database needed)."""
    monkeypatch.setenv("TZ", "CET-1")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def with_boundaries(raw: bytes) -> str:
    """``raw`` as text, its MIME boundaries (random) named B1, B2... in order."""
    text = raw.decode("ascii")
    for number, boundary in enumerate(re.findall(r'boundary="([^"]+)"', text), start=1):
        text = text.replace(boundary, f"B{number}")
    return text


FULL = Draft(
    sender=ANN,
    to=[BOB, Address("carol@example.com")],
    cc=[Address("dave@example.com", "Dave, D.")],
    bcc=[Address("eve@example.com")],
    reply_to=[Address("list@example.org")],
    subject="Grüße",
    body="Hallo Bob,\nschöne Grüße",
    html="<p>Hallo</p>",
    attachments=[Attachment(filename="notes.txt", content_type="text/plain", data=b"note\n")],
    in_reply_to="p2@example.org",
    references=["p1@example.org", "p2@example.org"],
    thread_index="AQHZ",
    extra_headers={"X-Ticket": "4711"},
)


def test_a_full_message_exactly(berlin_time: None) -> None:
    when = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    raw = message_bytes(build_message(FULL, message_id="<fixed@example.org>", date=when))
    assert with_boundaries(raw) == (
        "Date: Tue, 24 Nov 2026 10:00:00 +0100\r\n"
        "From: Ann Example <ann@example.org>\r\n"
        "To: Bob <bob@example.net>, carol@example.com\r\n"
        'Cc: "Dave, D." <dave@example.com>\r\n'
        "Reply-To: list@example.org\r\n"
        "Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\n"
        "Message-ID: <fixed@example.org>\r\n"
        "In-Reply-To: <p2@example.org>\r\n"
        "References: <p1@example.org> <p2@example.org>\r\n"
        "Thread-Topic: =?utf-8?q?Gr=C3=BC=C3=9Fe?=\r\n"
        "Thread-Index: AQHZ\r\n"
        "X-Ticket: 4711\r\n"
        f"User-Agent: Threadline/{__version__}\r\n"
        "MIME-Version: 1.0\r\n"
        'Content-Type: multipart/mixed; boundary="B1"\r\n'
        "\r\n"
        "--B1\r\n"
        'Content-Type: multipart/alternative;\r\n boundary="B2"\r\n'
        "\r\n"
        "--B2\r\n"
        'Content-Type: text/plain; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n"
        "\r\n"
        "Hallo Bob,\r\nsch=C3=B6ne Gr=C3=BC=C3=9Fe\r\n"
        "\r\n"
        "--B2\r\n"
        'Content-Type: text/html; charset="utf-8"\r\n'
        "Content-Transfer-Encoding: 7bit\r\n"
        "\r\n"
        "<p>Hallo</p>\r\n"
        "\r\n"
        "--B2--\r\n"
        "\r\n"
        "--B1\r\n"
        "Content-Type: text/plain\r\n"
        "Content-Transfer-Encoding: base64\r\n"
        'Content-Disposition: attachment; filename="notes.txt"\r\n'
        "\r\n"
        "bm90ZQo=\r\n"
        "\r\n"
        "--B1--\r\n"
    )


def test_a_plain_message_exactly_with_its_own_id_topic_and_index(berlin_time: None) -> None:
    when = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    draft = Draft(sender=ANN, to=[BOB], subject="Re: Plan", body="ok")
    raw = message_bytes(build_message(draft, date=when)).decode("ascii")
    head, body = raw.split("\r\n\r\n")
    lines = head.split("\r\n")
    names = [line.split(":")[0] for line in lines]
    assert names == ["Date", "From", "To", "Subject", "Message-ID", "Thread-Topic",
                     "Thread-Index", "User-Agent", "MIME-Version", "Content-Type",
                     "Content-Transfer-Encoding"]  # fmt: skip
    assert lines[3] == "Subject: Re: Plan" and lines[5] == "Thread-Topic: Plan"
    assert re.fullmatch(r"Message-ID: <[A-Za-z0-9_-]{20,}@example\.org>", lines[4])
    index = parse_thread_index(lines[6].partition(": ")[2])
    assert index is not None and timedelta(0) <= when - index.started < timedelta(seconds=2)
    assert index.depth == 0
    assert lines[9:] == ['Content-Type: text/plain; charset="utf-8"',
                         "Content-Transfer-Encoding: 7bit"]  # fmt: skip
    assert body == "ok\r\n"


def test_an_empty_subject_has_no_thread_topic_unless_one_is_given() -> None:
    raw = message_bytes(build_message(Draft(sender=ANN, cc=[BOB], body="")))
    head, body = raw.split(b"\r\n\r\n")
    assert b"\r\nSubject:\r\n" in head and b"Thread-Topic" not in head
    assert b"\r\nCc: Bob <bob@example.net>\r\n" in head and b"\r\nTo:" not in head
    assert body == b"\r\n"
    given = Draft(sender=ANN, bcc=[BOB], subject="Re: x", thread_topic="Topic")
    assert b"\r\nThread-Topic: Topic\r\n" in message_bytes(build_message(given))
    empty = Draft(sender=ANN, to=[BOB], subject="Re: x", thread_topic="")
    assert b"Thread-Topic" not in message_bytes(build_message(empty))


@pytest.mark.parametrize(
    ("message_id", "written"),
    [("<a@b.org>", "<a@b.org>"), ("a@b.org", "<a@b.org>"), ("  <a@b.org> ", "<a@b.org>")],
)
def test_a_given_message_id_is_written_in_header_form(message_id: str, written: str) -> None:
    raw = message_bytes(build_message(Draft(sender=ANN, to=[BOB]), message_id=message_id))
    assert f"\r\nMessage-ID: {written}\r\n".encode() in raw


@pytest.mark.parametrize(
    ("message_id", "error"),
    [("<>", "'<>' is not a Message-ID."), ("<a@b>\n", "The Message-ID contains a line feed")],
)
def test_a_broken_message_id_is_refused(message_id: str, error: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        build_message(Draft(sender=ANN, to=[BOB]), message_id=message_id)
    assert str(raised.value).startswith(error)


def test_a_non_ascii_local_part_makes_an_smtputf8_message() -> None:
    draft = Draft(sender=ANN, to=[Address("jürgen@example.de", "Jürgen")], body="x")
    raw = message_bytes(build_message(draft))
    assert "\r\nTo: Jürgen <jürgen@example.de>\r\n".encode() in raw
    assert needs_smtputf8(draft)
    hidden = Draft(sender=ANN, to=[BOB], bcc=[Address("jürgen@example.de")], body="x")
    assert needs_smtputf8(hidden) and message_bytes(build_message(hidden)).isascii()
    reply = Draft(sender=ANN, to=[BOB], reply_to=[Address("jürgen@example.de")], body="x")
    assert needs_smtputf8(reply) and not message_bytes(build_message(reply)).isascii()
    assert not needs_smtputf8(Draft(sender=ANN, to=[Address("bob@exämple.de")]))


# -- what check_draft refuses, and how it says it ------------------------------------


@pytest.mark.parametrize(
    ("draft", "error"),
    [
        (Draft(sender=ANN, to=[BOB], subject="a\nb"), "The subject contains a line feed"),
        (Draft(sender=Address("a@b.org", "A\rB"), to=[BOB]), "The sender name contains a carr"),
        (Draft(sender=Address("a@b.org\n"), to=[BOB]), "The sender address contains a line"),
        (Draft(sender=ANN, to=[Address("b@c.org", "\n")]), "The To name contains"),
        (Draft(sender=ANN, to=[Address("b@c.org\n")]), "The To address contains"),
        (Draft(sender=ANN, cc=[Address("b@c.org", "\n")]), "The Cc name contains"),
        (Draft(sender=ANN, cc=[Address("b@c.org\n")]), "The Cc address contains"),
        (Draft(sender=ANN, bcc=[Address("b@c.org", "\n")]), "The Bcc name contains"),
        (Draft(sender=ANN, bcc=[Address("b@c.org\n")]), "The Bcc address contains"),
        (Draft(sender=ANN, to=[BOB], reply_to=[Address("b@c.org", "\n")]),
         "The Reply-To name contains"),
        (Draft(sender=ANN, to=[BOB], reply_to=[Address("b@c.org\n")]),
         "The Reply-To address contains"),
        (Draft(sender=ANN, to=[BOB], extra_headers={"X-A\n": "1"}), "The header name contains"),
        (Draft(sender=ANN, to=[BOB], extra_headers={"X-A": "1\r"}), "The X-A header contains"),
        (Draft(sender=ANN, to=[BOB], extra_headers={"": "1"}), "'' is not a valid header name."),
        (Draft(sender=ANN, to=[BOB], extra_headers={"X A": "1"}),
         "'X A' is not a valid header name."),
        (Draft(sender=ANN, to=[BOB], extra_headers={"X:A": "1"}),
         "'X:A' is not a valid header name."),
        (Draft(sender=ANN, to=[BOB], extra_headers={"X\x7fA": "1"}),
         "The header name contains a control character (U+007F)"),
        (Draft(sender=ANN, to=[BOB], extra_headers={"Xé": "1"}), "'Xé' is not a valid header"),
        (Draft(sender=ANN, to=[BOB], extra_headers={"Subject": "1"}), "The header 'Subject'"),
        (Draft(sender=ANN, to=[BOB], in_reply_to="a@b\n"), "The threading header contains"),
        (Draft(sender=ANN, to=[BOB], references=["x@y", "a@b\r"]),
         "The threading header contains"),
        (Draft(sender=ANN, to=[BOB], thread_index="AQ\n"), "The threading header contains"),
        (Draft(sender=ANN, to=[BOB], thread_topic="a\nb"), "The Thread-Topic contains"),
        (Draft(sender=ANN), "The message has no recipients: add at least one address."),
    ],
)  # fmt: skip
def test_check_draft_names_what_is_wrong(draft: Draft, error: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        check_draft(draft)
    assert str(raised.value).startswith(error)


def test_check_draft_passes_every_printable_header_name_and_any_one_recipient() -> None:
    name = "".join(chr(c) for c in range(33, 127) if chr(c) != ":")
    check_draft(Draft(sender=ANN, to=[BOB], extra_headers={name: "v"}))
    check_draft(Draft(sender=ANN, cc=[BOB]))
    check_draft(Draft(sender=ANN, bcc=[BOB], thread_topic=""))


def test_an_attachment_name_or_type_with_a_line_break_is_refused() -> None:
    attachment = Attachment(filename="a.txt", data=b"x")
    object.__setattr__(attachment, "filename", "a\nb.txt")  # as if made without cleaning
    with pytest.raises(InvalidInputError, match=r"^The attachment name contains a line feed"):
        check_draft(Draft(sender=ANN, to=[BOB], attachments=[attachment]))
    typed = Attachment(filename="a.txt", data=b"x")
    object.__setattr__(typed, "content_type", "text/plain\r")
    with pytest.raises(InvalidInputError, match=r"^The attachment type contains a carriage"):
        check_draft(Draft(sender=ANN, to=[BOB], attachments=[typed]))


@pytest.mark.parametrize(
    ("body", "encoding"),
    [
        ("", "7bit"),
        ("a" * 998, "7bit"),
        ("a" * 999, "quoted-printable"),  # a line too long for 7bit
        ("ok\n" + "a" * 998 + "\nok", "7bit"),
        ("é" + "a" * 4, "quoted-printable"),  # one in five is not ASCII: under a quarter
        ("é" + "a" * 3, "base64"),  # one in four
        ("éé" + "a" * 7, "quoted-printable"),
        ("éé" + "a" * 6, "base64"),
    ],
)
def test_transfer_encoding(body: str, encoding: str) -> None:
    assert _transfer_encoding(body) == encoding


def test_the_body_ends_with_one_line_end_and_keeps_its_own() -> None:
    def body_of(text: str) -> bytes:
        raw = message_bytes(build_message(Draft(sender=ANN, to=[BOB], body=text)))
        return raw.split(b"\r\n\r\n", 1)[1]

    assert body_of("a\nb") == b"a\r\nb\r\n"
    assert body_of("a\n") == b"a\r\n"
    assert body_of("a\n\n") == b"a\r\n\r\n"
    quoted = body_of("x" * 999 + "\nsch\u00f6n " + "y" * 80).split(b"\r\n")
    assert quoted[:2] == [b"x" * 75 + b"=", b"x" * 75 + b"="]  # RFC 2045: 76 at most
    assert max(len(line) for line in quoted) == 76
    assert b"".join(line.rstrip(b"=") for line in quoted[:14]) == b"x" * 999


def test_a_file_attachment_is_read_when_the_message_is_written(tmp_path: Path) -> None:
    path = tmp_path / "data.bin"
    path.write_bytes(b"\x00\x01\x02" * 30)
    msg = build_message(Draft(sender=ANN, to=[BOB], body="x",
                              attachments=[Attachment.from_path(path)]))  # fmt: skip
    [(marker, where)] = msg.files.items()
    assert where == path and re.fullmatch(rb"THREADLINEFILE[0-9a-f]{32}", marker)
    assert marker.decode() in msg.as_string()
    raw = message_bytes(msg)
    assert marker not in raw
    [part] = list(reparse(raw).iter_attachments())
    assert part.get_content() == b"\x00\x01\x02" * 30
    assert part.get_filename() == "data.bin"
    assert part.get_content_type() == "application/octet-stream"
    assert part["MIME-Version"] is None and reparse(raw)["MIME-Version"] == "1.0"


@pytest.mark.parametrize(
    ("subject", "name"),
    [
        ("Old news", "Old news.eml"),
        ('a/b\\c:d"e\tf', "a b c d e f.eml"),
        ("", "message.eml"),
        ("x" * 70, "x" * 60 + ".eml"),
        ("  spaced   out  ", "spaced out.eml"),
        ("Xmas: X-ray", "Xmas X-ray.eml"),
        ("=?iso-8859-1?q?caf=C3=A9?= =?utf-8?q?_=E2=82=AC?=", "café €.eml"),  # point 20
    ],
)
def test_an_attached_message_is_named_after_its_subject(subject: str, name: str) -> None:
    original = f"From: c@d.org\r\nSubject: {subject}\r\n\r\nBody\r\n".encode()
    msg = build_message(Draft(sender=ANN, to=[BOB], attached_messages=[original]))
    [part] = list(reparse(message_bytes(msg)).iter_attachments())
    assert part.get_filename() == name


def test_an_attached_message_without_a_subject_is_message_eml() -> None:
    msg = build_message(Draft(sender=ANN, to=[BOB], attached_messages=[b"From: c@d.org\r\n\r\nB"]))
    [part] = list(reparse(message_bytes(msg)).iter_attachments())
    assert part.get_filename() == "message.eml"


def test_estimated_size() -> None:
    assert estimated_size(Draft(sender=ANN)) == 4096
    assert estimated_size(Draft(sender=ANN, body="é" * 31)) == 82 + 4096  # 62 * 4 / 3, down
    assert estimated_size(Draft(sender=ANN, html="ü" * 31)) == 4096 + 82 + 512
    assert estimated_size(Draft(sender=ANN, body="\udc80" * 3)) == 4 + 4096  # "?" each
    attached = Draft(sender=ANN, attachments=[Attachment(filename="a", data=b"x" * 300)])
    assert estimated_size(attached) == 4096 + 400 + 12 + 512  # 6 lines of base64
    forwarded = Draft(sender=ANN, attached_messages=[b"y" * 301, b"z" * 3])
    assert estimated_size(forwarded) == 4096 + 401 + 4


@pytest.fixture
def utc_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


NOW = datetime(2026, 11, 24, 9, 0, tzinfo=UTC).timestamp()
STAMP = b"Date: Tue, 24 Nov 2026 09:00:00 +0000"


@pytest.mark.parametrize(
    ("raw", "dated"),
    [
        (b"From: a\r\nDate: x\r\nTo: b\r\n\r\nDate: body\r\n",
         b"From: a\r\n" + STAMP + b"\r\nTo: b\r\n\r\nDate: body\r\n"),
        (b"DATE: x\r\n\tfolded\r\n more\r\nTo: b\r\n\r\nB", STAMP + b"\r\nTo: b\r\n\r\nB"),
        (b"From: a\nDate: x\nX-Date: y\n\nB", b"From: a\n" + STAMP + b"\nX-Date: y\n\nB"),
        (b"Date: 1\r\nDate: 2\r\n\r\n", STAMP + b"\r\nDate: 2\r\n\r\n"),
        (b"Subject: s\r\n\r\nDate: body", STAMP + b"\r\nSubject: s\r\n\r\nDate: body"),
        (b"Subject: s\n\nDate: body", STAMP + b"\nSubject: s\n\nDate: body"),
        (b"Subject: s\n\nx\r\n\r\nDate: y", STAMP + b"\nSubject: s\n\nx\r\n\r\nDate: y"),
        (b"Subject: s\r\nDate: x", b"Subject: s\r\n" + STAMP),
        (b"A: 1\r\n\r\nDate: b\r\n\r\nend", STAMP + b"\r\nA: 1\r\n\r\nDate: b\r\n\r\nend"),
        (b"A: 1\n\nDate: b\n\nend", STAMP + b"\nA: 1\n\nDate: b\n\nend"),
        (b"Subject: s", STAMP + b"\nSubject: s"),
    ],
)  # fmt: skip
def test_with_date_changes_the_date_header_and_nothing_else(
    utc_time: None, raw: bytes, dated: bytes
) -> None:
    assert with_date(raw, NOW) == dated


def test_names_are_encoded_and_from_lines_kept_as_written() -> None:
    draft = Draft(sender=ANN, to=[Address("j@x.org", "Jürgen")], body="From here on\nFrom")
    raw = message_bytes(build_message(draft))
    assert b"\r\nTo: =?utf-8?q?J=C3=BCrgen?= <j@x.org>\r\n" in raw
    assert raw.endswith(b"\r\n\r\nFrom here on\r\nFrom\r\n")


def test_any_message_can_be_written_and_a_marker_look_alike_stays_text(tmp_path: Path) -> None:
    assert message_bytes(parse_message(b"Subject: s\r\n\r\nx\r\n")) == b"Subject: s\r\n\r\nx\r\n"
    path = tmp_path / "f.bin"
    path.write_bytes(b"\x00" * 3)
    fake = "THREADLINEFILE" + "0" * 32
    draft = Draft(sender=ANN, to=[BOB], body=fake, attachments=[Attachment.from_path(path)])
    raw = message_bytes(build_message(draft))
    assert raw.startswith(b"Date: ")
    assert fake.encode() in raw and b"\r\nAAAA\r\n" in raw
