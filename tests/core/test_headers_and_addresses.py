"""Header-injection guard and address parsing."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.addresses import (
    Address,
    addresses_from_header,
    parse_address,
    parse_address_list,
)
from threadline.core.compose import Draft, build_message, message_bytes
from threadline.core.headers import HeaderInjectionError, check_header_value
from threadline.core.parse import header_text, parse_message
from threadline.core.reply import ReplyMode, reply_draft
from threadline.errors import InvalidInputError


@pytest.mark.parametrize("bad", ["a\rb", "a\nb", "a\r\nBcc: x@y", "a\x00", "a\u2028b", "a\x85b"])
def test_line_breaks_in_header_values_are_refused(bad: str) -> None:
    with pytest.raises(HeaderInjectionError, match="subject"):
        check_header_value("subject", bad)


def test_ordinary_values_pass_unchanged() -> None:
    assert check_header_value("subject", "Grüße\tand tabs") == "Grüße\tand tabs"


def test_address_list_with_names_quotes_and_separators() -> None:
    parsed = parse_address_list('Ann <ann@example.org>, bob@example.net; "Doe, J" <j@x.io>')
    assert parsed == [
        Address("ann@example.org", "Ann"),
        Address("bob@example.net"),
        Address("j@x.io", "Doe, J"),
    ]


def test_duplicates_are_dropped_case_insensitively_on_the_domain() -> None:
    assert parse_address_list("a@X.org, A <a@x.org>") == [Address("a@X.org")]


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("foo", "'foo' is not an e-mail address"),
        ("a@b c", "is not an e-mail address"),
        ("Ann <a@b.org", "missing a closing '>'"),
        ("a@-bad-.org", "is not a domain"),
        ("a..b@x.org", "the part before @ is invalid"),
        ("ann@example.org, oops", "'oops'"),
    ],
)
def test_bad_addresses_get_a_clear_error_naming_the_entry(text: str, message: str) -> None:
    with pytest.raises(InvalidInputError, match=message):
        parse_address_list(text)


def test_parse_address_wants_exactly_one() -> None:
    assert parse_address("Ann <a@b.org>").name == "Ann"
    with pytest.raises(InvalidInputError, match="Expected one"):
        parse_address("a@b.org, c@d.org")


def test_header_addresses_are_read_leniently() -> None:
    assert addresses_from_header("Ann <a@b.org>, undisclosed-recipients:;") == [
        Address("a@b.org", "Ann")
    ]
    assert addresses_from_header(None) == []


def test_international_domain_is_idna_in_headers_and_envelope() -> None:
    address = Address("jürgen@bücher.de", "Jürgen")
    assert address.ascii_address == "jürgen@xn--bcher-kva.de"
    assert "xn--bcher-kva.de" in address.formatted()


_TEXT_WITH_BREAKS = st.text(alphabet=st.sampled_from(["a", " ", "\r", "\n", "é", ":", "\u2028"]))


@given(subject=_TEXT_WITH_BREAKS, name=_TEXT_WITH_BREAKS)
def test_cr_lf_can_never_reach_generated_headers(subject: str, name: str) -> None:
    draft = Draft(
        sender=Address("me@example.org", name),
        to=[Address("you@example.org")],
        subject=subject,
        body="hi",
    )
    try:
        raw = message_bytes(build_message(draft))
    except InvalidInputError:
        assert any(c in subject + name for c in "\r\n\u2028")
        return
    head = raw.split(b"\r\n\r\n", 1)[0]
    for line in head.split(b"\r\n"):
        assert b"\r" not in line and b"\n" not in line
        assert line[:1] in (b" ", b"\t") or b":" in line  # a header or its continuation
    names = [line.split(b":")[0] for line in head.split(b"\r\n") if line[:1] not in (b" ", b"\t")]
    assert len(names) == len(set(names))  # nothing smuggled in a second time


@pytest.mark.parametrize("control", ["\x1b", "\x07", "\x7f", "\x9b", "\x01"])
def test_control_characters_are_refused_in_header_values(control: str) -> None:
    with pytest.raises(HeaderInjectionError, match="control character"):
        check_header_value("subject", f"Hi {control}[2J there")


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
