"""Reading received mail without crashing: headers, dates, bodies, inline parts, data URLs."""

from __future__ import annotations

from base64 import b64encode
from datetime import UTC, datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.addresses import Address
from threadline.core.compose import Draft, build_message, message_bytes
from threadline.core.parse import (
    body_text,
    decode_data_url,
    header_date,
    header_exact,
    header_text,
    html_only_body,
    html_to_text,
    inline_parts,
    parse_message,
    without_controls,
)
from threadline.core.reply import ReplyMode, reply_draft


def message(head: str, body: str = "Hi.\n") -> bytes:
    return (head.strip("\n").replace("\n", "\r\n") + "\r\n\r\n" + body).encode()


@pytest.mark.parametrize(
    ("text", "clean"),
    [
        ("plain text", "plain text"),
        ("tab\tand\nline feed stay", "tab\tand\nline feed stay"),
        ("\x1b[2Jcleared \x07bell \x00nul \x7fdel", "[2Jcleared bell nul del"),
        ("C1 \x9b31m and \x85 go", "C1 31m and  go"),
        ("carriage\r return", "carriage return"),
        ("bidi \u202e and accents é stay", "bidi \u202e and accents é stay"),
    ],
)
def test_without_controls_keeps_only_tab_and_line_feed(text: str, clean: str) -> None:
    assert without_controls(text) == clean


def test_header_text_decodes_folds_whitespace_and_drops_controls() -> None:
    parsed = parse_message(message("""
Subject: =?utf-8?q?Gr=C3=BC=C3=9Fe?= aus
 Berlin\tund   Wien
From: =?utf-8?b?TWFsG1szMW1sb3J5?= <mal@example.org>
X-Empty:
"""))  # fmt: skip
    assert header_text(parsed, "Subject") == "Grüße aus Berlin und Wien"
    assert header_text(parsed, "From") == '"Mal[31mlory" <mal@example.org>'
    assert header_text(parsed, "X-Empty") == ""
    assert header_text(parsed, "X-Missing") == ""


def test_an_undecodable_header_still_gives_its_raw_text() -> None:
    parsed = parse_message(b"To: Ann <ann@example.org>, broken <@@>;:\r\nSubject: s\r\n\r\nx\r\n")
    assert "ann@example.org" in header_text(parsed, "To")


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Tue, 24 Nov 2026 10:00:00 +0100", datetime(2026, 11, 24, 9, 0, tzinfo=UTC)),
        ("24 Nov 2026 10:00:00 GMT", datetime(2026, 11, 24, 10, 0, tzinfo=UTC)),
        ("Tue, 24 Nov 2026 10:00:00 -0000", None),  # RFC 5322: local time unknown
        ("99 Foo 2026", None),
        ("", None),
    ],
)
def test_header_date_is_aware_or_none(value: str, expected: datetime | None) -> None:
    parsed = parse_message(message(f"Date: {value}\nSubject: s" if value else "Subject: s"))
    assert header_date(parsed) == expected


def test_body_text_prefers_plain_then_html_as_text() -> None:
    alternative = message(
        """
MIME-Version: 1.0
Content-Type: multipart/alternative; boundary=b
""",
        "--b\r\nContent-Type: text/plain\r\n\r\nPlain words\r\n"
        "--b\r\nContent-Type: text/html\r\n\r\n<p>HTML words</p>\r\n--b--\r\n",
    )
    assert body_text(parse_message(alternative)).strip() == "Plain words"
    html_only = message("Content-Type: text/html\n", "<p>One</p><script>x()</script><p>Two</p>")
    assert body_text(parse_message(html_only)) == "One\n\nTwo"
    assert body_text(parse_message(message("Content-Type: image/png\n", "xx"))) == ""


def test_body_text_of_an_unknown_charset_is_still_read() -> None:
    raw = message("Content-Type: text/plain; charset=x-no-such\n", "caf\xe9 ok")
    assert "ok" in body_text(parse_message(raw.replace(b"\xc3\xa9", b"\xe9")))


def test_html_to_text_keeps_blocks_apart_and_skips_scripts_styles_and_head() -> None:
    markup = (
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<h1>Title</h1><p>First &amp; <b>bold</b></p><ul><li>one</li><li>two</li></ul>"
        "<script>alert(1)</script><div>last</div></body></html>"
    )
    assert html_to_text(markup) == "Title\n\nFirst & bold\n\none\n\ntwo\n\nlast"
    assert html_to_text("a<br>b") == "a\nb"
    assert html_to_text("") == ""


def test_html_only_body_is_the_html_of_a_message_without_plain_text() -> None:
    html_mail = message("Content-Type: text/html; charset=utf-8\n", "<p>Big <b>sale</b></p>")
    assert html_only_body(parse_message(html_mail)) == "<p>Big <b>sale</b></p>"
    both = message(
        "MIME-Version: 1.0\nContent-Type: multipart/alternative; boundary=b\n",
        "--b\r\nContent-Type: text/plain\r\n\r\nplain\r\n"
        "--b\r\nContent-Type: text/html\r\n\r\n<p>html</p>\r\n--b--\r\n",
    )
    assert html_only_body(parse_message(both)) is None  # the text is shown instead
    assert html_only_body(parse_message(message("Subject: plain"))) is None
    assert html_only_body(parse_message(message("Content-Type: image/png\n", "x"))) is None


def related(*parts: str) -> bytes:
    body = "".join(f"--r\r\n{part}\r\n" for part in parts) + "--r--\r\n"
    return message("MIME-Version: 1.0\nContent-Type: multipart/related; boundary=r\n", body)


def test_inline_parts_by_content_id_without_brackets() -> None:
    logo = b64encode(b"\x89PNG logo").decode()
    raw = related(
        "Content-Type: text/html\r\n\r\n<img src='cid:logo@x'>",
        f"Content-Type: image/png\r\nContent-ID: < logo@x >\r\n"
        f"Content-Transfer-Encoding: base64\r\n\r\n{logo}",
        "Content-Type: image/png\r\nContent-ID: <logo@x>\r\n\r\nsecond with the same id",
        "Content-Type: text/plain\r\n\r\nno id",
    )
    assert inline_parts(parse_message(raw)) == {"logo@x": b"\x89PNG logo"}  # the first wins
    assert inline_parts(parse_message(message("Subject: none"))) == {}


def test_an_inline_part_bigger_than_the_limit_is_left_out(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr("threadline.core.parse.MAX_INLINE_PART", 4)
    raw = related("Content-Type: image/png\r\nContent-ID: <big@x>\r\n\r\n12345",
                  "Content-Type: image/png\r\nContent-ID: <small@x>\r\n\r\n1234")  # fmt: skip
    assert inline_parts(parse_message(raw)) == {"small@x": b"1234"}


@pytest.mark.parametrize(
    ("url", "data"),
    [
        ("data:image/png;base64,QUJD", b"ABC"),
        ("DATA:image/png;BASE64,QU JD\n", b"ABC"),  # whitespace in base64 is ignored
        ("data:,Hello%2C%20World", b"Hello, World"),
        ("data:,a,b", b"a,b"),
        ("data:text/plain;charset=utf-8,caf%C3%A9", "café".encode()),
        ("data:image/png;base64,QUJ", None),  # broken padding
        ("data:image/png;base64", None),  # no comma: not a data URL
        ("https://example.org/a,b", None),
        ("cid:logo@x", None),
    ],
)
def test_decode_data_url(url: str, data: bytes | None) -> None:
    assert decode_data_url(url) == data


def test_controls_hidden_in_received_headers_never_reach_a_reply() -> None:
    raw = (
        b'From: "Mal\x1b[31mlory" <mal@evil.example>\r\nTo: ann@example.org\r\n'
        b"Subject: Plan \x1b]0;pwned\x07\x1b[2J\r\nMessage-ID: <p@evil.example>\r\n\r\n"
        b"Body \x1b[2J text\r\n"
    )
    assert header_text(parse_message(raw), "Subject") == "Plan ]0;pwned[2J"
    draft = reply_draft(raw, Address("ann@example.org"), ReplyMode.SENDER)
    built = build_message(draft).as_bytes()
    assert b"\x1b" not in built and b"\x07" not in built
    assert draft.subject == "Re: Plan ]0;pwned[2J" and draft.to[0].name == "Mal[31mlory"


# -- encoded words, whatever their charset, read as text (issue 12, point 20) -----------

WRONG_CHARSETS = message("""
From: =?iso-8859-1?q?Zo=C3=AB?= <zoe@example.org>
To: =?utf-8?q?Doe=2C_John?= <john@example.org>, =?x-klingon?q?Ren=C3=A9?= <rene@example.org>
Cc: =?us-ascii?q?J=FCrgen?= <jurgen@example.org>
Subject: =?iso-8859-1?q?caf=C3=A9?= =?utf-8?q?_pl?=
 =?utf-8?q?ans_=E2=82?= =?utf-8?q?=AC?=
Message-ID: <wrong@example.org>
""")


def test_headers_with_wrong_charsets_are_read_as_text() -> None:
    parsed = parse_message(WRONG_CHARSETS)
    assert header_text(parsed, "Subject") == "café plans €"
    assert header_exact(parsed, "Subject") == "café plans €"
    assert header_text(parsed, "From") == "Zoë <zoe@example.org>"
    assert header_text(parsed, "To") == '"Doe, John" <john@example.org>, René <rene@example.org>'
    assert header_text(parsed, "cc") == "Jürgen <jurgen@example.org>"


def test_a_reply_to_such_a_message_shows_its_subject_and_names_decoded() -> None:
    draft = reply_draft(WRONG_CHARSETS, Address("jurgen@example.org"), ReplyMode.ALL)
    assert draft.subject == "Re: café plans €"
    assert draft.to == [Address("zoe@example.org", "Zoë"),
                        Address("john@example.org", "Doe, John"),
                        Address("rene@example.org", "René")]  # fmt: skip
    assert draft.thread_topic == "café plans €"


def test_raw_8bit_headers_are_read_as_utf8_else_windows_1252() -> None:
    raw = (b"From: Zo\xeb <z@example.org>\r\nTo: J\xc3\xbcrgen <j@example.org>\r\n"
           b"Subject: Gr\xfc\xdfe \x80 5\r\n\r\nx\r\n")  # fmt: skip
    parsed = parse_message(raw)
    assert header_text(parsed, "From") == "Zoë <z@example.org>"
    assert header_text(parsed, "To") == "Jürgen <j@example.org>"
    assert header_exact(parsed, "Subject") == "Grüße € 5"


def test_header_exact_keeps_spaces_but_unfolds_and_drops_controls() -> None:
    raw = b"Subject: [x]  a\tb\r\n  c =?utf-8?q?d=0D=0Ae=1B?=\r\n\r\nx\r\n"
    assert header_exact(parse_message(raw), "Subject") == "[x]  a\tb  c d e"
    assert header_text(parse_message(raw), "Subject") == "[x] a b c d e"


def test_the_first_of_two_headers_is_read() -> None:
    parsed = parse_message(b"Subject: one\r\nsubject: two\r\n\r\nx\r\n")
    assert header_text(parsed, "SUBJECT") == "one"


@given(st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs", "Zl", "Zp")),
               min_size=1).filter(str.strip))  # fmt: skip
def test_a_subject_the_composer_writes_is_read_back_exactly(subject: str) -> None:
    draft = Draft(sender=Address("me@example.org"), to=[Address("you@example.org")],
                  subject=subject)  # fmt: skip
    parsed = parse_message(message_bytes(build_message(draft)))
    assert header_exact(parsed, "Subject") == subject.lstrip(" \t")


@pytest.mark.parametrize(
    ("head", "body", "text"),
    [
        ("Content-Type: text/plain; charset=utf-8", b"caf\xc3\xa9\r\nok\r\n", "café\nok\n"),
        ("Content-Type: text/plain; charset=iso-8859-1", b"caf\xe9", "café"),
        ("Content-Type: text/plain; charset=us-ascii", b"caf\xc3\xa9", "café"),  # wrong label
        ("Content-Type: text/plain; charset=iso-8859-1", b"caf\xc3\xa9", "café"),
        ("Content-Type: text/plain; charset=x-no-such", b"caf\xe9", "café"),
        ("Content-Type: text/plain", b"caf\xc3\xa9", "café"),  # RFC 6532 mail: UTF-8
        ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: base64",
         b"Y2Fmw6kNCg==", "café\n"),
        ("Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable",
         b"caf=C3=A9=\r\n ok", "café ok"),
        ("Content-Type: text/plain; charset=koi8-r", b"\xf0\xd2\xc9\xd7\xc5\xd4", "Привет"),
    ],
)  # fmt: skip
def test_body_text_is_read_whatever_its_charset(head: str, body: bytes, text: str) -> None:
    raw = head.encode() + b"\r\nSubject: s\r\n\r\n" + body
    assert body_text(parse_message(raw)) == text


def test_an_html_body_in_a_wrong_charset_is_read_as_text() -> None:
    raw = b"Content-Type: text/html; charset=us-ascii\r\n\r\n<p>caf\xc3\xa9</p>\r\n"
    assert body_text(parse_message(raw)) == "café"
    assert html_only_body(parse_message(raw)) == "<p>café</p>\n"


@pytest.mark.parametrize(
    ("markup", "text"),
    [
        ("<head>a<head>b</head>c</head>d", "d"),  # nested: hidden to the last end tag
        ("<style>p {}</style>x<SCRIPT>y()</SCRIPT>z", "xz"),
        ("<p>a</p><p></p><p></p><div></div><p>b</p>", "a\n\nb"),
        ("<li>one</li><li>two</li>", "one\n\ntwo"),
        ("  <b>spaced</b>\t  out  ", "spaced out"),
        # what HTMLParser gives up on is stripped of its tags
        ("<![ x [ y ]]>caf&eacute; <i>ok</i>", " café  ok "),
    ],
)
def test_html_to_text_exactly(markup: str, text: str) -> None:
    assert html_to_text(markup) == text


def test_inline_parts_of_a_related_message() -> None:
    raw = message(
        "Content-Type: multipart/related; boundary=r\n",
        "--r\r\nContent-Type: text/html\r\n\r\n<img src=cid:a@x>\r\n"
        "--r\r\nContent-Type: image/png\r\nContent-ID: <a@x>\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\nAAEC\r\n"
        "--r\r\nContent-Type: image/gif\r\nContent-ID:  < b@x > \r\n\r\nGIF\r\n"
        "--r\r\nContent-Type: image/gif\r\nContent-ID: <X1@x>\r\n\r\nX\r\n--r--\r\n",
    )
    assert inline_parts(parse_message(raw)) == {
        "a@x": b"\x00\x01\x02", "b@x": b"GIF", "X1@x": b"X"
    }  # fmt: skip


def test_mime_nested_past_pythons_stack_is_read_flat_and_can_be_answered() -> None:
    raw = b"From: a@example.org\r\nSubject: deep\r\nMessage-ID: <deep@example.org>\r\n"
    raw += b"Content-Type: message/rfc822\r\n\r\nSubject: level\r\n" * 1000
    message = parse_message(raw)  # was: RecursionError, and the reader and Reply failed
    assert header_text(message, "Message-ID") == "<deep@example.org>"
    assert header_text(message, "Subject") == "deep"
    assert message.get_content_type() == "text/plain"
    assert body_text(message).startswith("Subject: level\n")
