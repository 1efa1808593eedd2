"""Message-IDs: generation on the sender's domain, lenient parsing."""

from __future__ import annotations

import re
import socket

import pytest
from hypothesis import given
from hypothesis import strategies as st

from threadline.core.ids import (
    format_msgid,
    looks_valid,
    make_msgid,
    parse_msgid,
    parse_msgid_list,
    sender_domain,
)
from threadline.errors import InvalidInputError


def test_generated_id_is_on_the_senders_domain_with_enough_randomness() -> None:
    msgid = make_msgid("Ann@Example.ORG")
    assert msgid.startswith("<") and msgid.endswith("@example.org>")
    left = msgid[1:].split("@")[0]
    assert len(left) * 5 >= 128  # base32: 5 bits a character


def test_generated_id_never_uses_the_local_host_name(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_lookup(*_args: object) -> str:
        raise AssertionError("make_msgid must not look up the host name")

    monkeypatch.setattr(socket, "getfqdn", no_lookup)
    monkeypatch.setattr(socket, "gethostname", no_lookup)
    assert make_msgid("a@b.example").endswith("@b.example>")


def test_international_domain_is_idna_encoded() -> None:
    assert make_msgid("jürgen@bücher.de").endswith("@xn--bcher-kva.de>")
    assert sender_domain("x@Bücher.DE.") == "xn--bcher-kva.de"


@pytest.mark.parametrize("address", ["", "nobody", "a@", "a@b c", "a@[x"])
def test_address_without_a_usable_domain_is_refused(address: str) -> None:
    with pytest.raises(InvalidInputError, match="Cannot make a Message-ID"):
        make_msgid(address)


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("<a@b>", ["a@b"]),
        ("  <a@b>\r\n <c@d> ", ["a@b", "c@d"]),
        ("<a@b> (a comment) <c@d>", ["a@b", "c@d"]),
        ("(comment with <x@y>) <a@b>", ["a@b"]),
        ("<a@b> <a@b> <c@d>", ["a@b", "c@d"]),
        ("a@b", ["a@b"]),
        ("a@b c@d", ["a@b", "c@d"]),
        ("<no-at-sign>", ["no-at-sign"]),
        ("<with space@b>", ["withspace@b"]),
        ('<"a b"@x>', ['"a b"@x']),  # a quoted local part keeps its space (RFC 5322 3.6.4)
        ('<"a  b" @x> <c@d>', ['"a  b"@x', "c@d"]),
        ("<a@b>, <c@d>", ["a@b", "c@d"]),
        ("", []),
        ("<>", []),
        ("garbage <", ["garbage"]),
    ],
)
def test_parsing_is_lenient_and_normalises(header: str, expected: list[str]) -> None:
    assert parse_msgid_list(header) == expected


def test_parse_msgid_takes_the_first_id() -> None:
    assert parse_msgid(" <first@x> <second@x>") == "first@x"
    assert parse_msgid(None) is None
    assert parse_msgid("   ") is None


@given(st.text())
def test_parsing_never_raises(text: str) -> None:
    ids = parse_msgid_list(text)
    unquoted = [re.sub(r'"(?:[^"\\]|\\.)*"', "", i) for i in ids]
    assert all(i and not any(c.isspace() for c in u) for i, u in zip(ids, unquoted, strict=True))
    assert len(ids) == len(set(ids))


@given(st.emails())
def test_generated_ids_are_unique_and_parse_back(address: str) -> None:
    first, second = make_msgid(address), make_msgid(address)
    assert first != second
    assert format_msgid(parse_msgid(first) or "") == first


@pytest.mark.parametrize(
    ("value", "valid"),
    [("a@b", True), ("<a@b>", False), ("a@b@c", False), ("a@", False), ("@b", False),
     ("a<b@c", False), ("a>b@c", False), ("ab", False)],
)  # fmt: skip
def test_looks_valid(value: str, valid: bool) -> None:
    assert looks_valid(value) is valid


def test_a_generated_id_exactly() -> None:
    msgid = make_msgid(" <Ann@Example.ORG.> ")
    assert re.fullmatch(r"<[a-z2-7]{32}@example\.org>", msgid)  # 160 bits in base32


@pytest.mark.parametrize(
    ("address", "domain"),
    [("a@B.org", "b.org"), ("<a@b.org>", "b.org"), ("a@b@c.org", "c.org"), (" a@b.org. ", "b.org")],
)
def test_sender_domain_exactly(address: str, domain: str) -> None:
    assert sender_domain(address) == domain


@pytest.mark.parametrize("bad", ["a@b(c", "a@b)c", "a@b,c", "a@b;c", "a@b:c", 'a@b"c',
                                 "a@b\\c", "a@b]c", "a@b\tc", "a@."])  # fmt: skip
def test_sender_domain_refuses_what_no_domain_holds(bad: str) -> None:
    with pytest.raises(InvalidInputError) as raised:
        sender_domain(bad)
    assert str(raised.value) == (
        f"Cannot make a Message-ID: {bad!r} is not an e-mail address with a domain."
    )


def test_a_domain_idna_cannot_encode_is_refused() -> None:
    bad = "a@" + "ü" * 70 + ".org"
    with pytest.raises(InvalidInputError) as raised:
        sender_domain(bad)
    assert (
        str(raised.value) == f"Cannot make a Message-ID: the domain of {bad!r} is not a valid name."
    )


@pytest.mark.parametrize(
    ("header", "expected"),
    [("a@b, c@d;", ["a@b", "c@d"]), ("(x \\) y) a@b", ["a@b"]), ("<a@b>garbage", ["a@b"]),
     ("<a\tb@c>", ["ab@c"])],
)  # fmt: skip
def test_more_id_lists(header: str, expected: list[str]) -> None:
    assert parse_msgid_list(header) == expected


def test_ids_without_brackets_keep_their_capital_x() -> None:
    assert parse_msgid_list("X1@example.orgX X2@x") == ["X1@example.orgX", "X2@x"]


def test_a_domain_ending_in_x_keeps_it() -> None:
    assert sender_domain("a@b.orgX") == "b.orgx"
