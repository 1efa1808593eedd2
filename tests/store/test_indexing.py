"""The index columns of one raw message: ids, parent, addresses, date, snippet, body."""

from __future__ import annotations

import hashlib
from email import policy
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from helpers.mail import make_raw
from threadline.store import db
from threadline.store.importer import import_bytes
from threadline.store.indexing import (
    _ATTRIBUTION,
    MAX_INDEXED_BODY,
    SNIPPET_LENGTH,
    SYNTHETIC_DOMAIN,
    MessageRecord,
    _simple_addresses,
    index_message,
    make_snippet,
    parse,
    synthetic_message_id,
)
from threadline.store.messages import MessageStore


def test_a_plain_message_is_indexed_field_by_field() -> None:
    raw = make_raw(
        "a@x", subject="=?utf-8?q?Gr=C3=BC=C3=9Fe?=   aus\tBerlin",
        sender='"Ann  Example" <ann@example.org>', to="bob@example.net, Cy <cy@example.net>",
        references=["root@x", "p@x"], in_reply_to="p@x",
        date="Tue, 24 Nov 2026 10:00:00 +0100", body="Hello Bob,\r\nsee below.",
        extra="Cc: Di <di@example.net>, not-an-address",
    )  # fmt: skip
    record = index_message(raw)
    assert record.sha256 == hashlib.sha256(raw).digest() and record.size == len(raw)
    assert (record.message_id, record.has_message_id, record.parent_id) == ("a@x", True, "p@x")
    assert record.references == ("root@x", "p@x")
    assert record.thread_links == ("a@x", "root@x", "p@x")
    assert record.subject == "Grüße aus Berlin"
    assert (record.from_name, record.from_addr) == ("Ann Example", "ann@example.org")
    assert record.to_addrs == "bob@example.net, cy@example.net"
    assert record.cc_addrs == "di@example.net"
    assert record.addresses == (
        ("Ann Example", "ann@example.org"), ("", "bob@example.net"), ("Cy", "cy@example.net"),
        ("Di", "di@example.net"),
    )  # fmt: skip
    assert record.date_utc == 1_795_510_800  # 09:00 UTC
    assert record.snippet == "Hello Bob, see below."
    assert record.body_text == "Hello Bob,\r\nsee below.\r\n"


def test_an_encoded_name_holding_a_comma_stays_one_name() -> None:
    raw = make_raw(
        "c@x", sender="=?utf-8?q?Doe=2C_John?= <john@example.org>",
        to="=?utf-8?b?2LPYp9ix2Kkg2KPYrdmF2K8=?= <sara@example.eg>, Ann <ann@example.net>",
    )  # fmt: skip
    record = index_message(raw)
    assert (record.from_name, record.from_addr) == ("Doe, John", "john@example.org")
    assert record.addresses[1:] == (
        ("سارة أحمد", "sara@example.eg"), ("Ann", "ann@example.net"),
    )  # fmt: skip


def test_a_message_without_an_id_gets_a_stable_synthetic_one() -> None:
    raw = make_raw(None, subject="No id")
    record = index_message(raw)
    assert not record.has_message_id
    assert record.message_id == synthetic_message_id(hashlib.sha256(raw).digest())
    assert record.message_id.endswith("@" + SYNTHETIC_DOMAIN)
    assert len(record.message_id.split("@")[0]) == 40
    assert index_message(raw).message_id == record.message_id


def test_references_that_are_not_ids_or_the_message_itself_are_left_out() -> None:
    raw = make_raw("a@x", references=["yes", "a@x", "r@x", "r@x"], in_reply_to="i@x")
    record = index_message(raw)
    assert record.references == ("r@x", "i@x")
    assert record.parent_id == "i@x"


def test_a_missing_or_unreadable_date_is_the_time_of_import() -> None:
    assert index_message(make_raw("a@x", date="not a date"), now=1234).date_utc == 1234
    assert index_message(b"Subject: no date\r\n\r\nx\r\n", now=99).date_utc == 99


def test_without_a_readable_date_the_newest_received_time_is_taken() -> None:
    received = (
        "Received: from mx.example.org by mail.example.net; Tue, 24 Nov 2026 10:00:05 +0000\r\n"
        "Received: from laptop (laptop [192.0.2.1])\r\n\tby mx.example.org (Postfix) with ESMTPS"
        " id 4F3; Tue, 24 Nov 2026 10:59:59 +0100 (CET)\r\n"
        "Received: by relay; not a date\r\n"
    )
    raw = make_raw("r@x", date="Tuesday, sometime", extra=received)
    assert index_message(raw, now=5).date_utc == 1_795_514_405  # the first, 10:00:05 UTC
    no_date = raw.replace(b"Date: Tuesday, sometime\r\n", b"")
    assert index_message(no_date, now=5).date_utc == 1_795_514_405
    dated = make_raw("d@x", extra=received.replace("10:00:05", "10:30:00"))
    assert index_message(dated, now=5).date_utc == 1_795_514_400  # a Date wins
    unreadable = make_raw("u@x", date="never", extra="Received: by relay; not a date")
    assert index_message(unreadable, now=5).date_utc == 5


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("Fri, 24 Nov 50 10:00:00 +0000", -602_863_200),  # RFC 5322 §4.3: 1950, not 2050
        ("Tue, 24 Nov 126 10:00:00 +0000", 1_795_514_400),  # three digits: 2026
        ("Tue (Tuesday), 24 (the 24th) Nov 2026 11:00:00 +0100 (CET)", 1_795_514_400),
        ("Tue, 24 Nov 2026 10 : 00 : 00 +0000", 1_795_514_400),  # CFWS around colons
        ("Tue, 24 Nov 2026 09:59:60 +0000", 1_795_514_400),  # a leap second
        ("2026-11-24T10:00:00Z", 1_795_514_400),  # ISO 8601 from broken software
    ],
)
def test_obsolete_and_odd_dates_are_read(date: str, expected: int) -> None:
    assert index_message(make_raw("a@x", date=date), now=5).date_utc == expected


@pytest.mark.parametrize(
    "date",
    ["Tue, 24 Nov 2026 10:00:00 +0000", "Tue, 24 Nov 2026 11:00:00 +0100",
     "Tue, 24 Nov 2026 10:00:00 GMT", "Tue, 24 Nov 2026 05:00:00 EST",
     "Tue, 24 Nov 2026 10:00:00 -0000",  # RFC 5322 §3.3: UTC, local zone unknown
     "Tue, 24 Nov 2026 10:00:00 XYZ", "24 Nov 2026 10:00 +0000"],
)  # fmt: skip
def test_a_date_in_any_zone_is_read_as_the_same_moment(date: str) -> None:
    assert index_message(make_raw("a@x", date=date), now=5).date_utc == 1_795_514_400


@pytest.mark.parametrize(
    ("raw_header", "subject"),
    [
        ("Grüße aus Köln".encode(), "Grüße aus Köln"),  # RFC 6532: UTF-8 as it is
        ("Grüße aus Köln".encode("cp1252"), "Grüße aus Köln"),  # a legacy client
        ("Привет".encode(), "Привет"),
        (b"=?utf-8?q?Gr=C3=BC=C3=9Fe?=", "Grüße"),
    ],
)
def test_raw_8bit_headers_are_read_as_utf8_else_windows_1252(
    raw_header: bytes, subject: str
) -> None:
    raw = (
        b"From: " + raw_header + b" <ann@example.org>\r\nTo: " + raw_header + b" <b@x.org>\r\n"
        b"Subject: " + raw_header + b"\r\nMessage-ID: <a@x>\r\n\r\nbody\r\n"
    )
    record = index_message(raw)
    assert record.subject == subject
    assert (record.from_name, record.from_addr) == (subject, "ann@example.org")
    assert record.addresses[1] == (subject, "b@x.org")


def test_the_snippet_is_what_the_sender_wrote_without_quotes_and_attributions() -> None:
    body = (
        "Sounds good.\n\nOn Mon, 23 Nov 2026 at 09:00, Ann <ann@example.org> wrote:\n"
        "> the plan\n>> older\n-----Original Message-----\nSee you   then.\n"
    )
    assert make_snippet(body) == "Sounds good. See you then."
    assert len(make_snippet("word " * 1000)) == SNIPPET_LENGTH
    assert make_snippet("") == ""


def test_a_reply_that_is_only_a_quote_shows_the_quote() -> None:
    body = "On Mon, 23 Nov 2026, Ann <ann@example.org> wrote:\n> Lunch at noon?\n>> Hungry\n"
    assert make_snippet(body) == "Lunch at noon? Hungry"


def test_html_bodies_are_indexed_as_text_and_attachments_are_not_the_body() -> None:
    html = make_raw("h@x", extra="Content-Type: text/html", body="<p>Big <b>sale</b></p>")
    assert index_message(html).body_text == "Big sale"
    attached_text = make_raw(
        "t@x",
        extra="MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=b",
        body="--b\r\nContent-Type: text/plain\r\nContent-Disposition: attachment;"
        ' filename="log.txt"\r\n\r\nATTACHED LOG\r\n--b\r\nContent-Type: text/plain\r\n\r\n'
        "the words\r\n--b--",
    )
    assert index_message(attached_text).body_text.strip() == "the words"


def test_a_huge_body_is_capped_for_the_index() -> None:
    record = index_message(make_raw("big@x", body="x" * (MAX_INDEXED_BODY * 2)))
    assert len(record.body_text) == MAX_INDEXED_BODY
    assert record.size > 2 * MAX_INDEXED_BODY


@pytest.mark.parametrize(
    "raw",
    [
        b"",
        b"\xff\xfe\x00garbage",
        b"From: =?utf-8?b?!!!?= <a@b>\nSubject: =?x-unknown?q?abc?=\n\nx",
        b"Content-Type: text/plain; charset=no-such\n\n\xe9t\xe9",
        b"Content-Type: multipart/mixed; boundary=zz\n\n--zz\nContent-Type: text/plain\n\n",
    ],
)
def test_malformed_mail_is_indexed_as_far_as_possible(raw: bytes) -> None:
    record = index_message(raw, now=7)
    assert record.size == len(raw) and record.message_id.endswith(SYNTHETIC_DOMAIN)
    assert MessageRecord.from_json(record.to_json()) == record


@pytest.mark.parametrize(
    ("charset", "text"),
    [
        ("idna", "caf\u00e9"),  # not a text encoding: "replace" is refused (UnicodeError)
        ('"x\x00y"', "caf\u00e9"),  # a NUL in the name: ValueError
        ("utf-7", "a\ufffdb"),  # +324- is a lone surrogate, which SQLite cannot store
    ],
)
def test_a_body_in_a_charset_that_cannot_decode_it_is_indexed(
    charset: str, text: str, tmp_path: Path
) -> None:
    # found by the fuzz test: the first two raised, so the importer skipped the message;
    # the third stopped the whole import when the batch's search rows were written
    body = "a+324-b" if charset == "utf-7" else "café"
    raw = make_raw("cs@x", body=body, extra=f"Content-Type: text/plain; charset={charset}")
    assert index_message(raw).body_text.strip() == text
    store = MessageStore(db.connect(tmp_path / "store.sqlite3"))
    assert import_bytes(store, [raw, make_raw("after@x")]).imported == 2


def test_the_json_form_round_trips_exactly() -> None:
    record = index_message(make_raw("a@x", sender="Zoë <zoe@café.example>", references=["r@x"]))
    text = record.to_json()
    assert "Zoë" in text and "\n" not in text  # compact, not ASCII-escaped
    assert MessageRecord.from_json(text) == record


# -- the fast paths read exactly what the stdlib reads ------------------------------------

_LINE_ENDS = st.sampled_from(["\r\n", "\n", "\r"])
_HEADER_LINES = st.one_of(
    st.builds(
        "{}: {}".format,
        st.sampled_from(["Subject", "From", "To", "Cc", "X-A", "Content-Type", "content-type"]),
        st.text(st.sampled_from('ab <>@,;:="é\t'), max_size=12),
    ),
    st.sampled_from(
        [
            "Content-Type: multipart/mixed; boundary=b",
            "Content-Type: message/rfc822",
            "Content-Type: message/delivery-status",
            "Content-Type: text/html; charset=utf-8",
            "Content-Type: text",
            "Content-Transfer-Encoding: quoted-printable",
            "From sender@example.org Mon Nov 23 10:00:00 2026",
            " folded continuation",
            "\tfolded",
            ": empty name",
            "no colon here",
            "",
        ]
    ),
)
_BODIES = st.text(st.sampled_from("ab \r\n=-é\x85\u2028>:"), max_size=40).map(
    lambda s: s.replace("b", "--b")
)


@given(
    st.lists(st.tuples(_HEADER_LINES, _LINE_ENDS), max_size=8),
    st.sampled_from(["\r\n", "\n", "\r", ""]),
    _BODIES,
    st.binary(max_size=4),
)
def test_the_fast_parse_reads_what_the_stdlib_parser_reads(
    lines: list[tuple[str, str]], separator: str, body: str, tail: bytes
) -> None:
    raw = ("".join(a + b for a, b in lines) + separator + body).encode() + tail
    assert _shape(parse(raw)) == _shape(BytesParser(policy=policy.compat32).parsebytes(raw))


def _shape(message: Message) -> object:
    payload = message.get_payload()
    return (
        message.get_unixfrom(),
        message.raw_items() and list(message.raw_items()),
        [type(d) for d in message.defects],
        [_shape(p) for p in payload] if isinstance(payload, list) else payload,
        message.preamble,
        message.epilogue,
    )


_ADDRESS_TEXT = st.lists(
    st.one_of(
        st.builds(
            "{}{}<{}@{}>".format,
            st.sampled_from(
                ["", "Ann ", "Ann Lee ", "J. R. ", "Zoë ", "O'Brien", '"A, B" ', "(c) "]
            ),
            st.sampled_from(["", " "]),
            st.sampled_from(["a", "a.b", "a+b", ".a", "a..b", "", "a b", "a\\b"]),
            st.sampled_from(["x.org", "x", "x.", "[1.2.3.4]", "x..org", "é.example"]),
        ),
        st.builds(
            "{}@{}".format,
            st.sampled_from(["a", "a.b", "", "a b", '"q"']),
            st.sampled_from(["x.org", "x", "", "x@y"]),
        ),
        st.text(st.sampled_from('ab @.<>,:;()"[]\\\x00é'), max_size=10),
    ),
    min_size=1,
    max_size=4,
).map(", ".join)


_ATOMS = st.lists(st.text(st.sampled_from("ab+é'"), min_size=1, max_size=3), min_size=1, max_size=2)
_SPEC = st.builds("{}@{}".format, _ATOMS.map(".".join), _ATOMS.map(".".join))
_NAME = st.lists(st.text(st.sampled_from("ab.'é-\x01"), min_size=1, max_size=4), max_size=3)
_PLAIN_ADDRESS_TEXT = st.lists(
    st.one_of(
        _SPEC,
        st.builds("{}{}<{}>".format, _NAME.map(" ".join), st.sampled_from(["", " "]), _SPEC),
    ),
    min_size=1,
    max_size=3,
).map(", ".join)


@given(st.one_of(_ADDRESS_TEXT, _PLAIN_ADDRESS_TEXT))
def test_plain_addresses_are_read_as_getaddresses_reads_them(text: str) -> None:
    simple = _simple_addresses(text)
    if simple is not None:
        assert simple == getaddresses([text])


def test_plain_addresses_skip_the_slow_parser_and_others_do_not() -> None:
    assert _simple_addresses("Ann Lee <ann@x.org>, bob@y.net, <c@z>") == [
        ("Ann Lee", "ann@x.org"), ("", "bob@y.net"), ("", "c@z"),
    ]  # fmt: skip
    for other in ['"Lee, Ann" <a@x>', "a@x (Ann)", "list: a@x;", "a@x,,b@y", "a@[1.2.3.4]"]:
        assert _simple_addresses(other) is None


@given(st.text(st.sampled_from("ab >-\r\n\t\u2028"), max_size=3000))
def test_the_snippet_squeezes_only_the_start_it_keeps(body: str) -> None:
    assert make_snippet(body) == _slow_snippet(body)


def _slow_snippet(body: str) -> str:
    return _slow_part(body, skip_quotes=True) or _slow_part(body, skip_quotes=False)


def _slow_part(body: str, *, skip_quotes: bool) -> str:
    kept: list[str] = []
    for line in body.splitlines():
        stripped = line.strip()
        if _ATTRIBUTION.match(stripped) or (skip_quotes and stripped.startswith(">")):
            continue
        kept.append(stripped.lstrip("> "))
        if sum(len(k) for k in kept) > SNIPPET_LENGTH * 2:
            break
    return " ".join(" ".join(kept).split())[:SNIPPET_LENGTH]
